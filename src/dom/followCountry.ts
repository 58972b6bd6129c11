// Opt-in plugin: the address fields follow the chosen country: its order, labels in the page's language, required
// set, a <select> of its sub-regions; fields it does not use hidden. Typed values are never cleared, and cleanup
// puts back exactly what it changed (order, label texts, attributes), so `destroy()` leaves the form as it was.
import type { SaisieData } from '../core/data.js';
import type { Catalogs } from '../core/messages.js';
import type { DataLoader } from '../core/types.js';
import { getAddressLayout, type AddressLayoutEntry } from '../core/address/getAddressLayout.js';
import { getAddressLabel } from '../core/address/getAddressLabel.js';
import { parseSubregions, type Subregion } from '../core/address/parseSubregions.js';
import { loadTable } from '../core/loadTable.js';
import { ADDRESS_LABELS } from '../locales/address-labels.js';
import type { AttachContext, AttachPlugin, BoundField } from './plugin.js';

/** Options of `followCountry`. */
export interface FollowCountryOptions {
  /** Loader of the `subregions` tables; default: the one `setDataLoader` gave the tables. */
  load?: DataLoader;
  /** Label catalogs replacing saisie's (`src/locales/address-labels.ts` keys, `key@CC` for a country's own word). */
  labels?: Catalogs;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
// `kept`: what the input held that none of this country's choices is (a region of the previous country), put back when the select goes.
type RegionSelect = { select: HTMLSelectElement; input: Control; country: string; off: () => void; kept?: string };
interface Section {
  fields: BoundField[];
  wrappers: Map<Control, Element>;
  /** Wrappers in their original document order. */
  order: Element[];
  attrs: Map<Element, Map<string, string | null>>;
  texts: Map<Text, string>;
  region?: RegionSelect;
}

// Which layout entry places a field of each role (the layout's address line 2 also places a third line).
const PLACED_BY: Readonly<Record<string, AddressLayoutEntry['field']>> = {
  addressLine1: 'addressLine1', addressLine2: 'addressLine2', addressLine3: 'addressLine2', city: 'city', region: 'region', postalCode: 'postalCode',
};
const SKIP_TEXT = 'select,option,textarea,button,abbr,[aria-hidden="true"],.required,[class^="saisie-"],[class*=" saisie-"]';
const CACHES = new WeakMap<object, Map<string, Subregion[] | null>>();
let ids = 0;

const fold = (s: string) => s.slice(0, 200).normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

function labelOf(el: Control): HTMLElement | undefined {
  const label = el.labels?.[0];
  if (label) return label;
  const id = (el.getAttribute('aria-labelledby') ?? '').trim().split(/\s+/)[0];
  const found = id ? el.ownerDocument.getElementById(id) : null;
  return found ?? undefined;
}

/** The closest ancestor holding the field and its label but no other bound field, widened through single-child wrappers; else the field. */
function wrapperOf(el: Control, label: Element | undefined, others: readonly Element[], form: Element): Element {
  const clean = (node: Element) => !others.some((o) => o !== el && node.contains(o));
  let w: Element = el;
  if (label && !el.contains(label)) {
    let up: Element | null = el;
    while (up && up !== form && !up.contains(label)) up = up.parentElement;
    w = up && up !== form && form.contains(up) && clean(up) ? up : el;
  }
  for (let p = w.parentElement; p && p !== form && form.contains(p) && p.childElementCount === 1 && clean(p); p = p.parentElement) w = p;
  return w;
}

/** The label's own words: its first text node with a letter or digit, outside controls and required markers. */
function labelText(label: Element): Text | undefined {
  const walker = label.ownerDocument.createTreeWalker(label, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && parent !== label && parent.closest(SKIP_TEXT) && label.contains(parent.closest(SKIP_TEXT))) continue;
    if (/[\p{L}\p{N}]/u.test(n.nodeValue ?? '')) return n as Text;
  }
  return undefined;
}

/** `words` with the spaces around `was` and its closing colon ("City: " → "Ville: "). */
function keepEdges(was: string, words: string): string {
  let a = 0;
  while (a < was.length && /\s/.test(was[a]!)) a++;
  let b = was.length;
  while (b > a && /[\s:]/.test(was[b - 1]!)) b--;
  return was.slice(0, a) + words + was.slice(b);
}

/** Puts `desired` into the places the same elements hold now (document order), leaving everything else where it is. */
function place(desired: readonly Element[]): void {
  const live = desired.filter((w) => w.isConnected);
  const now = [...live].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  if (now.every((w, i) => w === live[i])) return;
  const doc = live[0]!.ownerDocument;
  const marks = now.map((w) => {
    const m = doc.createComment('');
    w.before(m);
    return m;
  });
  live.forEach((w, i) => marks[i]!.replaceWith(w));
}

/** The plugin that lays the address fields out for the chosen country (with `layout: true` or `data-saisie-layout`). */
export function followCountry(tables: SaisieData, options: FollowCountryOptions = {}): AttachPlugin {
  const labels = options.labels ?? ADDRESS_LABELS;
  return (ctx: AttachContext) => {
    const doc = ctx.form.ownerDocument;
    let alive = true;
    let cache = CACHES.get(tables.address);
    if (!cache) CACHES.set(tables.address, (cache = new Map()));
    const subregions = cache;
    const sections = new Map<string, Section>();

    const setAttr = (s: Section, el: Element, name: string, value: string | null) => {
      let saved = s.attrs.get(el);
      if (!saved) s.attrs.set(el, (saved = new Map()));
      if (!saved.has(name)) saved.set(name, el.getAttribute(name));
      if (el.getAttribute(name) === value) return;
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    };
    const resetAttr = (s: Section, el: Element, name: string) => {
      const saved = s.attrs.get(el);
      if (saved?.has(name)) setAttr(s, el, name, saved.get(name)!);
    };

    const dropRegion = (s: Section) => {
      const r = s.region;
      if (!r) return;
      r.off();
      r.select.remove();
      resetAttr(s, r.input, 'hidden');
      resetAttr(s, r.input, 'data-saisie-layout-hidden');
      s.region = undefined;
      if (r.kept && !r.input.value) ctx.write(r.input, r.kept);
    };

    const restore = (s: Section) => {
      dropRegion(s);
      for (const [text, value] of s.texts) if (text.nodeValue !== value) text.nodeValue = value;
      for (const [el, saved] of s.attrs) for (const [name, value] of saved) {
        if (el.getAttribute(name) === value) continue;
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
      }
      if (s.order.length) place(s.order);
    };

    const syncSelect = (r: RegionSelect, list: readonly Subregion[]) => {
      const v = fold(r.input.value);
      const hit = v ? list.find((x) => fold(x.key) === v || fold(x.name) === v || (x.isoid !== undefined && fold(x.isoid) === v)) : undefined;
      const want = hit ? hit.key : '';
      if (r.select.value !== want) r.select.value = want;
    };

    const showRegion = (s: Section, input: Control, entry: AddressLayoutEntry, country: string, list: readonly Subregion[], label: HTMLElement | undefined) => {
      if (s.region && (s.region.input !== input || s.region.country !== country)) dropRegion(s);
      let r = s.region;
      if (!r) {
        const select = doc.createElement('select');
        select.className = 'saisie-region-select';
        select.setAttribute('data-saisie', 'off'); // not a field of its own: the input it writes to is
        select.id = `saisie-region-${++ids}`;
        if (label) {
          if (!label.id) setAttr(s, label, 'id', `saisie-region-label-${ids}`);
          select.setAttribute('aria-labelledby', label.id);
        } else if (input.getAttribute('aria-label')) select.setAttribute('aria-label', input.getAttribute('aria-label')!);
        const token = input.getAttribute('autocomplete');
        if (token) select.setAttribute('autocomplete', token);
        const empty = doc.createElement('option');
        empty.value = '';
        select.append(empty);
        for (const x of list) {
          const o = doc.createElement('option');
          o.value = x.key;
          o.textContent = x.name;
          select.append(o);
        }
        input.after(select);
        // Both marks: `hidden` alone loses to a theme's `.form-control { display: block }` (saisie.css).
        setAttr(s, input, 'hidden', '');
        setAttr(s, input, 'data-saisie-layout-hidden', '');
        const created: RegionSelect = { select, input, country, off: () => undefined };
        const onChoice = () => ctx.write(input, select.value);
        const onTyped = () => syncSelect(created, list);
        select.addEventListener('change', onChoice);
        input.addEventListener('input', onTyped);
        input.addEventListener('change', onTyped);
        // A hidden input cannot take focus: the error summary's link (and the site's code) reach the select instead.
        const ownFocus = Object.getOwnPropertyDescriptor(input, 'focus');
        Object.defineProperty(input, 'focus', { configurable: true, writable: true, value: (o?: FocusOptions) => select.focus(o) });
        created.off = () => {
          select.removeEventListener('change', onChoice);
          input.removeEventListener('input', onTyped);
          input.removeEventListener('change', onTyped);
          if (ownFocus) Object.defineProperty(input, 'focus', ownFocus);
          else delete (input as { focus?: unknown }).focus;
        };
        s.region = r = created;
        syncSelect(r, list);
        // What none of this country's choices is stays out of the post while the select stands in (it is put back after).
        if (!select.value && input.value.trim()) {
          created.kept = input.value;
          ctx.write(input, '');
        }
      }
      r.select.required = entry.required;
      if (entry.required) r.select.setAttribute('aria-required', 'true');
      else r.select.removeAttribute('aria-required');
      syncSelect(r, list);
    };

    const need = (country: string) => {
      const load = options.load ?? (tables.address as { load?: DataLoader }).load ?? tables.country.load;
      if (subregions.has(country) || !load) return;
      subregions.set(country, null);
      void loadTable(load, 'subregions', country).then((value) => {
        const list = parseSubregions(value);
        if (!list) return;
        subregions.set(country, list);
        if (alive) run();
      });
    };

    const record = (fields: BoundField[]): Section => {
      const all = ctx.fields().flatMap((f) => [f.element as Element, ...((f.group ?? []) as readonly unknown[] as Element[])]);
      const s: Section = { fields, wrappers: new Map(), order: [], attrs: new Map(), texts: new Map() };
      for (const f of fields) {
        const el = f.element as Control;
        s.wrappers.set(el, wrapperOf(el, labelOf(el), all, ctx.form as Element));
        // Pinned, so that a new label ("Suburb") never makes discovery lose the field's role.
        if (!el.hasAttribute('data-saisie-role')) setAttr(s, el, 'data-saisie-role', f.role);
      }
      s.order = [...new Set(s.wrappers.values())].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      return s;
    };

    const apply = (s: Section, country: string, layout: readonly AddressLayoutEntry[]) => {
      const list = subregions.get(country);
      if (list === undefined) need(country);
      const entries = new Map(layout.map((e) => [e.field, e] as const));
      const visible: Element[] = [];
      const hidden: Element[] = [];
      const rank = (f: BoundField) => layout.findIndex((e) => e.field === PLACED_BY[f.role]) * 4 + (f.role === 'addressLine3' ? 1 : 0);
      let region = false;
      for (const f of [...s.fields].sort((a, b) => rank(a) - rank(b))) {
        const el = f.element as Control;
        if (!el.isConnected) continue;
        const wrapper = s.wrappers.get(el) ?? el;
        const entry = entries.get(PLACED_BY[f.role]!);
        const label = labelOf(el);
        (entry ? visible : hidden).push(wrapper);
        setAttr(s, wrapper, 'hidden', entry ? null : '');
        setAttr(s, wrapper, 'data-saisie-layout-hidden', entry ? null : '');
        if (label && !wrapper.contains(label) && !label.contains(wrapper)) setAttr(s, label, 'hidden', entry ? null : '');
        const required = !!entry?.required && f.role !== 'addressLine3';
        setAttr(s, el, 'required', required ? '' : null);
        if (el.hasAttribute('aria-required')) setAttr(s, el, 'aria-required', required ? 'true' : 'false');
        if (entry && label && f.role !== 'addressLine3') {
          const words = getAddressLabel(entry.label, country, ctx.locale, labels);
          const text = labelText(label);
          if (words && text) {
            if (!s.texts.has(text)) s.texts.set(text, text.nodeValue ?? '');
            const next = keepEdges(s.texts.get(text)!, words);
            if (text.nodeValue !== next) text.nodeValue = next;
          }
        }
        if (entry && f.role === 'region' && list && !region && el.localName !== 'select') {
          region = true;
          showRegion(s, el, entry, country, list, label);
        }
      }
      if (!region) dropRegion(s);
      const desired = [...new Set([...visible, ...hidden])];
      if (desired.length) place(desired);
    };

    const run = () => {
      const bySection = new Map<string, BoundField[]>();
      for (const f of ctx.fields()) {
        if (!Object.prototype.hasOwnProperty.call(PLACED_BY, f.role)) continue;
        const list = bySection.get(f.section) ?? [];
        list.push(f);
        bySection.set(f.section, list);
      }
      for (const [section, s] of sections) {
        const now = bySection.get(section) ?? [];
        if (now.length !== s.fields.length || now.some((f, i) => f.element !== s.fields[i]!.element || f.role !== s.fields[i]!.role)) {
          try { restore(s); } catch { /* a field removed mid-way: what is left is put back */ }
          sections.delete(section);
        }
      }
      for (const [section, fields] of bySection) {
        try {
          const c = ctx.field('country', section) ? ctx.country(section) : undefined;
          const layout = c?.code && !c.guessed ? getAddressLayout(c.code, tables.address) : undefined;
          let s = sections.get(section);
          if (!layout) {
            if (s) restore(s);
            sections.delete(section);
            continue;
          }
          if (!s) sections.set(section, (s = record(fields)));
          apply(s, c!.code!.toUpperCase(), layout);
        } catch {
          // Odd markup (a field detached between two runs…): leave this section as it is.
        }
      }
    };

    const countryValues = () => {
      const values = ctx.store.getSnapshot().values;
      return ctx.fields().filter((f) => f.role === 'country').map((f) => `${values[f.key] ?? ''}`).join('\n');
    };
    run();
    const offFields = ctx.onFieldsChange(run);
    let countries = countryValues();
    const offStore = ctx.store.subscribe(() => {
      const now = countryValues();
      if (now !== countries) {
        countries = now;
        run();
      }
    });
    return () => {
      alive = false;
      offFields();
      offStore();
      for (const s of sections.values()) {
        try { restore(s); } catch { /* see above */ }
      }
      sections.clear();
    };
  };
}
