// Address layout for every region of Google's address data.
export { formatAddress, type Address, type AddressFormatOptions } from './formatAddress.js';
export { getAddressFormat, type AddressFormat } from './getAddressFormat.js';
