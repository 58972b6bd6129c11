// France and the overseas departments with an ISO code of their own (Guadeloupe, Martinique, Guyane, La Réunion,
// Saint-Pierre-et-Miquelon, Mayotte): their postal codes are La Poste's (97x).
const FRENCH_POSTAL = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'PM', 'YT']);

/** True for a country (ISO 3166-1 alpha-2, any case) whose postal codes are La Poste's. */
export function isFrenchPostalCountry(country: string | undefined): boolean {
  return typeof country === 'string' && country.length === 2 && FRENCH_POSTAL.has(country.toUpperCase());
}
