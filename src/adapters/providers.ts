// The built-in address providers as one module: what the script tag loads (dist/plugins/providers.js) on a first
// search, through createLazyProvider.
export { createBanProvider } from './createBanProvider.js';
export { createPhotonProvider } from './createPhotonProvider.js';
export { createJsonProvider } from './createJsonProvider.js';
