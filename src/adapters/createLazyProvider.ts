// The script tag's address providers: the same factories and the same option checks at once (a developer's mistake
// throws where it is made), but the provider's code (dist/plugins/providers.js, see rollup.config.mjs) is fetched on
// the first search only, so a page without suggestions never loads it. A module that fails to load gives none.
import type { AddressProvider } from '../core/autocomplete/types.js';
import { checkJsonProviderOptions, checkProviderOptions, PROVIDER_URLS, type ProviderOptions } from './checkProviderOptions.js';
import type { JsonProviderOptions } from './createJsonProvider.js';

type Factories = typeof import('./providers.js');

/** A provider made by `name` with `options`, whose code loads on its first search. */
export function createLazyProvider<N extends keyof Factories>(name: N, options?: N extends 'createJsonProvider' ? JsonProviderOptions : ProviderOptions): AddressProvider {
  if (name === 'createJsonProvider') checkJsonProviderOptions(options as JsonProviderOptions);
  else checkProviderOptions(name, options === undefined ? {} : (options as ProviderOptions), PROVIDER_URLS[name as keyof typeof PROVIDER_URLS]);
  let made: Promise<AddressProvider> | undefined;
  const provider = () => (made ??= import('./providers.js').then((m) => (m[name] as (o: typeof options) => AddressProvider)(options)));
  return {
    search: (query, o) => provider().then((p) => p.search(query, o)),
  };
}
