import { lookup } from '../input.js';
import type { FrPostalData } from './frPostalData.js';
import { getFrPostalKey } from './getFrPostalKey.js';

/** A commune a French postal code serves. */
export interface FrCommune {
  /** What a city field holds: the commune's name, without the arrondissement ("Paris" for Paris 11e Arrondissement). */
  name: string;
  /** The official name (INSEE), e.g. "Paris 11e Arrondissement". */
  commune: string;
  /** La Poste's routing label (libellé d'acheminement), e.g. "PARIS", "SAINT DENIS". */
  label: string;
}

// Paris, Lyon and Marseille are split into arrondissements, each a commune of its own in INSEE's code.
const ARRONDISSEMENT = /^(.+?) \d{1,2}(?:er|e) Arrondissement$/;

/**
 * The communes of a French postal code ('75011', '01400'), from `data`'s chunks: undefined while its département's
 * chunk is not loaded, [] for a code the table does not know (a CEDEX code, a new one).
 */
export function getCommunesForPostalCode(postalCode: string, data: FrPostalData): FrCommune[] | undefined {
  const key = getFrPostalKey(postalCode);
  const chunk = key ? data.chunks.get(key) : undefined;
  if (!chunk) return undefined;
  const entries = lookup(chunk, postalCode.replace(/\s/g, ''));
  if (!Array.isArray(entries)) return [];
  const out: FrCommune[] = [];
  // A loaded chunk came from a server: only well-formed entries count, and never more than any real code has.
  for (const e of entries.slice(0, 100) as unknown[]) {
    const [commune, label] = typeof e === 'string' ? [e, undefined] : Array.isArray(e) ? [e[0], e[1]] : [];
    if (typeof commune !== 'string' || commune === '' || commune.length > 100 || (label !== undefined && (typeof label !== 'string' || label.length > 100))) continue;
    const name = ARRONDISSEMENT.exec(commune)?.[1] ?? commune;
    out.push({ name, commune, label: label ?? commune.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase() });
  }
  return out;
}
