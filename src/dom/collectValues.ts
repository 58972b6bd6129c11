// What `saisie:submit` carries: what the form would post, normalized only where a rule normalizes.

/** A normalized value of a named control (E.164 phone, canonical postal code or civility). */
export interface Normalized {
  name: string;
  value: string;
}

/**
 * Every named control's value as the form would post it (`FormData`, with the submitter's name and value),
 * the first value of a repeated name; then the normalized values written over their controls' raw ones.
 * A null-prototype object: a control named "__proto__" is just a name.
 */
export function collectValues(form: HTMLFormElement, submitter: HTMLElement | null | undefined, normalized: readonly Normalized[]): Record<string, string> {
  const values = Object.create(null) as Record<string, string>;
  let data: FormData;
  try {
    data = submitter ? new FormData(form, submitter) : new FormData(form);
  } catch {
    data = new FormData(form); // a browser without the submitter argument, or a submitter that is not one
    const s = submitter as HTMLButtonElement | null | undefined;
    if (s?.name && !s.disabled) data.append(s.name, s.value);
  }
  data.forEach((value, name) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) values[name] = typeof value === 'string' ? value : value.name;
  });
  for (const n of normalized) if (Object.prototype.hasOwnProperty.call(values, n.name)) values[n.name] = n.value;
  return values;
}
