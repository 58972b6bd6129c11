// `saisie/react`: useSaisieForm, SaisieMessage and usePhoneInput over the browser's default tables (src/defaults.ts)
// and the form, verifier and interface messages. React is a peer dependency: only this entry imports it.
import type { ChangeEvent } from 'react';
import { tables } from './defaults.js';
import { FORM_MESSAGES } from './locales/form.js';
import { VERIFY_MESSAGES } from './locales/verify.js';
import { UI_MESSAGES } from './locales/ui.js';
import { formatPhoneAsYouType } from './core/phone/formatPhoneAsYouType.js';
import type { ControlledField, ControllerTables, FormControllerOptions } from './core/form/createFormController.js';
import { useSaisieFormWith } from './react/useSaisieForm.js';
import type { SaisieReactForm } from './react/types.js';
import { usePhoneInputWith } from './react/usePhoneInput.js';

const controllerTables: ControllerTables = { data: tables, form: FORM_MESSAGES, verify: VERIFY_MESSAGES, ui: UI_MESSAGES };

/** A form's fields by role (`{ email: 'email', phone: { role: 'phone', required: true } }`): props for inputs, state, apply, handleSubmit. */
export const useSaisieForm = (fields: Readonly<Record<string, ControlledField>> | readonly string[], options?: FormControllerOptions): SaisieReactForm => useSaisieFormWith(controllerTables, fields, options);
/** As-you-type phone formatting for an uncontrolled input: `<input {...usePhoneInput({ ...register('phone'), country: 'FR' })} />`. */
export const usePhoneInput = <P extends { onChange?(event: ChangeEvent<HTMLInputElement>): unknown }>(props: P & { country?: string }): Omit<P, 'country'> =>
  usePhoneInputWith((text, country) => formatPhoneAsYouType(text, country, tables.phone), props);

export { SaisieMessage } from './react/SaisieMessage.js';
export { SaisieSummary } from './react/SaisieSummary.js';
export type { FieldKind, SaisieFieldProps, SaisieReactForm } from './react/types.js';
export type { ControlledField, FormControllerOptions, SubmitOutcome } from './core/form/createFormController.js';
export type { FormSnapshot, FieldState } from './core/form/createForm.js';
