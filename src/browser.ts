// Script-tag entry (`dist/saisie.min.js`, global `Saisie`): the whole surface plus auto-attach on <form data-saisie>,
// with lazy tables fetched from beside the script (data/<kind>/<key>.json), for the known kinds and keys only.
import { autoAttach as autoAttachWith, startAutoAttach } from './dom/autoAttach.js';
import { createFetchLoader, currentScriptUrl } from './dom/fetch-data.js';
import type { AttachHandle } from './dom/types.js';
import PHONE_CORE from './data/phone-metadata-core.json' with { type: 'json' };
import { DATA_KEYS } from './data/data-keys.js';
import { tables } from './defaults.js';
import { getFormOptions } from './adapters/getFormOptions.js';
import { setDataLoader } from './index.js';
import { createLazyProvider } from './adapters/createLazyProvider.js';
import type { ProviderOptions } from './adapters/checkProviderOptions.js';
import type { JsonProviderOptions } from './adapters/createJsonProvider.js';
import type { AddressProvider } from './core/autocomplete/types.js';
import { createLazyVerifier } from './adapters/createLazyVerifier.js';
import type { HttpVerifierOptions } from './adapters/checkHttpVerifierOptions.js';
import type { Verifier } from './core/verify/types.js';

export * from './index.js';
// The providers of `saisie`, with their code loaded on a first search (dist/plugins/providers.js).
/** An address provider over the Base Adresse Nationale; `url` defaults to the public api-adresse endpoint. */
export const createBanProvider = (options?: ProviderOptions): AddressProvider => createLazyProvider('createBanProvider', options);
/** An address provider over Photon; `url` defaults to the public photon.komoot.io endpoint. */
export const createPhotonProvider = (options?: ProviderOptions): AddressProvider => createLazyProvider('createPhotonProvider', options);
/** An address provider over an endpoint answering `Suggestion[]` as JSON. */
export const createJsonProvider = (options: JsonProviderOptions): AddressProvider => createLazyProvider('createJsonProvider', options);
/** A verifier POSTing each check to your backend (saisie-server or your own); its code loads on the first check (dist/plugins/). */
export const createHttpVerifier = (options: HttpVerifierOptions): Verifier => createLazyVerifier(options);
/** Attaches to every `<form data-saisie>` under `root` (already attached forms keep their handle). */
export const autoAttach = (root?: ParentNode): AttachHandle[] => autoAttachWith(root, tables, getFormOptions);

// Every region of the calling-code table has a chunk (the up-front metadata lists them all).
const regions = Object.values((PHONE_CORE as { country_calling_codes: Record<string, string[]> }).country_calling_codes).flat().filter((r) => r !== '001');
setDataLoader(createFetchLoader(currentScriptUrl(), { ...DATA_KEYS, phone: regions }));
if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') startAutoAttach(document, tables, getFormOptions);
