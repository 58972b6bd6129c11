// The browser's verifier: one JSON POST per check to a backend speaking saisie-server's /v1/verify wire format
// ({ kind, value, country?, expect?, locale? } → { status, issues, normalized? }).
// A verifier must never break a form: every failure (network, timeout, 4xx, 5xx, garbage) resolves
// `{ status: 'unknown', issues: [] }`. Only an abort of the caller's own signal rejects (with the signal's reason or
// an AbortError), as the address providers do; a call replaced by a newer one for the same field resolves unknown.
// Retries: network errors and 5xx only, full-jitter exponential backoff, all inside one `timeoutMs` budget.
import { parseVerdict } from '../core/verify/parseVerdict.js';
import type { AbortSignalLike } from '../core/form/createScheduler.js';
import type { Verdict, Verifier, VerifyContext, VerifyKind } from '../core/verify/types.js';
import { checkHttpVerifierOptions, NAME, type HttpVerifierOptions, type VerifierFetch, type VerifierResponseLike } from './checkHttpVerifierOptions.js';

export type { HttpVerifierOptions, VerifierFetch, VerifierResponseLike } from './checkHttpVerifierOptions.js';

const KINDS: readonly string[] = ['email', 'phone', 'address'];
const MAX_VALUE = 1000; // the wire format's limit: longer values would only earn a 400
const MAX_BODY = 64 * 1024; // a verdict is a few hundred bytes
const BACKOFF_BASE = 200;
const BACKOFF_CAP = 2000;

/** A fresh `unknown` verdict: never blocks. */
const unknown = (): Verdict => ({ status: 'unknown', issues: [] });

interface ControllerLike {
  readonly signal: AbortSignalLike;
  abort(): void;
}
const g = globalThis as unknown as {
  fetch?: VerifierFetch;
  AbortController?: new () => ControllerLike;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** The error an aborted check rejects with: the signal's reason, or an AbortError. */
function abortError(signal: AbortSignalLike): unknown {
  const reason = (signal as { reason?: unknown }).reason;
  if (reason !== undefined) return reason;
  return typeof DOMException === 'function' ? new DOMException('The verification was aborted.', 'AbortError') : Object.assign(new Error('The verification was aborted.'), { name: 'AbortError' });
}

/** The request body of one check, or undefined when the value cannot be verified (empty, too long). */
function getBody(kind: VerifyKind, value: unknown, context: VerifyContext): string | undefined {
  if (typeof value !== 'string' || !value.trim() || value.length > MAX_VALUE) return undefined;
  const body: Record<string, string> = { kind, value };
  const { country, fields } = context;
  // Anything the server would refuse (400) is left out rather than sent.
  if (typeof country === 'string' && /^[a-z]{2}$/i.test(country)) body.country = country.toUpperCase();
  const phoneType = fields?.phoneType;
  if (kind === 'phone' && (phoneType === 'mobile' || phoneType === 'fixed-line')) body.expect = phoneType;
  const locale = fields?.locale;
  if (typeof locale === 'string' && locale.length <= 35 && /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(locale)) body.locale = locale;
  return JSON.stringify(body);
}

/** Whether an answer's status is worth another try (a 5xx: the backend or a proxy in front of it failed). */
const isRetryable = (status: number): boolean => status >= 500 && status <= 599;

/**
 * A `Verifier` that POSTs each check to your backend (saisie-server or your own), e.g.
 * `createHttpVerifier({ url: 'https://verify.example.com/v1/verify' })`; failures give `unknown`, never an error.
 */
export function createHttpVerifier(options: HttpVerifierOptions): Verifier {
  const { url, timeoutMs, headers, retries, fetch: custom } = checkHttpVerifierOptions(options);
  // One request in flight per field: a newer check of the same field ends the older one.
  const inFlight = new Map<string, () => void>();

  return {
    verify(kind, value, context = {}) {
      if (!KINDS.includes(kind)) return Promise.reject(new TypeError(`${NAME}(…).verify(kind) expects 'email', 'phone' or 'address', got ${JSON.stringify(String(kind).slice(0, 40))}.`));
      const ctx: VerifyContext = context && typeof context === 'object' ? context : {};
      const { signal } = ctx;
      const field = typeof ctx.field === 'string' ? ctx.field : undefined;
      if (signal?.aborted) return Promise.reject(abortError(signal));
      const body = getBody(kind, value, ctx);
      if (field !== undefined) inFlight.get(field)?.();
      if (body === undefined) return Promise.resolve(unknown());
      const send = custom ?? g.fetch;
      if (typeof send !== 'function') return Promise.resolve(unknown());

      return new Promise<Verdict>((resolve, reject) => {
        const controller = g.AbortController ? new g.AbortController() : undefined;
        const deadline = Date.now() + timeoutMs;
        let done = false;
        let wake: (() => void) | undefined;
        let backoff: unknown;
        const finish = (verdict: Verdict | undefined, error?: unknown): void => {
          if (done) return;
          done = true;
          g.clearTimeout(timer);
          g.clearTimeout(backoff);
          wake?.();
          (signal as { removeEventListener?(type: string, l: () => void): void } | undefined)?.removeEventListener?.('abort', onAbort);
          if (field !== undefined && inFlight.get(field) === supersede) inFlight.delete(field);
          // Frees the connection of a request still running (timeout, abort, superseded); a no-op after an answer.
          controller?.abort();
          if (error !== undefined) reject(error);
          else resolve(verdict ?? unknown());
        };
        const onAbort = (): void => finish(undefined, abortError(signal!));
        const supersede = (): void => finish(unknown());
        // The budget holds even for a fetch that ignores its signal.
        const timer = g.setTimeout(() => finish(unknown()), timeoutMs);
        signal?.addEventListener('abort', onAbort);
        if (field !== undefined) inFlight.set(field, supersede);

        const init = {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json', Accept: 'application/json' },
          body,
          signal: controller?.signal,
          credentials: 'omit',
          mode: 'cors',
        };
        /** One try: the verdict, 'retry' (network error, 5xx) or undefined (any other failure). */
        const attempt = async (): Promise<Verdict | 'retry' | undefined> => {
          let res: VerifierResponseLike;
          try {
            // Called on globalThis: a detached window.fetch throws "Illegal invocation" in browsers.
            res = await (send as (url: string, init: object) => Promise<VerifierResponseLike>).call(globalThis, url, init);
          } catch {
            return 'retry';
          }
          if (done) return undefined;
          if (!res || typeof res !== 'object') return undefined;
          if (!res.ok) {
            // Nobody reads an error page: let the connection go.
            res.body?.cancel?.()?.catch?.(() => undefined);
            return isRetryable(res.status) ? 'retry' : undefined;
          }
          if (Number(res.headers?.get?.('content-length')) > MAX_BODY) {
            res.body?.cancel?.()?.catch?.(() => undefined);
            return undefined;
          }
          let text: string;
          try {
            text = await res.text();
          } catch {
            return 'retry'; // the connection dropped mid-answer
          }
          if (typeof text !== 'string' || text.length > MAX_BODY) return undefined;
          try {
            return parseVerdict(JSON.parse(text));
          } catch {
            return undefined;
          }
        };
        const run = async (): Promise<void> => {
          for (let n = 0; !done; n++) {
            const out = await attempt();
            if (done) return;
            if (out !== 'retry') return finish(out);
            if (n >= retries) return finish(unknown());
            // Full jitter: a crowd of pages retrying after one outage spreads out instead of striking together.
            const delay = Math.random() * Math.min(BACKOFF_CAP, BACKOFF_BASE * 2 ** n);
            if (Date.now() + delay >= deadline) return finish(unknown());
            await new Promise<void>((r) => {
              wake = r;
              backoff = g.setTimeout(r, delay);
            });
            wake = undefined;
          }
        };
        run().catch(() => finish(unknown()));
      });
    },
  };
}
