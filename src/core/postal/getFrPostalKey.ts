/** The chunk key of a French postal code: its first 2 digits, 3 overseas (97x, 98x); undefined unless 5 digits. */
export function getFrPostalKey(postalCode: string): string | undefined {
  if (typeof postalCode !== 'string' || postalCode.length > 20) return undefined;
  const code = postalCode.replace(/\s/g, '');
  if (!/^\d{5}$/.test(code)) return undefined;
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}
