// Node entry: the same surface as the browser ESM entry, with the heavy tables bound up front (full phone metadata
// with number types, every first-name table), since size does not matter here. Bound explicitly, not by side
// effects, so a bundler that trusts `sideEffects` keeps them.
import MAX from 'libphonenumber-js/metadata.max.json';
import './node/bind-first-names.js';
import './node/bind-country-names.js';
import { PHONE_MESSAGES } from './locales/phone.js';
import { checkPhone as checkPhoneIn, createPhoneData, formatPhoneAsYouType as formatPhoneIn, loadPhoneMetadata as loadPhoneIn, type PhoneCheckOptions, type PhoneCheckResult } from './core/phone/index.js';

const phone = /* @__PURE__ */ createPhoneData(MAX, { complete: true, messages: PHONE_MESSAGES });

export * from './index.js';
/** Checks a phone number typed in any national or international form; `value` is E.164 when valid, with its type. */
export const checkPhone = (input: string, options?: PhoneCheckOptions): PhoneCheckResult => checkPhoneIn(input, options, phone);
/** Display text for a partially typed phone number (give it the whole text typed so far). */
export const formatPhoneAsYouType = (input: string, country?: string): string => formatPhoneIn(input, country, phone);
/** Every region's full metadata is here already: resolves true for any region libphonenumber knows. */
export const loadPhoneMetadata = (country: string): Promise<boolean> => loadPhoneIn(country, phone);
