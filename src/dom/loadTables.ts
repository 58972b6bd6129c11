// Built-in plugin: the lazy tables a form needs (first names of its languages, full phone metadata of its
// countries, country names), loaded once each, then the rules run again with them. A missing table is silent.
import { getCivilityLanguage, loadFirstNames } from '../core/civility/index.js';
import { loadCountryNames } from '../core/country/index.js';
import { loadPhoneMetadata } from '../core/phone/loadPhoneMetadata.js';
import type { SaisieData } from '../core/data.js';
import { loadFrPostal } from '../core/postal/loadFrPostal.js';
import { getFrPostalKey } from '../core/postal/getFrPostalKey.js';
import { isFrenchPostalCountry } from '../core/postal/isFrenchPostalCountry.js';
import type { AttachContext, AttachPlugin } from './plugin.js';

/** Loads the tables the bound fields need, and again when fields or countries change; `recheck` runs the rules again. */
export function loadTables(recheck: () => void, tables: SaisieData): AttachPlugin {
  return (ctx: AttachContext) => {
    const started = new Set<string>();
    let alive = true;
    const once = (key: string, load: () => Promise<boolean>, jobs: Array<Promise<boolean>>) => {
      if (started.has(key)) return;
      started.add(key);
      jobs.push(load().catch(() => false));
    };
    // The département chunk of a French postal code typed beside a city field, for the city rule and the city fill.
    const frPostal = (jobs: Array<Promise<boolean>>) => {
      const fr = tables.frPostal;
      if (!fr) return;
      for (const f of ctx.fields()) {
        if (f.role !== 'postalCode' || !ctx.field('city', f.section)) continue;
        const c = ctx.country(f.section);
        if (![c.code, ...(c.guessed ? c.candidates : [])].some(isFrenchPostalCountry)) continue;
        const code = f.element.value;
        const key = getFrPostalKey(code);
        if (key) once(`fr-postal:${key}`, () => loadFrPostal(code, fr, fr.load ?? tables.country.load), jobs);
      }
    };
    // Once the loads started settle, the rules run again if any table came.
    const settle = (jobs: Array<Promise<boolean>>) => {
      if (jobs.length) void Promise.all(jobs).then((loaded) => alive && loaded.some(Boolean) && recheck());
    };
    const run = () => {
      const jobs: Array<Promise<boolean>> = [];
      const fields = ctx.fields();
      const languages = new Set([ctx.locale.slice(0, 2).toLowerCase()]);
      for (const f of fields) {
        if (f.role === 'civility') {
          const texts = f.element instanceof HTMLSelectElement ? Array.from(f.element.options, (o) => o.text) : f.group ? f.group.map((r) => r.value) : [f.element.value];
          for (const t of texts.slice(0, 50)) languages.add(getCivilityLanguage(t, tables.civility) ?? '');
        }
        if (f.role === 'phone') {
          const c = ctx.country(f.section);
          for (const cc of [c.code, ...c.candidates].slice(0, 4)) if (cc) once(`phone:${cc}`, () => loadPhoneMetadata(cc, tables.phone), jobs);
        }
      }
      if (fields.some((f) => f.role === 'firstName')) for (const lang of languages) if (lang) once(`names:${lang}`, () => loadFirstNames(lang, tables.civility), jobs);
      // Country fields may hold names ("Suisse", "United States") in the page's language or in English.
      if (fields.some((f) => f.role === 'country')) for (const lang of [...languages, 'en']) if (lang) once(`countries:${lang}`, () => loadCountryNames(lang, tables.country), jobs);
      frPostal(jobs);
      settle(jobs);
    };
    run();
    const offFields = ctx.onFieldsChange(run);
    // A country chosen later needs its phone metadata: look again only when a country field changes.
    let countries = '';
    // (run() also looks for the département chunk of a postal code typed or filled later.)
    const offStore = ctx.store.subscribe(() => {
      const values = ctx.store.getSnapshot().values;
      const now = ctx.fields().filter((f) => f.role === 'country').map((f) => values[f.key]).join('\n');
      if (now === countries) {
        const jobs: Array<Promise<boolean>> = [];
        frPostal(jobs);
        return settle(jobs);
      }
      countries = now;
      run();
    });
    return () => {
      alive = false;
      offFields();
      offStore();
    };
  };
}
