// saisie/schema plugged into React Hook Form's Standard Schema resolver and TanStack Form, without glue.
import { describe, expect, it } from 'vitest';
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { FormApi } from '@tanstack/form-core';
import type { StandardSchemaV1 as SpecSchema } from '@standard-schema/spec';
import { email, phone, postalCode, saisieSchema } from '../src/schema.js';

// saisie declares the interface itself (no runtime or type dependency); it must stay assignable to the spec's own.
const asSpec: SpecSchema<string, string> = email();
void asSpec;

const fields = { email: 'email', phone: 'phone', postalCode: 'postalCode', country: 'country' } as const;
const good = { email: ' Marie@Example.com ', phone: '06 12 34 56 78', postalCode: '75001', country: 'fr', newsletter: 'yes' };
const bad = { email: 'marie@', phone: '06 12', postalCode: '7500', country: 'FR', newsletter: 'yes' };

describe('saisie/schema entry', () => {
  it('binds the default tables', () => {
    expect(email()['~standard'].validate('a@B.FR')).toEqual({ value: 'a@b.fr' });
    expect(phone({ country: 'DE' })['~standard'].validate('030 123456')).toHaveProperty('value', '+4930123456');
    expect(postalCode('NL')['~standard'].validate('1234ab')).toEqual({ value: '1234 AB' });
  });
});

describe('React Hook Form (standardSchemaResolver)', () => {
  const resolver = standardSchemaResolver(saisieSchema(fields, { countryField: 'country', locale: 'fr' }));
  const options = { fields: {}, shouldUseNativeValidation: false } as const;
  it('hands the normalized values to onValid', async () => {
    const r = await resolver(good, undefined, options);
    expect(r.errors).toEqual({});
    expect(r.values).toEqual({ email: 'Marie@example.com', phone: '+33612345678', postalCode: '75001', country: 'FR', newsletter: 'yes' });
  });
  it('keys the errors by field, with the localized messages', async () => {
    const r = await resolver(bad, undefined, options);
    expect(r.values).toEqual({});
    expect(Object.keys(r.errors).sort()).toEqual(['email', 'phone', 'postalCode']);
    expect(r.errors.postalCode?.message).toMatch(/\S/);
    const en = await standardSchemaResolver(saisieSchema(fields, { countryField: 'country' }))(bad, undefined, options);
    expect(en.errors.postalCode?.message).not.toBe(r.errors.postalCode?.message);
  });
});

describe('TanStack Form (form-core)', () => {
  // The schema's types name its fields only (other keys pass through at run time): the form's values here are those fields.
  const make = ({ newsletter: _, ...defaultValues }: typeof good, submitted: unknown[]) => {
    const schema = saisieSchema(fields, { countryField: 'country' });
    const form = new FormApi({
      defaultValues,
      validators: { onSubmit: schema },
      // TanStack Form validates with the schema and submits the values as typed: the normalized ones are the schema's output.
      onSubmit: ({ value }) => {
        const r = schema['~standard'].validate(value);
        if (!(r instanceof Promise) && !r.issues) submitted.push(r.value);
      },
    });
    form.mount();
    return form;
  };
  it('submits valid values, normalized through the schema', async () => {
    const submitted: unknown[] = [];
    const form = make(good, submitted);
    await form.handleSubmit();
    expect(form.state.isValid).toBe(true);
    expect(submitted).toEqual([{ email: 'Marie@example.com', phone: '+33612345678', postalCode: '75001', country: 'FR' }]);
  });
  it('blocks the submit and puts each issue on its field', async () => {
    const submitted: unknown[] = [];
    const form = make(bad, submitted);
    await form.handleSubmit();
    expect(submitted).toEqual([]);
    expect(form.state.isValid).toBe(false);
    for (const name of ['email', 'phone', 'postalCode'] as const) {
      expect(form.getFieldMeta(name)?.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/\S/), path: [name] })]);
    }
    expect(form.getFieldMeta('country')?.errors ?? []).toEqual([]);
  });
});
