// `saisie/vue`: useSaisieForm, the v-saisie directive and SaisieMessage over the browser's default tables
// (src/defaults.ts) and the form, verifier and interface messages. Vue is a peer dependency: only this entry imports it.
import { tables } from './defaults.js';
import { FORM_MESSAGES } from './locales/form.js';
import { VERIFY_MESSAGES } from './locales/verify.js';
import { UI_MESSAGES } from './locales/ui.js';
import type { ControlledField, ControllerTables, FormControllerOptions } from './core/form/createFormController.js';
import { useSaisieFormWith } from './vue/useSaisieForm.js';
import type { SaisieVueForm } from './vue/types.js';

const controllerTables: ControllerTables = { data: tables, form: FORM_MESSAGES, verify: VERIFY_MESSAGES, ui: UI_MESSAGES };

/** A form's fields by role (`{ email: 'email', phone: 'phone' }`), in `setup()`: per-field shallowRefs, apply, handleSubmit. */
export const useSaisieForm = (fields: Readonly<Record<string, ControlledField>> | readonly string[], options?: FormControllerOptions): SaisieVueForm => useSaisieFormWith(controllerTables, fields, options);

export { vSaisie } from './vue/vSaisie.js';
export { SaisieMessage } from './vue/SaisieMessage.js';
export { SaisieSummary } from './vue/SaisieSummary.js';
export type { SaisieFieldState, SaisieVueForm } from './vue/types.js';
export type { ControlledField, FormControllerOptions, SubmitOutcome } from './core/form/createFormController.js';
export type { FormSnapshot, FieldState } from './core/form/createForm.js';
