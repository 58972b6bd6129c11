import type { FrPostalData } from './frPostalData.js';
import { getCommunesForPostalCode } from './getCommunesForPostalCode.js';

const letters = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z]+/g, '');

/**
 * The one city a French postal code names, for filling a city field: its only commune ("75011" → "Paris"; the
 * arrondissements of Marseille are one city), or the only one delivered under its own name when the others are
 * delivered under its label (75016: Paris, and a part of Boulogne-Billancourt served as PARIS). Undefined when the
 * code serves several communes (01400), is unknown, or its chunk is not loaded.
 */
export function getCityForPostalCode(postalCode: string, data: FrPostalData): string | undefined {
  const communes = getCommunesForPostalCode(postalCode, data);
  if (!communes || communes.length === 0) return undefined;
  const names = [...new Set(communes.map((c) => c.name))];
  if (names.length === 1) return names[0];
  const own = communes.filter((c) => letters(c.label) === letters(c.name));
  const ownNames = [...new Set(own.map((c) => c.name))];
  if (ownNames.length !== 1) return undefined;
  const label = letters(own[0]!.label);
  return communes.every((c) => letters(c.label) === label) ? ownNames[0] : undefined;
}
