// Field discovery: WHATWG autocomplete tokens first, then the input type, then the name/id.

/** What a field is for, as far as saisie's rules are concerned. */
export type FieldRole =
  | 'civility' | 'firstName' | 'lastName' | 'email' | 'phone' | 'country' | 'postalCode'
  | 'addressLine1' | 'addressLine2' | 'addressLine3' | 'locality' | 'region' | 'organization';

/** A control saisie found, its role and the autocomplete section it belongs to ('' when none). */
export interface FoundField {
  element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  role: FieldRole;
  section: string;
}

const BY_TOKEN: Readonly<Record<string, FieldRole>> = {
  'honorific-prefix': 'civility',
  'given-name': 'firstName',
  'family-name': 'lastName',
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  country: 'country',
  'country-name': 'country',
  'postal-code': 'postalCode',
  'address-line1': 'addressLine1',
  'street-address': 'addressLine1',
  'address-line2': 'addressLine2',
  'address-line3': 'addressLine3',
  'address-level2': 'locality',
  'address-level1': 'region',
  organization: 'organization',
};
const BY_TYPE: Readonly<Record<string, FieldRole>> = { email: 'email', tel: 'phone' };
// Last resort, on name or id; kept short and anchored so they cannot backtrack.
const BY_NAME: ReadonlyArray<[RegExp, FieldRole]> = [
  [/^(?:e-?mail|courriel|mail)$/i, 'email'],
  [/^(?:tel|t[eé]l[eé]phone|phone|mobile|portable)$/i, 'phone'],
  [/^(?:postal-?code|post-?code|zip|zip-?code|cp|code-?postal)$/i, 'postalCode'],
  [/^(?:country|pays)$/i, 'country'],
  [/^(?:civility|civilit[eé]|title|salutation|honorific)$/i, 'civility'],
  [/^(?:first-?name|given-?name|pr[eé]nom)$/i, 'firstName'],
  [/^(?:last-?name|family-?name|surname|nom)$/i, 'lastName'],
];

/** Splits an autocomplete attribute into its section (`section-*`, shipping, billing) and its field token. */
export function parseAutocomplete(value: string | null): { section: string; token: string } {
  const tokens = (value ?? '').toLowerCase().trim().split(/\s+/).slice(0, 6);
  const parts: string[] = [];
  let token = '';
  for (const t of tokens) {
    if (t.startsWith('section-') || t === 'shipping' || t === 'billing') parts.push(t);
    else if (t in BY_TOKEN) token = t;
  }
  return { section: parts.join(' '), token };
}

/** Finds the controls of a form that saisie knows how to check; `data-saisie-role` overrides, `data-saisie="off"` skips. */
export function findFields(form: HTMLFormElement): FoundField[] {
  const found: FoundField[] = [];
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
    if (el.dataset.saisie === 'off' || (el instanceof HTMLInputElement && /^(?:hidden|submit|button|reset|checkbox|radio|file|image|password)$/.test(el.type))) continue;
    const { section, token } = parseAutocomplete(el.getAttribute('autocomplete'));
    const override = el.dataset.saisieRole as FieldRole | undefined;
    let role: FieldRole | undefined = override && Object.values(BY_TOKEN).includes(override) ? override : BY_TOKEN[token];
    if (!role && el instanceof HTMLInputElement) role = BY_TYPE[el.type];
    if (!role) {
      const label = el.name || el.id;
      role = BY_NAME.find(([re]) => re.test(label))?.[1];
    }
    if (role) found.push({ element: el, role, section });
  }
  return found;
}
