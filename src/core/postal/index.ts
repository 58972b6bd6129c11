// PLACEHOLDER until the postal rule lands.
import type { CheckOptions, CheckResult } from '../types.js';
export function checkPostalCode(_input: string, _country: string, _options?: CheckOptions): CheckResult { throw new Error('saisie: not implemented'); }
