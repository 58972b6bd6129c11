// Address suggestions: the provider interface, the parsers of the BAN and Photon answers, match highlighting
// and the debounced search that drives a provider.
export type { AbortSignalLike, AddressProvider, SearchOptions, Suggestion } from './types.js';
export { parseBanResponse } from './parseBanResponse.js';
export { parsePhotonResponse } from './parsePhotonResponse.js';
export { highlightMatch, type MatchRun } from './highlightMatch.js';
export { createSuggestionSearch, type SuggestionContext, type SuggestionSearch, type SuggestionSearchOptions } from './createSuggestionSearch.js';
