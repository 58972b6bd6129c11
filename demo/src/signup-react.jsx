// The demo's signup form with saisie/react (compiled by scripts/build-demo.mjs into demo/build/signup-react.js).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SaisieMessage, SaisieSummary, useSaisieForm } from 'saisie/react';
import { CIVILITIES, COUNTRIES, FIELDS, createDemoVerifier, submitValues } from './signup.js';

const verifySwitch = document.querySelector('input[name="verify"]');
const verifier = createDemoVerifier(() => verifySwitch?.checked !== false);

function Field({ form, name, label, optional, ...input }) {
  const invalid = form.visible(name).some((i) => i.severity === 'error');
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={name}>{label}{optional && <span className="opt"> (optional)</span>}</label>
      <input id={name} {...input} {...form.field(name)} />
      <SaisieMessage form={form} name={name} />
    </div>
  );
}

function Signup() {
  const form = useSaisieForm(FIELDS, { locale: 'en', values: { country: 'FR' }, verifier });
  const [company, setCompany] = useState(false);
  return (
    <form id="signup" noValidate onSubmit={form.handleSubmit(submitValues)}>
      <SaisieSummary form={form} />
      <div className="field">
        <label htmlFor="civility">Title <span className="opt">(optional)</span></label>
        <select id="civility" autoComplete="honorific-prefix" {...form.field('civility')}>
          <option value=""></option>
          {CIVILITIES.map((c) => <option key={c}>{c}</option>)}
        </select>
      </div>
      <Field form={form} name="given-name" label="First name" autoComplete="given-name" />
      <Field form={form} name="family-name" label="Last name" autoComplete="family-name" />
      <Field form={form} name="email" label="Email address" type="email" autoComplete="email" spellCheck="false" autoCapitalize="off" />
      <Field form={form} name="tel" label="Mobile phone number" type="tel" autoComplete="mobile tel" />
      <div className="field">
        <label htmlFor="country">Country</label>
        <select id="country" autoComplete="country" {...form.field('country')}>
          {COUNTRIES.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
        </select>
      </div>
      <Field form={form} name="address-line1" label="Street address" autoComplete="address-line1" />
      <Field form={form} name="postal-code" label="Postal code" autoComplete="postal-code" />
      <Field form={form} name="city" label="City" autoComplete="address-level2" />
      <div className="field check">
        <label><input type="checkbox" id="for-company" checked={company} onChange={(e) => setCompany(e.target.checked)} /> I sign up for a company</label>
      </div>
      {company && <Field form={form} name="organization" label="Company name" autoComplete="organization" />}
      <button type="submit">Create account</button>
    </form>
  );
}

createRoot(document.getElementById('app')).render(<StrictMode><Signup /></StrictMode>);
