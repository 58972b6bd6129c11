// One email configuration: the provider, slip, TLD and disposable tables the email rules read, their messages and
// the loader of the full disposable list. Entries build it from src/data; every email rule takes it.
import type { Catalogs, MessageBook } from '../messages.js';
import type { DataLoader } from '../types.js';

/** The tables an email configuration is built from (saisie's own are in `src/data/email-*.ts`). */
export interface EmailTables {
  /** Consumer mailbox providers, space-separated, most used first. */
  providers: string;
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
  /** Local parts of shared mailboxes (contact, info…), space-separated. */
  roleLocalParts: string;
  /** Real domains (besides the providers) a suggestion never corrects and no list makes disposable, space-separated; "hotmail.be,ch" stands for two. */
  realDomains: string;
  /** Well-known disposable services, space-separated. */
  disposable: string;
}

/** Options of `createEmailData`. */
export interface EmailDataOptions {
  messages?: Catalogs;
  book?: MessageBook;
  /** Loads ('disposable', 'all'): the full maintained disposable-domain list. */
  load?: DataLoader;
}

/** The tables of the email rules (build it with `createEmailData`). */
export interface EmailData extends Pick<EmailTables, 'knownSlips' | 'tldSlips' | 'bareTlds' | 'reservedTlds'> {
  /** @internal */ providers: ReadonlySet<string>;
  /** @internal */ roles: ReadonlySet<string>;
  /** @internal */ targets: readonly string[];
  /** @internal */ disposable: ReadonlySet<string>;
  /** @internal */ full?: ReadonlySet<string>;
  /** @internal */ real: { domains: ReadonlySet<string>; countries: ReadonlySet<string>; suffixes: ReadonlySet<string> };
  readonly messages: Catalogs;
  readonly book?: MessageBook;
  load?: DataLoader;
}

/** An email configuration over its tables. */
export function createEmailData(tables: EmailTables, options: EmailDataOptions = {}): EmailData {
  if (!tables || typeof tables.providers !== 'string' || typeof tables.realDomains !== 'string' || typeof tables.disposable !== 'string') {
    throw new TypeError('saisie: createEmailData needs email tables (providers, realDomains, disposable…).');
  }
  return emailDataOf(tables, { ...options, messages: options.messages ?? {} });
}

/** `createEmailData` without its checks, for an entry's own tables and messages: typed at build time, they need none in every bundle. */
export function emailDataOf(tables: EmailTables, options: EmailDataOptions & { messages: Catalogs }): EmailData {
  const providers = tables.providers.split(' ');
  return {
    ...tables,
    ...options, // messages, book, load
    providers: new Set(providers),
    roles: new Set(tables.roleLocalParts.split(' ')),
    disposable: new Set(tables.disposable.split(' ')),
    real: realDomains(providers, tables.realDomains),
    targets: providers.slice(0, tables.typoTargets),
  };
}

/** The first label of a domain (hotmail of hotmail.co.uk). */
export const label = (d: string) => d.slice(0, d.indexOf('.'));
/** What follows a domain's first label (co.uk of hotmail.co.uk): its country, for a provider's domains. */
export const country = (d: string) => d.slice(d.indexOf('.') + 1);

/**
 * The real mail domains (never corrected, never disposable): the providers and `realDomains`; with the first labels
 * of providers that have several domains (hotmail: .fr, .de, .be…), whose country is never guessed, and what follows
 * such a label (fr, com, co.uk…).
 */
function realDomains(providers: readonly string[], text: string): EmailData['real'] {
  const domains = new Set(providers);
  // "hotmail.be,ch,co.uk" stands for hotmail.be hotmail.ch hotmail.co.uk.
  for (const entry of text.split(' ')) for (const rest of country(entry).split(',')) domains.add(`${label(entry)}.${rest}`);
  const seen = new Set<string>();
  const countries = new Set<string>();
  const suffixes = new Set<string>();
  for (const d of domains) {
    (seen.has(label(d)) ? countries : seen).add(label(d));
    suffixes.add(country(d));
  }
  return { domains, countries, suffixes };
}
