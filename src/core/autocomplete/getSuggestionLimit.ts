const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 20;

/** A `limit` option as a whole number in 1..20 (5 when it is not a finite number). */
export function getSuggestionLimit(limit: unknown): number {
  return typeof limit === 'number' && Number.isFinite(limit) ? Math.min(Math.max(1, Math.floor(limit)), MAX_LIMIT) : DEFAULT_LIMIT;
}
