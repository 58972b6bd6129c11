// Address layout for every region of Google's address data, over an address configuration.
export { formatAddress, formatAddressResult, type Address, type AddressFormatOptions, type AddressResult } from './formatAddress.js';
export { createAddressData, getAddressFormat, type AddressData, type AddressDataOptions, type AddressFormat, type AddressTables } from './getAddressFormat.js';
