// PLACEHOLDER until the phone rule lands.
import type { CheckOptions, CheckResult } from '../types.js';
export type PhoneCheckOptions = CheckOptions & { country?: string };
export interface PhoneInfo { e164: string; country?: string; type?: string; national: string; international: string }
export type PhoneCheckResult = CheckResult & { phone?: PhoneInfo };
export function checkPhone(_input: string, _options?: PhoneCheckOptions): PhoneCheckResult { throw new Error('saisie: not implemented'); }
export function formatPhoneAsYouType(_input: string, _country?: string): string { throw new Error('saisie: not implemented'); }
export function loadPhoneMetadata(_country: string): Promise<boolean> { return Promise.reject(new Error('saisie: not implemented')); }
