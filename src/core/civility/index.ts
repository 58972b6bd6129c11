// PLACEHOLDER until the civility rule lands.
import type { CheckOptions, CheckResult } from '../types.js';
export interface CivilityInput { civility?: string; firstName?: string }
export type CivilityCheckOptions = CheckOptions;
export function checkCivility(_values: CivilityInput, _options?: CivilityCheckOptions): CheckResult { throw new Error('saisie: not implemented'); }
export function loadFirstNames(_locale: string): Promise<boolean> { return Promise.reject(new Error('saisie: not implemented')); }
