// Country names and look-up by name, on the data of i18n-iso-countries.
export { findCountry, getCountryName, loadCountryNames } from './countryNames.js';
