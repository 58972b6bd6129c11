// The script tag's HTTP verifier: the options are checked at once (a developer's mistake throws where it is made),
// but the verifier's code (dist/plugins/createHttpVerifier.js, see rollup.config.mjs) is fetched on the first check
// only. A module that fails to load makes every verdict unknown, which never blocks.
import type { Verifier } from '../core/verify/types.js';
import { checkHttpVerifierOptions, type HttpVerifierOptions } from './checkHttpVerifierOptions.js';

/** `createHttpVerifier(options)` whose code loads on its first check. */
export function createLazyVerifier(options: HttpVerifierOptions): Verifier {
  checkHttpVerifierOptions(options);
  let made: Promise<Verifier> | undefined;
  const verifier = () => (made ??= import('./createHttpVerifier.js').then((m) => m.createHttpVerifier(options)));
  return { verify: (kind, value, context) => verifier().then((v) => v.verify(kind, value, context)) };
}
