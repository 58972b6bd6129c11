import type { IssueCode } from './codes.js';

/** How much an issue matters: `error` blocks, `warning` advises, `info` informs. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding of a check: a stable code, its severity and a localized message. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  message: string;
  /** A corrected value the person may apply (never applied silently). */
  suggestion?: string;
  /** Values the message was built from (e.g. `{ max: 254 }`); also a machine-readable reason. */
  params?: Readonly<Record<string, string | number>>;
}

/** The result every `check*` rule returns. */
export interface CheckResult {
  /** True when no issue has severity `error`. */
  valid: boolean;
  /** The normalized value (trimmed, canonical form). */
  value: string;
  issues: Issue[];
}

/** Options shared by every check. */
export interface CheckOptions {
  /** BCP 47 language tag for messages (`en` by default; `fr`, `de`, `es`, `it` built in). */
  locale?: string;
}

/**
 * Loads one lazy table, e.g. ('phone', 'JP'), ('first-names', 'fr'), ('country-names', 'de'), ('disposable', 'all');
 * resolves undefined when there is none. Entries pass one in; core never imports a table itself.
 */
export type DataLoader = (kind: string, key: string) => Promise<unknown>;
