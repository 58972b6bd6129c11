// The editable combobox with list autocomplete of the WAI-ARIA APG, shared by the country and address pickers:
// focus stays in the input, the active option is named by aria-activedescendant, the owner searches and calls
// `show`. Keys follow the APG: arrows move (and wrap), Enter chooses only an active option, Escape closes without
// clearing the person's text, Home/End and Left/Right edit the text and hand visual focus back to it, Tab closes.

/** One option: `parts` are the label's runs, `match` ones are wrapped in <mark> (text nodes only). */
export interface ComboboxOption {
  id: string;
  label: string;
  parts?: ReadonlyArray<{ text: string; match: boolean }>;
  hint?: string;
}

/** What `createCombobox` needs: the input, the listbox's name, and what to do on choose, open and show. */
export interface ComboboxConfig {
  /** The editable text input that becomes role=combobox (existing, never replaced). */
  input: HTMLInputElement;
  /** Accessible name of the listbox. */
  listLabel: string;
  /** Enter / click / tap on an option. */
  onChoose(option: ComboboxOption, index: number): void;
  /** Called when the person asks to open the list without typing (ArrowDown / Alt+ArrowDown on a closed list). */
  onOpenRequest?(): void;
  /** Text for the polite status when the list shows (e.g. "5 suggestions"). */
  announce(count: number): string;
  /** A polite live region to write the announcement into (else one is created and removed on destroy). */
  status?: HTMLElement;
  /** Enter on an open list with no active option chooses the first, the best match (a country list); else Enter is the form's. */
  enterChoosesFirst?: boolean;
}

/** A combobox: the owner shows options as the person types; saisie handles keys, pointer and ARIA states. */
export interface Combobox {
  /** Renders and opens (empty → closes); keeps the active option when its id is still there. */
  show(options: readonly ComboboxOption[]): void;
  close(): void;
  readonly isOpen: boolean;
  /** Removes listbox/status and restores the input's attributes exactly as before. */
  destroy(): void;
}

const MAX_OPTIONS = 500;
const MAX_TEXT = 300;
// Control characters and bidi overrides of a hostile label; each label is isolated with dir=auto instead.
const clean = (s: unknown, max = MAX_TEXT) => (typeof s === 'string' ? s.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, ' ').slice(0, max) : '');
const OWN_ATTRIBUTES = ['role', 'aria-autocomplete', 'aria-expanded', 'aria-controls', 'aria-activedescendant'] as const;
let serial = 0;

/** Makes `config.input` an APG editable combobox with list autocomplete; the owner calls `show` as the person types. */
export function createCombobox(config: ComboboxConfig): Combobox {
  const { input } = config ?? ({} as ComboboxConfig);
  if (!input || input.nodeName !== 'INPUT' || typeof config.onChoose !== 'function' || typeof config.announce !== 'function' || typeof config.listLabel !== 'string' || !config.listLabel.trim()) {
    throw new TypeError('saisie: createCombobox({ input, listLabel, onChoose, announce }) needs an <input> element, a non-empty list label and the onChoose and announce functions.');
  }
  if (config.onOpenRequest !== undefined && typeof config.onOpenRequest !== 'function') throw new TypeError('saisie: createCombobox() option onOpenRequest must be a function.');
  const doc = input.ownerDocument;
  const saved = OWN_ATTRIBUTES.map((name) => [name, input.getAttribute(name)] as const);
  let id: string;
  do id = `saisie-listbox-${++serial}`;
  while (doc.getElementById(id));

  const list = doc.createElement('ul');
  list.id = id;
  list.className = 'saisie-listbox';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', clean(config.listLabel));
  list.hidden = true;
  input.after(list);
  const ownStatus = !config.status;
  const status = config.status ?? doc.createElement('div');
  if (ownStatus) {
    status.className = 'saisie-live';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    list.after(status);
  }
  let said = '';

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);
  input.removeAttribute('aria-activedescendant');

  let options: ComboboxOption[] = [];
  let items: HTMLLIElement[] = [];
  let active = -1;
  let open = false;
  let destroyed = false;
  // ArrowDown/ArrowUp on a closed list: the owner's next `show` makes the first/last option active.
  let pending: 'first' | 'last' | undefined;
  let pressed = false;

  const setActive = (index: number) => {
    items[active]?.setAttribute('aria-selected', 'false');
    active = index >= 0 && index < items.length ? index : -1;
    const item = items[active];
    if (!item) return input.removeAttribute('aria-activedescendant');
    item.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', item.id);
    if (typeof item.scrollIntoView === 'function') {
      try {
        item.scrollIntoView({ block: 'nearest' });
      } catch {
        /* an old engine without options: the list still works */
      }
    }
  };
  const close = () => {
    pending = undefined;
    if (!open) return;
    open = false;
    setActive(-1);
    options = [];
    items = [];
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    if (status.textContent === said) status.textContent = '';
    said = '';
  };
  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    close();
    if (doc.activeElement !== input) input.focus();
    config.onChoose(option, index);
  };

  const render = (option: ComboboxOption, index: number): HTMLLIElement => {
    const li = doc.createElement('li');
    li.id = `${id}-${index}`;
    li.className = 'saisie-option';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    const label = doc.createElement('span');
    label.className = 'saisie-option-label';
    label.dir = 'auto';
    const parts = Array.isArray(option.parts) && option.parts.length ? option.parts.slice(0, 50) : [{ text: option.label, match: false }];
    let room = MAX_TEXT;
    for (const part of parts) {
      const text = clean(part && typeof part === 'object' ? part.text : '', room);
      if (!text) continue;
      room -= text.length;
      if (part.match) {
        const mark = doc.createElement('mark');
        mark.textContent = text;
        label.append(mark);
      } else label.append(doc.createTextNode(text));
      if (room <= 0) break;
    }
    li.append(label);
    const hint = clean(option.hint, 200);
    if (hint) {
      const span = doc.createElement('span');
      span.className = 'saisie-option-hint';
      span.dir = 'auto';
      span.textContent = hint;
      li.append(doc.createTextNode(' '), span);
    }
    return li;
  };

  const show = (next: readonly ComboboxOption[]) => {
    if (destroyed) return;
    const fresh = (Array.isArray(next) ? next : []).slice(0, MAX_OPTIONS).filter((o): o is ComboboxOption => Boolean(o) && typeof o === 'object');
    if (!fresh.length) return close();
    const keep = options[active]?.id;
    setActive(-1);
    options = fresh;
    items = fresh.map(render);
    list.replaceChildren(...items);
    list.hidden = false;
    open = true;
    input.setAttribute('aria-expanded', 'true');
    const want = pending;
    pending = undefined;
    setActive(want === 'first' ? 0 : want === 'last' ? items.length - 1 : keep === undefined ? -1 : options.findIndex((o) => o.id === keep));
    let text = '';
    try {
      text = clean(config.announce(fresh.length), 200);
    } catch {
      text = '';
    }
    status.textContent = text;
    said = text;
  };

  const requestOpen = (want: 'first' | 'last' | undefined) => {
    pending = want;
    try {
      config.onOpenRequest?.();
    } catch {
      pending = undefined;
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing || e.keyCode === 229 || e.defaultPrevented) return;
    const plain = !e.ctrlKey && !e.metaKey && !e.shiftKey;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!plain) return;
        const down = e.key === 'ArrowDown';
        if (e.altKey) {
          // Alt+Down opens without moving visual focus; Alt+Up closes.
          if (down ? open || !config.onOpenRequest : !open) return;
          e.preventDefault();
          if (down) requestOpen(undefined);
          else close();
          return;
        }
        if (!open) {
          if (!config.onOpenRequest) return;
          e.preventDefault();
          requestOpen(down ? 'first' : 'last');
          return;
        }
        e.preventDefault();
        const n = items.length;
        setActive(active < 0 ? (down ? 0 : n - 1) : (active + (down ? 1 : n - 1)) % n);
        return;
      }
      case 'Enter': {
        const index = active >= 0 ? active : config.enterChoosesFirst && items.length ? 0 : -1;
        if (open && index >= 0 && !e.altKey && plain) {
          e.preventDefault();
          choose(index);
        }
        return;
      }
      case 'Escape':
        // Closes only; the text the person typed stays (the APG's "clear" on a second Escape would lose it).
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
        return;
      case 'Tab':
        close();
        return;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text as usual, and visual focus goes back to the input.
        setActive(-1);
        return;
      default:
    }
  };
  // Typing hands visual focus back to the input; the owner's `show` follows.
  const onInput = () => {
    pending = undefined;
    setActive(-1);
  };
  const onBlur = () => {
    if (!pressed) close();
  };
  // Focus stays in the input while an option is pressed, so blur does not close the list under the pointer.
  const onListDown = (e: Event) => {
    if ((e as MouseEvent).button > 0) return;
    e.preventDefault();
    pressed = true;
  };
  const onDocUp = () => {
    if (!pressed) return;
    pressed = false;
    setTimeout(() => {
      if (!destroyed && doc.activeElement !== input) close();
    }, 0);
  };
  const onListClick = (e: Event) => {
    pressed = false;
    const target = e.target as Element | null;
    const item = target && typeof target.closest === 'function' ? target.closest('[role="option"]') : null;
    const index = item ? items.indexOf(item as HTMLLIElement) : -1;
    if (index >= 0) choose(index);
  };
  input.addEventListener('keydown', onKeyDown);
  input.addEventListener('input', onInput);
  input.addEventListener('blur', onBlur);
  list.addEventListener('mousedown', onListDown);
  list.addEventListener('click', onListClick);
  doc.addEventListener('mouseup', onDocUp, true);
  doc.addEventListener('touchend', onDocUp, true);

  return {
    show,
    close,
    get isOpen() {
      return open;
    },
    destroy() {
      if (destroyed) return;
      close();
      destroyed = true;
      input.removeEventListener('keydown', onKeyDown);
      input.removeEventListener('input', onInput);
      input.removeEventListener('blur', onBlur);
      list.removeEventListener('mousedown', onListDown);
      list.removeEventListener('click', onListClick);
      doc.removeEventListener('mouseup', onDocUp, true);
      doc.removeEventListener('touchend', onDocUp, true);
      list.remove();
      if (ownStatus) status.remove();
      for (const [name, value] of saved) {
        if (value === null) input.removeAttribute(name);
        else input.setAttribute(name, value);
      }
    },
  };
}
