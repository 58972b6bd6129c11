// Phone rules on libphonenumber-js: check, as-you-type formatting, per-country full metadata.
export { checkPhone, type PhoneCheckOptions, type PhoneCheckResult, type PhoneInfo } from './checkPhone.js';
export { formatPhoneAsYouType } from './formatPhoneAsYouType.js';
export { loadPhoneMetadata } from './loadPhoneMetadata.js';
export { createPhoneData, type PhoneData, type PhoneDataOptions } from './phoneData.js';
export { checkPhoneInCountries, type PhoneInCountriesOptions } from './checkPhoneInCountries.js';
