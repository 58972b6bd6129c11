// Which parts of a suggestion's label the person typed, as runs of plain text (the DOM makes text nodes of
// them, never HTML). Comparison ignores case and accents; the runs keep the label's own characters, so their
// concatenation is the label exactly.

/** One run of a label: `match` when it is (the start of) a word the person typed. */
export interface MatchRun {
  text: string;
  match: boolean;
}

const MAX_QUERY = 200;
const MAX_WORDS = 10;
// Beyond this, the rest of a label is one unmarked run (labels are short; this bounds the work).
const MAX_LABEL = 1000;
// Renderers may cap the runs they draw (the combobox takes 50): past this, the rest is one unmarked run.
const MAX_RUNS = 40;
const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A code point without case or accents; may be empty (a lone combining mark) or longer than one unit. */
const fold = (ch: string): string => ch.normalize('NFD').replace(MARKS, '').toLowerCase().replace(MARKS, '');

/** The words of a query, folded, longest first, without repeats. */
function queryWords(query: string): string[] {
  const words = new Set<string>();
  for (const w of fold(query.slice(0, MAX_QUERY)).split(/[^\p{L}\p{N}]+/u)) {
    if (w) words.add(w);
    if (words.size >= MAX_WORDS) break;
  }
  return [...words].sort((a, b) => b.length - a.length);
}

/** The runs of `label` with the words of `query` marked where a word of the label starts with them. */
export function highlightMatch(label: string, query: string): MatchRun[] {
  const source = typeof label === 'string' ? label : '';
  if (!source) return [];
  const words = typeof query === 'string' ? queryWords(query) : [];
  if (!words.length) return [{ text: source, match: false }];
  // The folded label, and for each folded unit the span [start, end) of the label it comes from.
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const scanned = Math.min(source.length, MAX_LABEL);
  let i = 0;
  while (i < scanned) {
    const cp = source.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const f = fold(source.slice(i, i + width));
    if (f) {
      for (let k = 0; k < f.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
      folded += f;
    } else if (ends.length) {
      // A combining mark stays with the letter before it.
      for (let k = ends.length - 1; k >= 0 && ends[k] === i; k--) ends[k] = i + width;
    }
    i += width;
  }
  // Marked spans of the label, found at the start of each folded word.
  const marked = new Uint8Array(source.length);
  for (let j = 0; j < folded.length; j++) {
    if (!WORD_CHAR.test(folded[j] ?? '') || (j > 0 && WORD_CHAR.test(folded[j - 1] ?? ''))) continue;
    const word = words.find((w) => folded.startsWith(w, j));
    if (!word) continue;
    const from = starts[j] ?? 0;
    const to = ends[j + word.length - 1] ?? from;
    marked.fill(1, from, to);
  }
  const runs: MatchRun[] = [];
  let start = 0;
  for (let k = 1; k <= source.length; k++) {
    if (runs.length === MAX_RUNS - 1) {
      runs.push({ text: source.slice(start), match: false });
      break;
    }
    if (k === source.length || marked[k] !== marked[start]) {
      runs.push({ text: source.slice(start, k), match: marked[start] === 1 });
      start = k;
    }
  }
  return runs;
}
