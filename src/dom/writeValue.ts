// Every value saisie writes goes through the element's native setter and is announced with `input` (and
// `change` when asked), so React's value tracker, Vue's v-model and any listener see what the field shows.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The prototype's own setter of `prop`: a framework that instruments the instance (React) still sees the change. */
function nativeSetter(el: Control, prop: 'value' | 'checked'): ((this: Control, v: unknown) => void) | undefined {
  const view = el.ownerDocument.defaultView;
  const proto = view
    ? el instanceof view.HTMLSelectElement ? view.HTMLSelectElement.prototype : el instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype
    : Object.getPrototypeOf(el);
  return Object.getOwnPropertyDescriptor(proto, prop)?.set as ((this: Control, v: unknown) => void) | undefined;
}

/**
 * Writes `value` into `el` as if typed: native setter, then a bubbling `input` (and `change` when `change` is
 * true). `input: false` announces the write with `change` only, so as-you-type formatting leaves it as written.
 */
export function writeValue(el: Control, value: string, { change = false, input = true }: { change?: boolean; input?: boolean } = {}): void {
  const set = nativeSetter(el, 'value');
  if (set) set.call(el, value);
  else el.value = value;
  if (input) el.dispatchEvent(new Event('input', { bubbles: true }));
  if (change) el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Ticks a checkbox or radio as if clicked: native `checked` setter, then bubbling `input` and `change`. */
export function writeChecked(el: HTMLInputElement): void {
  const set = nativeSetter(el, 'checked');
  if (set) set.call(el, true);
  else el.checked = true;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
