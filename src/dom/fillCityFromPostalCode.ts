// Plugin: a valid French postal code that names exactly one city fills the city field ("75011" → "Paris"),
// through the value-writing path frameworks follow. It writes only into an empty city field, or one still holding
// what it wrote itself: what a person typed is never overwritten. Data: the `fr-postal` chunks (src/data/SOURCES.md).
import type { SaisieData } from '../core/data.js';
import { getCityForPostalCode } from '../core/postal/getCityForPostalCode.js';
import { getCommunesForPostalCode } from '../core/postal/getCommunesForPostalCode.js';
import { isFrenchPostalCountry } from '../core/postal/isFrenchPostalCountry.js';
import { loadFrPostal } from '../core/postal/loadFrPostal.js';
import type { FieldElement } from './globals.js';
import type { AttachContext, AttachPlugin } from './plugin.js';

/** Options of `fillCityFromPostalCode`. */
export interface FillCityOptions {
  /** Load a département's chunk when none is there (default true; false: use only the chunks already loaded). */
  load?: boolean;
}

/** Fills the city from a valid French postal code when its table names exactly one commune, never over a person's text. */
export function fillCityFromPostalCode(tables: SaisieData, options: FillCityOptions = {}): AttachPlugin {
  return (ctx: AttachContext) => {
    const fr = tables.frPostal;
    if (!fr) return;
    let alive = true;
    // What this plugin last wrote into each city field, and the postal code it last decided for (once per code).
    const wrote = new WeakMap<FieldElement, string>();
    const decided = new WeakMap<FieldElement, string>();
    const fill = () => {
      if (!alive) return;
      const snap = ctx.store.getSnapshot();
      for (const f of ctx.fields()) {
        if (f.role !== 'postalCode') continue;
        const city = ctx.field('city', f.section)?.element;
        const state = snap.fields[f.key];
        // Valid for the store means the rule has checked this very value (not one still being typed).
        if (!city || city instanceof HTMLSelectElement || !state?.valid || state.value !== f.element.value || decided.get(f.element) === state.value) continue;
        const c = ctx.country(f.section);
        if (!isFrenchPostalCountry(c.code) && !(c.guessed && c.candidates.some(isFrenchPostalCountry))) continue;
        const code = state.normalized || state.value;
        const communes = getCommunesForPostalCode(code, fr);
        if (!communes) {
          if (options.load !== false) void loadFrPostal(code, fr, fr.load ?? tables.country.load).then((ok) => ok && fill());
          continue;
        }
        if (busy(city)) continue;
        decided.set(f.element, state.value);
        const name = getCityForPostalCode(code, fr);
        const now = city.value;
        if (!name || (now.trim() !== '' && now !== wrote.get(city)) || now === name) continue;
        // Written after the store's notification, not inside it; and not if the person typed in the meantime.
        void Promise.resolve().then(() => {
          if (!alive || city.value !== now || busy(city)) return;
          wrote.set(city, name);
          ctx.write(city, name);
          // Filled under the person's focus (they tabbed in before it came): selected, so what they type replaces it.
          if (city.ownerDocument.activeElement === city && city instanceof HTMLInputElement) city.select();
        });
      }
    };
    // A city the person is typing in (a key pressed since it took focus) is theirs: a late write under their keys
    // would mix both ("Pari" + "Paris"). Tabbing into an empty city still finds it filled (and selected).
    const keyed = new WeakSet<EventTarget>();
    const onKey = (e: Event) => e.target && keyed.add(e.target);
    const onFocus = (e: Event) => e.target && keyed.delete(e.target);
    const busy = (city: FieldElement) => city.ownerDocument.activeElement === city && keyed.has(city);
    ctx.form.addEventListener('keydown', onKey, true);
    ctx.form.addEventListener('focusin', onFocus);
    const off = ctx.store.subscribe(fill);
    fill();
    return () => {
      alive = false;
      off();
      ctx.form.removeEventListener('keydown', onKey, true);
      ctx.form.removeEventListener('focusin', onFocus);
    };
  };
}
