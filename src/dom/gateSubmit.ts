// The submit side of attach: the core gate's decision applied in the DOM (summary, ids for its links, the
// `saisie:submit` event, values written back on request), and what `saisie:submit` and `values()` carry.
import type { FormStore } from '../core/form/createForm.js';
import { decideSubmit, REPEAT_SUBMIT_MS } from '../core/form/submitGate.js';
import { NORMALIZING_ROLES, submittedValue } from '../core/form/fieldRoles.js';
import type { Issue } from '../core/types.js';
import type { SubmitVerdict } from './bindSubmit.js';
import { collectValues } from './collectValues.js';
import type { ErrorSummary } from './createErrorSummary.js';
import type { FieldRegistry } from './createFieldRegistry.js';
import type { SubmitDetail } from './types.js';
import { writeValue } from './writeValue.js';


/** What the submit gate of a form does, and what it carries. */
export interface SubmitGate {
  decide(event: SubmitEvent, resumed: boolean): SubmitVerdict;
  collect(submitter?: HTMLElement | null): SubmitDetail;
  destroy(): void;
}

/** Creates the gate of `form` over its registry and store. */
export function createSubmitGate(o: {
  form: HTMLFormElement;
  store: FormStore;
  registry: FieldRegistry;
  summary: ErrorSummary;
  t(key: string): string;
  replaceValues: boolean;
  /** How long a submit waits for pending verifications before it goes on without them (ms). */
  waitMs: number;
}): SubmitGate {
  const { form, store, registry, summary, t } = o;
  const addedIds: HTMLElement[] = [];
  let acknowledged = '';
  let askedAt = -Infinity; // when the warnings were last asked about
  let destroyed = false;

  // Every named field of a normalizing rule, in document order: its normalized value when valid, else as typed.
  // Callers bring the store up to date first (collect, or the submit's settleAll).
  const normalizedValues = () => {
    const snap = store.getSnapshot();
    return registry
      .fields()
      .filter((b) => NORMALIZING_ROLES.has(b.role) && b.element.name && !b.element.disabled)
      .map((b) => ({ name: b.element.name, value: submittedValue(b.role, snap.fields[b.key], registry.valueOf(b)), element: b.element }));
  };
  const collect = (submitter?: HTMLElement | null): SubmitDetail => {
    registry.current();
    const snap = store.getSnapshot();
    const issues = Object.create(null) as Record<string, Issue[]>;
    for (const b of registry.fields()) issues[b.element.name || b.element.id || b.key] = [...(snap.fields[b.key]?.issues ?? [])];
    return { ...collectValues(form, submitter, normalizedValues()), issues };
  };
  const ensureId = (el: HTMLElement) => {
    if (el.id) return;
    el.id = `saisie-field-${Math.random().toString(36).slice(2, 10)}`;
    addedIds.push(el);
  };

  return {
    collect,
    decide(e, resumed) {
      // A submitter with `formnovalidate` ("Save draft") skips validation natively: saisie's too.
      if (destroyed || (e.submitter as HTMLButtonElement | null)?.formNoValidate) return 'pass';
      // The second click of a double-click is not the person's answer to warnings they have not read yet.
      if (!resumed && Date.now() - askedAt < REPEAT_SUBMIT_MS) return 'block';
      let validating: Promise<unknown> | undefined;
      if (!resumed) {
        registry.settleAll();
        validating = store.validate(); // sync rules apply at once; only verifiers stay pending
      }
      registry.render(true);
      // A resumed submit has waited (up to waitMs): a verification still pending no longer holds it (a valid form must go).
      const gate = decideSubmit(store.getSnapshot(), acknowledged, resumed);
      if (gate.action === 'wait') {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const bound = new Promise((resolve) => (timer = setTimeout(resolve, o.waitMs)));
        return { wait: Promise.race([validating ?? store.validate(), bound]).finally(() => clearTimeout(timer)) };
      }
      if (gate.action !== 'pass') {
        for (const b of registry.fields()) if (b.visible.length) ensureId(b.element);
        if (gate.action === 'confirm') {
          acknowledged = gate.signature; // warnings ask once: the next submit goes through
          askedAt = Date.now();
        }
        const blocked = gate.action === 'block';
        summary.show(blocked ? 'errors' : 'warnings', t(blocked ? 'ui.summary.errors' : 'ui.summary.warnings'), blocked ? '' : t('ui.summary.warnings-hint'));
        return 'block';
      }
      summary.hide();
      const event = new CustomEvent<SubmitDetail>('saisie:submit', { detail: collect(e.submitter), cancelable: true, bubbles: true });
      if (!form.dispatchEvent(event)) e.preventDefault(); // the page submits itself; other listeners still see the event
      else if (o.replaceValues) {
        // Announced with `change` only: as-you-type formatting must not reformat the E.164 number written here.
        for (const n of normalizedValues()) if (n.element.value !== n.value) writeValue(n.element, n.value, { input: false, change: true });
      }
      return 'pass';
    },
    destroy() {
      destroyed = true;
      for (const el of addedIds) el.removeAttribute('id');
    },
  };
}
