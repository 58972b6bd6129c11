// A verifier's answer comes from a server, so it is hostile: only own properties of the documented shape are read,
// every list and string is capped, and anything off gives `undefined` (the caller maps that to `unknown`).
// Unknown extra keys are ignored, so a newer server can add fields. Work is bounded by the caps, not by the input.
import { cleanProviderText } from '../autocomplete/cleanProviderText.js';
import type { IssueCode } from '../codes.js';
import type { Issue, Severity } from '../types.js';
import type { Verdict, VerifyStatus } from './types.js';

// Caps: a verdict carries a handful of issues with short texts; more is garbage or an attack.
const MAX_ISSUES = 20;
const MAX_CODE = 64;
const MAX_MESSAGE = 300;
const MAX_SUGGESTION = 254;
const MAX_NORMALIZED = 1000;
const MAX_PARAMS = 16;
const MAX_PARAM_TEXT = 300;

type Json = Record<string, unknown>;

const own = (obj: Json, key: string): unknown => (Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStatus = (v: unknown): v is VerifyStatus => v === 'valid' || v === 'invalid' || v === 'risky' || v === 'unknown';
const isSeverity = (v: unknown): v is Severity => v === 'error' || v === 'warning' || v === 'info';
// A value meant for a field (suggestion, normalized) with control or bidi-override characters is no such value.
// eslint-disable-next-line no-control-regex
const hasControls = (v: string): boolean => /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(v);

/** Cleaned text (see cleanProviderText) without a lone high surrogate left at the cut. */
function readText(obj: Json, key: string, max: number): string {
  const text = cleanProviderText(obj, key, max) ?? '';
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

/** `params` as a fresh flat object of strings and finite numbers (first MAX_PARAMS keys), or undefined if off. */
function readParams(value: unknown): Record<string, string | number> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, string | number> = {};
  let count = 0;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (count === MAX_PARAMS) break;
    // Plain identifiers only: no `__proto__`, no key that could be mistaken for markup or a path.
    if (!/^[a-z][\w-]{0,31}$/i.test(key)) return undefined;
    const v = value[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
    else if (typeof v === 'string') out[key] = readText(value, key, MAX_PARAM_TEXT);
    else return undefined;
    count++;
  }
  return out;
}

/** One issue of the answer, or undefined when it is not of the documented shape. */
function readIssue(value: unknown): Issue | undefined {
  if (!isObject(value)) return undefined;
  const code = own(value, 'code');
  const severity = own(value, 'severity');
  const message = own(value, 'message');
  if (typeof code !== 'string' || code.length > MAX_CODE || !/^[a-z][a-z0-9_.-]*$/.test(code)) return undefined;
  if (!isSeverity(severity) || typeof message !== 'string') return undefined;
  const issue: Issue = { code: code as IssueCode, severity, message: readText(value, 'message', MAX_MESSAGE) };
  const suggestion = own(value, 'suggestion');
  if (suggestion !== undefined) {
    // A suggestion is applied to the field as is: a cut one would be wrong, so a long one spoils the answer.
    if (typeof suggestion !== 'string' || suggestion.length > MAX_SUGGESTION || hasControls(suggestion)) return undefined;
    issue.suggestion = suggestion;
  }
  const params = own(value, 'params');
  if (params !== undefined) {
    const read = readParams(params);
    if (!read) return undefined;
    issue.params = read;
  }
  return issue;
}

/**
 * The verdict in a verifier's JSON answer (`{ status, issues, normalized? }`), or undefined when it is not one;
 * the first 20 issues are kept, messages cleaned and cut to 300 characters.
 */
export function parseVerdict(json: unknown): Verdict | undefined {
  try {
    return readVerdict(json);
  } catch {
    // Only a non-JSON object (a Proxy, a throwing getter) can get here: no verdict either.
    return undefined;
  }
}

/** parseVerdict without the guard. */
function readVerdict(json: unknown): Verdict | undefined {
  if (!isObject(json)) return undefined;
  const status = own(json, 'status');
  const list = own(json, 'issues');
  if (!isStatus(status) || !Array.isArray(list)) return undefined;
  const issues: Issue[] = [];
  for (let i = 0; i < list.length && i < MAX_ISSUES; i++) {
    const issue = readIssue(list[i]);
    if (!issue) return undefined;
    issues.push(issue);
  }
  const normalized = own(json, 'normalized');
  if (normalized === undefined || normalized === null) return { status, issues };
  // The value as the backend would store it: cutting it would change it, so a long one spoils the answer.
  if (typeof normalized !== 'string' || normalized.length > MAX_NORMALIZED || hasControls(normalized)) return undefined;
  return { status, issues, normalized };
}
