// The script tag's options from a form's attributes: `data-saisie-address-provider` = ban | photon | a URL of
// the site's own endpoint, `data-saisie-address-url` = the base of a self-hosted BAN or Photon, and
// `data-saisie-verify-url` = a verification endpoint (saisie-server's /v1/verify or your own).
import type { AttachOptions } from '../dom/types.js';
import type { AddressProvider } from '../core/autocomplete/types.js';
import { createLazyProvider } from './createLazyProvider.js';
import { createLazyVerifier } from './createLazyVerifier.js';
import type { Verifier } from '../core/verify/types.js';

const URL_LIKE = /^(?:https?:\/\/|\/)/i;

/** The address provider a form's attributes ask for, or undefined (then nothing leaves the page). */
function providerOf(form: HTMLFormElement): AddressProvider | undefined {
  const name = form.getAttribute('data-saisie-address-provider')?.trim();
  if (!name) return undefined;
  const url = form.getAttribute('data-saisie-address-url')?.trim() || undefined;
  const base = url && URL_LIKE.test(url) ? url : undefined;
  // A self-hosted URL that cannot be used must not send addresses to the public endpoint instead.
  if (url && !base) return warn(`data-saisie-address-url="${url.slice(0, 60)}" is not an http(s):// URL or a /path`);
  try {
    if (name.toLowerCase() === 'ban') return createLazyProvider('createBanProvider', { url: base });
    if (name.toLowerCase() === 'photon') return createLazyProvider('createPhotonProvider', { url: base });
    if (URL_LIKE.test(name)) return createLazyProvider('createJsonProvider', { url: name });
  } catch {
    // A malformed attribute must not break the form: it works as if no provider were asked for.
  }
  return warn(`data-saisie-address-provider="${name.slice(0, 60)}" is not ban, photon or an http(s):// URL`);
}

/** The verifier `data-saisie-verify-url` asks for, or undefined (then nothing is verified, nothing sent). */
function verifierOf(form: HTMLFormElement): Verifier | undefined {
  const url = form.getAttribute('data-saisie-verify-url')?.trim();
  if (!url) return undefined;
  try {
    return createLazyVerifier({ url });
  } catch {
    return warn(`data-saisie-verify-url="${url.slice(0, 60)}" is not an http(s):// URL or a /path`, 'verification');
  }
}

/** Says why a part is off (a site owner's mistake in the attributes), and gives none. */
function warn(what: string, part = 'address suggestions'): undefined {
  if (typeof console !== 'undefined') console.warn(`saisie: ${what}; ${part} ${part.endsWith('s') ? 'are' : 'is'} off.`);
  return undefined;
}

/** What `<form data-saisie …>` asks of `attach` beyond what attach reads itself. */
export function getFormOptions(form: HTMLFormElement): AttachOptions {
  const addressProvider = providerOf(form);
  const verifier = verifierOf(form);
  return { ...(addressProvider && { addressProvider }), ...(verifier && { verifier }) };
}
