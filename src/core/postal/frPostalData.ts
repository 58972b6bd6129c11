// One French postal configuration: the chunks of La Poste codes → communes (one per département prefix, given up
// front or loaded), and the messages of the city rule. Entries build it from src/data; checkPostalCity takes it.
import type { Catalogs, MessageBook } from '../messages.js';
import type { DataLoader } from '../types.js';

/** One commune of a code as packed in src/data/fr-postal: its name, or [name, routing label] when the label is not the name in capitals. */
export type FrPostalEntry = string | readonly [string, string];

/** A département's postal codes (`'75011'` → its communes), as packed in src/data/fr-postal/<key>.json. */
export type FrPostalChunk = Readonly<Record<string, readonly FrPostalEntry[]>>;

/** Options of `createFrPostalData`. */
export interface FrPostalDataOptions {
  /** Chunks given up front, by département prefix ('75', '20', '974'). */
  chunks?: Readonly<Record<string, FrPostalChunk>>;
  messages?: Catalogs;
  book?: MessageBook;
  /** Loads ('fr-postal', département prefix). */
  load?: DataLoader;
}

/** The tables of the French postal code ↔ city rule (build it with `createFrPostalData`). */
export interface FrPostalData {
  /** @internal */ chunks: Map<string, FrPostalChunk>;
  /** @internal */ pending: Map<string, Promise<boolean>>;
  readonly messages: Catalogs;
  readonly book?: MessageBook;
  load?: DataLoader;
}

/** A French postal configuration, with no chunk until one is given or loaded. */
export function createFrPostalData(options: FrPostalDataOptions = {}): FrPostalData {
  if (!options || typeof options !== 'object') throw new TypeError('saisie: createFrPostalData() takes an options object ({ chunks?, messages?, load? }).');
  const data: FrPostalData = { chunks: new Map(), pending: new Map(), messages: options.messages ?? {}, book: options.book, load: options.load };
  for (const [key, chunk] of Object.entries(options.chunks ?? {})) if (isFrPostalChunk(chunk)) data.chunks.set(key, chunk);
  return data;
}

/** True for a chunk's shape (an object of arrays); entries are checked as they are read. */
export function isFrPostalChunk(chunk: unknown): chunk is FrPostalChunk {
  return !!chunk && typeof chunk === 'object' && !Array.isArray(chunk);
}
