// One email configuration: the provider, slip, TLD and disposable tables the email rules read, their messages and
// the loader of the full disposable list. Entries build it from src/data; every email rule takes it.
import type { Catalogs, MessageBook } from '../messages.js';
import type { DataLoader } from '../types.js';

/** The tables an email configuration is built from (saisie's own are in `src/data/email-*.ts`). */
export interface EmailTables {
  /** Consumer mailbox providers, most used first. */
  providers: readonly string[];
  /** How many of the first providers a typo is corrected towards. */
  typoTargets: number;
  /** Typed domain → meant domain, for slips an edit distance would not find. */
  knownSlips: Readonly<Record<string, string>>;
  /** Typed TLD → meant TLD ("con" → "com"). */
  tldSlips: Readonly<Record<string, string>>;
  /** TLDs that receive mail without a dot in the domain being a slip ("com" alone is one; "fr" is a country). */
  bareTlds: readonly string[];
  /** TLDs that never receive mail (test, example, invalid…). */
  reservedTlds: readonly string[];
  /** Local parts of shared mailboxes (contact, info…). */
  roleLocalParts: readonly string[];
  /** Real domains a suggestion never corrects, space-separated; "hotmail.be,ch" stands for two. */
  realDomains: string;
  /** Well-known disposable services, space-separated. */
  disposable: string;
  /** Real providers that disposable lists wrongly hold, space-separated. */
  disposableAllowlist: string;
}

/** Options of `createEmailData`. */
export interface EmailDataOptions {
  messages?: Catalogs;
  book?: MessageBook;
  /** Loads ('disposable', 'all'): the full maintained disposable-domain list. */
  load?: DataLoader;
}

/** The tables of the email rules (build it with `createEmailData`). */
export interface EmailData {
  /** @internal */ tables: EmailTables;
  /** @internal */ providers: ReadonlySet<string>;
  /** @internal */ roles: ReadonlySet<string>;
  /** @internal */ targets: readonly string[];
  /** @internal */ disposable?: Set<string>;
  /** @internal */ allow?: Set<string>;
  /** @internal */ full?: ReadonlySet<string>;
  /** @internal */ real?: { domains: Set<string>; countries: Set<string>; suffixes: Set<string> };
  readonly messages: Catalogs;
  readonly book?: MessageBook;
  load?: DataLoader;
}

/** An email configuration over its tables. */
export function createEmailData(tables: EmailTables, options: EmailDataOptions = {}): EmailData {
  if (!tables || !Array.isArray(tables.providers) || typeof tables.realDomains !== 'string' || typeof tables.disposable !== 'string') {
    throw new TypeError('saisie: createEmailData needs email tables (providers, realDomains, disposable…).');
  }
  return {
    tables,
    providers: new Set(tables.providers),
    roles: new Set(tables.roleLocalParts),
    targets: tables.providers.slice(0, tables.typoTargets),
    messages: options.messages ?? {},
    book: options.book,
    load: options.load,
  };
}
