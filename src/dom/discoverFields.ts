// Field discovery: data-saisie-role, then WHATWG autocomplete tokens, then type, then name/id words, then label text.

/** What a field is for, as far as saisie's rules are concerned. */
export type FieldRole =
  | 'civility' | 'firstName' | 'lastName' | 'email' | 'phone' | 'country' | 'postalCode'
  | 'addressLine1' | 'addressLine2' | 'addressLine3' | 'city' | 'region' | 'organization';

/** A control saisie found, its role and its section ('billing', 'section-gift shipping', '' when none). */
export interface FoundField {
  element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  role: FieldRole;
  section: string;
}

type Control = FoundField['element'];

// Most specific first: when a text names several roles ("E-mail address", "Pays / région"), the earliest wins.
const ROLE_ORDER: readonly FieldRole[] = [
  'email', 'phone', 'postalCode', 'addressLine2', 'addressLine3', 'addressLine1', 'organization',
  'country', 'city', 'region', 'civility', 'firstName', 'lastName',
];
// Maps, not plain objects, so that words like "constructor" or "__proto__" find nothing.
const BY_TOKEN: ReadonlyMap<string, FieldRole> = new Map<string, FieldRole>([
  ['honorific-prefix', 'civility'], ['given-name', 'firstName'], ['family-name', 'lastName'], ['email', 'email'],
  ['tel', 'phone'], ['tel-national', 'phone'], ['country', 'country'], ['country-name', 'country'],
  ['postal-code', 'postalCode'], ['address-line1', 'addressLine1'], ['street-address', 'addressLine1'],
  ['address-line2', 'addressLine2'], ['address-line3', 'addressLine3'], ['address-level2', 'city'],
  ['address-level1', 'region'], ['organization', 'organization'],
]);
// data-saisie-role takes a role, an autocomplete token or an alias, in any case or punctuation.
const BY_ROLE_NAME: ReadonlyMap<string, FieldRole> = new Map<string, FieldRole>([
  ...ROLE_ORDER.map((role) => [compact(role), role] as const),
  ...Array.from(BY_TOKEN, ([token, role]) => [compact(token), role] as const),
  ['locality', 'city'], ['zip', 'postalCode'], ['postcode', 'postalCode'], ['organisation', 'organization'],
]);
// Folded lowercase words and word pairs; null marks a field that is not ours ("Nom d'utilisateur", "Nombre y apellidos").
const WORD_LISTS: ReadonlyArray<readonly [FieldRole | null, string]> = [
  ['email', 'email|mail|courriel|correo|emailadresse|posta elettronica|adresse electronique'],
  ['phone', 'phone|phonenumber|tel|telephone|telefon|telefonnummer|telefono|mobile|mobil|movil|portable|cellulaire|cellulare|handy|handynummer|gsm|cell|cellphone'],
  ['postalCode', 'postcode|post code|postalcode|postal code|zip|zipcode|cp|code postal|codepostal|plz|postleitzahl|cap|codigo postal|codice postale|pincode'],
  ['addressLine2', 'complement|complemento|apartment|appartement|apt|suite|adresszusatz'],
  ['addressLine1', 'address|addressline|street|streetaddress|rue|adresse|strasse|anschrift|direccion|calle|indirizzo'],
  ['organization', 'company|companyname|organization|organisation|societe|firma|firmenname|empresa|entreprise|azienda|unternehmen|raison sociale|ragione sociale'],
  ['country', 'country|pays|land|pais|paese|nazione'],
  ['city', 'city|town|ville|commune|localite|locality|ort|wohnort|stadt|ciudad|localidad|poblacion|citta|comune|localita'],
  ['region', 'state|province|provincia|region|regione|county|departement|departamento|bundesland|canton|prefecture'],
  ['civility', 'civility|civilite|salutation|anrede|title|honorific|tratamiento'],
  ['firstName', 'firstname|first name|fname|given name|givenname|forename|prenom|vorname|nombre|nome'],
  ['lastName', 'lastname|last name|lname|surname|family name|familyname|familienname|nom|nachname|apellido|apellidos|cognome'],
  [null, 'username|user name|login|password|utilisateur|benutzername|usuario|utente|nom complet|nombre completo|nome completo|first and|prenom et|vor und|nombre y'],
];
const WORDS: ReadonlyMap<string, FieldRole | null> = new Map(
  WORD_LISTS.flatMap(([role, list]) => list.split('|').map((word) => [word, role] as const)),
);
const LINE_WORD = /^(?:line|ligne|linea|zeile)$/;
const LINE_ROLES: ReadonlyMap<string, FieldRole> = new Map<string, FieldRole>([['1', 'addressLine1'], ['2', 'addressLine2'], ['3', 'addressLine3']]);
const BILLING = /^(?:billing|invoice|facturation|rechnung|facturacion|fatturazione)$/;
const SHIPPING = /^(?:shipping|delivery|livraison|lieferung|envio|spedizione)$/;
const MODIFIER = /^(?:home|work|mobile|fax|pager|webauthn)$/;
const SKIPPED_TYPE = /^(?:hidden|submit|button|reset|checkbox|radio|file|image|password)$/;
// Card and phone-part tokens (cc-number, tel-country-code) say the field is not one saisie checks.
const NOT_OURS = /^(?:cc|tel)-/;

function compact(text: string): string {
  return text.slice(0, 40).toLowerCase().replace(/[^a-z\d]/g, '');
}

/** Lowercase, accent-folded words of a name, id or label: `billing[address][zip]`, `billingPostcode`, `address2`. */
function toWords(text: string): string[] {
  return text.slice(0, 100).normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/([a-z])(\d)/gi, '$1 $2')
    .toLowerCase().replace(/ß/g, 'ss').split(/[^a-z\d]+/).filter(Boolean);
}

/** Splits an autocomplete attribute into its section and field token. */
export function parseAutocomplete(value: string | null): { section: string; token: string } {
  const sections: string[] = [];
  let token = '';
  for (const t of (value ?? '').slice(0, 200).toLowerCase().split(/\s+/)) {
    if (t.startsWith('section-') || t === 'shipping' || t === 'billing') sections.push(t);
    else if (t && !token && !MODIFIER.test(t)) token = t;
  }
  return { section: sections.join(' '), token };
}

/** The role that words (a name, id or label text) point to, or undefined. */
export function roleFromWords(text: string): FieldRole | undefined {
  const words = toWords(text);
  let best = ROLE_ORDER.length;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const one = WORDS.get(word);
    // "address 2", "street 2", "line 2": the number picks the address line.
    const line = one === 'addressLine1' || LINE_WORD.test(word) ? LINE_ROLES.get(next) : undefined;
    for (const role of [one, next ? WORDS.get(`${word} ${next}`) : undefined, line]) {
      if (role === null) return undefined;
      if (role) best = Math.min(best, ROLE_ORDER.indexOf(role));
    }
  }
  return ROLE_ORDER[best];
}

function roleFromText(text: string, el: Control): FieldRole | undefined {
  const role = roleFromWords(text);
  // "Title" is a civility only as a list of choices; a text box called title holds a job or page title.
  return role === 'civility' && el.localName !== 'select' && toWords(text).includes('title') ? undefined : role;
}

function labelTexts(el: Control): string[] {
  const root = el.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
  const ids = (el.getAttribute('aria-labelledby') ?? '').slice(0, 200).split(/\s+/);
  return [
    Array.from(el.labels ?? [], (label) => label.textContent ?? '').join(' '),
    el.getAttribute('aria-label') ?? '',
    ids.map((id) => (id && root.getElementById?.(id)?.textContent) || '').join(' '),
    el.getAttribute('placeholder') ?? '',
  ];
}

function roleOf(el: Control, token: string): FieldRole | undefined {
  const explicit = BY_ROLE_NAME.get(compact(el.getAttribute('data-saisie-role') ?? ''));
  if (explicit) return explicit;
  // A search box ("Find an order by email or phone") or a list of addresses (type=email multiple) is never one
  // contact value, whatever its words say: only data-saisie-role makes it one.
  if (el.type === 'search' || (el.type === 'email' && (el as HTMLInputElement).multiple)) return undefined;
  // saisie's own "search your address" box fills the address fields; it is none of them.
  if (el.hasAttribute('data-saisie-address-search')) return undefined;
  const role = BY_TOKEN.get(token);
  if (role || NOT_OURS.test(token)) return role;
  if (el.localName === 'input' && (el.type === 'email' || el.type === 'tel')) return el.type === 'email' ? 'email' : 'phone';
  // Magento numbers its street lines from zero (street[0], street[1]): beside a [0], the index picks line index + 1.
  const indexed = /^(.{1,60})\[([0-2])\]$/.exec(el.name);
  if (indexed && roleFromWords(indexed[1]!) === 'addressLine1' && el.form?.elements.namedItem(`${indexed[1]}[0]`)) return LINE_ROLES.get(String(Number(indexed[2]) + 1));
  const fromName = roleFromText(el.name, el) ?? roleFromText(el.id, el);
  return fromName ?? labelTexts(el).reduce<FieldRole | undefined>((found, text) => found ?? roleFromText(text, el), undefined);
}

function sectionFromWords(text: string): string {
  for (const word of toWords(text)) {
    if (BILLING.test(word)) return 'billing';
    if (SHIPPING.test(word)) return 'shipping';
  }
  return '';
}

/** Finds the controls of `form` that saisie checks; `customRoles` are roles a site added (`data-saisie-role="vat"`). */
export function discoverFields(form: HTMLFormElement, customRoles: ReadonlySet<string> = new Set()): FoundField[] {
  const found: FoundField[] = [];
  for (const el of Array.from(form.elements)) {
    if (!/^(?:input|select|textarea)$/.test(el.localName)) continue;
    const control = el as Control;
    if (SKIPPED_TYPE.test(control.type) || control.closest('[data-saisie="off"]')) continue;
    const { section, token } = parseAutocomplete(control.getAttribute('autocomplete'));
    const custom = control.getAttribute('data-saisie-role')?.trim() ?? '';
    const role = customRoles.has(custom) ? (custom as FieldRole) : roleOf(control, token);
    if (role) found.push({ element: control, role, section: section || sectionFromWords(control.name) || sectionFromWords(control.id) });
  }
  return found;
}
