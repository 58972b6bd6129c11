// PLACEHOLDER until the email rule lands.
import type { CheckOptions, CheckResult } from '../types.js';
export type EmailCheckOptions = CheckOptions;
export type EmailCheckResult = CheckResult;
export function checkEmail(_input: string, _options?: EmailCheckOptions): EmailCheckResult { throw new Error('saisie: not implemented'); }
export function loadDisposableDomains(): Promise<void> { return Promise.reject(new Error('saisie: not implemented')); }
