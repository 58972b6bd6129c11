const MAX_QUERY = 200;

/** A person's query as sent to a provider: spaces folded, trimmed, at most 200 characters ('' when not a string). */
export function getProviderQuery(query: unknown): string {
  return typeof query === 'string' ? query.slice(0, MAX_QUERY * 4).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY).trim() : '';
}
