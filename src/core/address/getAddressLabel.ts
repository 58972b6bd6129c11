// A layout label in the page's language: a country's own word first (`label.postal.postal@IT` → "CAP" in Italian),
// then the name type's, then English.
import type { Catalogs } from '../messages.js';

/** The text of label `key` (from `getAddressLayout`) for `country` in `locale`'s language, English when that language has none; '' when unknown. */
export function getAddressLabel(key: string, country: string, locale: string, catalogs: Catalogs): string {
  const lang = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '';
  const cc = typeof country === 'string' ? country.trim().toUpperCase().slice(0, 3) : '';
  const own = (o: object | undefined, k: string) => (o && Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, string>)[k] : undefined);
  for (const catalog of [own(catalogs, lang), catalogs.en] as Array<Readonly<Record<string, string>> | undefined>) {
    const text = (cc ? own(catalog, `${key}@${cc}`) : undefined) ?? own(catalog, key);
    if (typeof text === 'string') return text;
  }
  return '';
}
