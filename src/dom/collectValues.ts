// What `saisie:submit` carries: what the form would post, normalized only where a rule normalizes.

/** A normalized value of a named control (E.164 phone, canonical postal code or civility). */
export interface Normalized {
  name: string;
  value: string;
}

/**
 * Every named control's value as the form would post it (`FormData`, with the submitter's name and value):
 * `entries` every pair in order (repeated names, multiple selects), `values` the first value of each name; the
 * normalized values are written over their controls' raw ones in both. `values` has a null prototype: a control
 * named "__proto__" is just a name.
 */
export function collectValues(form: HTMLFormElement, submitter: HTMLElement | null | undefined, normalized: readonly Normalized[]): { values: Record<string, string>; entries: Array<[string, string]> } {
  const values = Object.create(null) as Record<string, string>;
  const entries: Array<[string, string]> = [];
  let data: FormData;
  try {
    data = submitter ? new FormData(form, submitter) : new FormData(form);
  } catch {
    data = new FormData(form); // a browser without the submitter argument, or a submitter that is not one
    const s = submitter as HTMLButtonElement | null | undefined;
    if (s?.name && !s.disabled) data.append(s.name, s.value);
  }
  // Per name, in document order: two phone fields named "phones[]" each keep their own normalized value.
  const byName = new Map<string, string[]>();
  for (const n of normalized) {
    const list = byName.get(n.name);
    if (list) list.push(n.value);
    else byName.set(n.name, [n.value]);
  }
  data.forEach((raw, name) => {
    const value = byName.get(name)?.shift() ?? (typeof raw === 'string' ? raw : raw.name);
    entries.push([name, value]);
    if (!Object.prototype.hasOwnProperty.call(values, name)) values[name] = value;
  });
  return { values, entries };
}
