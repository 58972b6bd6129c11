// The verification plugin of attach (loaded only when a form has a verifier): each email, phone and address line
// asks the verifier once its local rule passes, through the store's `verify` (debounced, aborted, latest wins).
import { createFieldVerify, type VerdictCache } from '../core/verify/createFieldVerify.js';
import type { SaisieData } from '../core/data.js';
import type { Verifier, VerifyKind } from '../core/verify/types.js';
import { VERIFY_MESSAGES } from '../locales/verify.js';
import { verifyWholeAddress } from '../core/verify/verifyWholeAddress.js';
import { verifyCatalogs } from '../core/verify/verifyCatalogs.js';
import type { AttachPlugin } from './plugin.js';

const KINDS: Readonly<Record<string, VerifyKind>> = { email: 'email', phone: 'phone', addressLine1: 'address' };
const MOBILE = /(?:^|\s)mobile(?:\s|$)/i;

/** The plugin that verifies a form's fields with `verifier`; `strict`: an `invalid` verdict blocks the submit. */
export function verifyFields(tables: SaisieData, verifier: Verifier, strict: boolean): AttachPlugin {
  const messages = verifyCatalogs(tables, VERIFY_MESSAGES);
  return (ctx) => {
    const cache: VerdictCache = new Map(); // verdicts by value, for this form
    return ctx.verifyWith((b) => {
      const kind = KINDS[b.role];
      const el = b.element;
      if (!kind || el.getAttribute('data-saisie-verify') === 'off') return undefined;
      const other = (role: string) => ctx.field(role, b.section);
      const read = (role: string) => other(role)?.element.value.trim() ?? '';
      const mobile = MOBILE.test(el.getAttribute('autocomplete') ?? '') || el.getAttribute('data-saisie-phone-type') === 'mobile';
      // An address is verified whole: its line, postal code and city as one line, once all three are there.
      const own: Verifier = kind !== 'address' ? verifier : verifyWholeAddress(verifier, () => read('postalCode'), () => read('city'));
      const verify = createFieldVerify({
        verifier: own,
        kind,
        strict,
        locale: ctx.locale,
        messages,
        book: tables.book,
        cache,
        context: () => {
          const country = ctx.country(b.section);
          // Only a chosen country for an address (a guessed one could send it to the wrong provider); a phone's value is E.164 already.
          const code = kind === 'address' && country.guessed ? undefined : country.code;
          // The page's language, for the texts of codes this page has no message for.
          const fields: Record<string, string> = { locale: ctx.locale, ...(kind === 'address' ? { postalCode: read('postalCode'), city: read('city') } : mobile ? { phoneType: 'mobile' } : {}) };
          return { ...(code && { country: code }), fields, field: b.key };
        },
      });
      const dependsOn = kind === 'address' ? [other('postalCode')?.key, other('city')?.key].filter((k): k is string => k !== undefined) : [];
      return { verify, dependsOn };
    });
  };
}
