import type { Catalogs } from '../core/messages.js';

/** Messages of the civility rule, by language. */
export const CIVILITY_MESSAGES: Catalogs = {
  en: { 'civility.mismatch': '“{civility}” does not usually go with {firstName}: did you mean {suggestion}?' },
  fr: { 'civility.mismatch': '« {civility} » va rarement avec {firstName} : vouliez-vous dire {suggestion} ?' },
  de: { 'civility.mismatch': '„{civility}“ passt selten zu {firstName}: meinten Sie {suggestion}?' },
  es: { 'civility.mismatch': '«{civility}» no suele ir con {firstName}: ¿quería decir {suggestion}?' },
  it: { 'civility.mismatch': '«{civility}» di solito non va con {firstName}: intendeva {suggestion}?' },
};
