// Short country names that forms write and i18n-iso-countries does not list (it has "États-Unis d'Amérique", not
// "États-Unis"): read by findCountry in every language, up front. Hand-curated from the short forms of the
// countries' names in each language; licence: MIT (this project). Regenerate: edit by hand; only unambiguous names.

/** Country name → ISO 3166-1 alpha-2 code. */
export const COUNTRY_NAME_ALIASES: Readonly<Record<string, string>> = {
  'États-Unis': 'US', 'Etats-Unis': 'US', 'Tchéquie': 'CZ', 'Grande-Bretagne': 'GB',
  'Stati Uniti': 'US', 'Cechia': 'CZ', 'Gran Bretagna': 'GB',
  'EE. UU.': 'US', 'EE.UU.': 'US', 'Chequia': 'CZ', 'Corea del Sur': 'KR', 'Gran Bretaña': 'GB',
  'Tschechei': 'CZ',
  'Britain': 'GB',
};
