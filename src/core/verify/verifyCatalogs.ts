// The catalogs a verifier's answers are worded from: a server may answer with the local rules' codes too
// (email.disposable, phone.invalid), so their texts come first, then the verifiers' own, by language.
import type { SaisieData } from '../data.js';
import type { Catalogs } from '../messages.js';

/** The email and phone rules' catalogs merged with `verify` (the verifier codes' catalogs), by language. */
export function verifyCatalogs(data: Pick<SaisieData, 'email' | 'phone'>, verify: Catalogs): Record<string, Record<string, string>> {
  const messages: Record<string, Record<string, string>> = {};
  for (const family of [data.email.messages, data.phone.messages, verify] as Catalogs[]) {
    for (const [lang, catalog] of Object.entries(family)) messages[lang] = { ...messages[lang], ...catalog };
  }
  return messages;
}
