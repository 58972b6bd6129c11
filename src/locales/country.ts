import type { Catalogs } from '../core/messages.js';

/** Texts of the country combobox (its listbox's name, the count it announces), keyed like the other ui.* texts. */
export const COUNTRY_UI_MESSAGES: Catalogs = {
  en: { 'ui.country.list': 'Countries', 'ui.country.one': '1 country', 'ui.country.count': '{count} countries' },
  fr: { 'ui.country.list': 'Pays', 'ui.country.one': '1 pays', 'ui.country.count': '{count} pays' },
  de: { 'ui.country.list': 'Länder', 'ui.country.one': '1 Land', 'ui.country.count': '{count} Länder' },
  es: { 'ui.country.list': 'Países', 'ui.country.one': '1 país', 'ui.country.count': '{count} países' },
  it: { 'ui.country.list': 'Paesi', 'ui.country.one': '1 paese', 'ui.country.count': '{count} paesi' },
  pt: { 'ui.country.list': 'Países', 'ui.country.one': '1 país', 'ui.country.count': '{count} países' },
};
