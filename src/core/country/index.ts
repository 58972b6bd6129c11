// Country names and look-up by name, over a country configuration (names from i18n-iso-countries).
export { createCountryData, findCountry, getCountryName, loadCountryNames, type CountryData, type CountryDataOptions } from './countryNames.js';
