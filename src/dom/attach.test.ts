// @vitest-environment jsdom
// Typing journeys through the form binding, in jsdom, with user-event.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { attach as attachWith } from './attach.js';
import { autoAttach as autoAttachWith } from './autoAttach.js';
import { browserTables } from '../../test/tables.js';
import { loadFirstNames } from '../core/civility/index.js';
import { followProgrammaticWrites } from '../../test/follow-writes.js';

const tables = browserTables();
const attach = (form: HTMLFormElement | string, options?: Parameters<typeof attachWith>[1]) => attachWith(form, options, tables);
const autoAttach = (root?: ParentNode) => autoAttachWith(root, tables);

const SIGNUP = `<form id="signup" lang="en" action="/done">
  <select id="civility" name="civility" autocomplete="honorific-prefix"><option value=""></option><option>M.</option><option>Mme</option></select>
  <input id="given" name="given" autocomplete="given-name">
  <input id="email" name="email" type="email" autocomplete="email" required aria-describedby="email-hint"><p id="email-hint">We never share it.</p>
  <input id="tel" name="tel" type="tel" autocomplete="tel">
  <select id="country" name="country" autocomplete="country"><option>FR</option><option>GB</option></select>
  <input id="postal" name="postal" autocomplete="postal-code">
  <button id="go">Sign up</button>
</form>`;

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const messageOf = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .filter((m) => m?.classList.contains('saisie-message'))
    .map((m) => m!.textContent)
    .join('');

let user: ReturnType<typeof userEvent.setup>;
beforeAll(() => loadFirstNames('en', tables.civility));
beforeEach(() => {
  document.body.innerHTML = SIGNUP;
  followProgrammaticWrites($('tel'));
  user = userEvent.setup();
});
afterEach(() => vi.useRealTimers());

describe('attach: phone', () => {
  it('formats as the person types, for the form country', async () => {
    attach('#signup');
    await user.type($('tel'), '0612345678');
    expect($('tel').value).toBe('06 12 34 56 78');
  });
  it('keeps the caret next to the digit typed in the middle', async () => {
    attach('#signup');
    await user.type($('tel'), '06123456');
    expect($('tel').value).toBe('06 12 34 56');
    // caret after "06 1", type 9
    await user.type($('tel'), '9', { initialSelectionStart: 4, initialSelectionEnd: 4 });
    expect($('tel').value).toBe('06 19 23 45 6');
    expect($('tel').selectionStart).toBe(5);
  });
  it('Backspace over a separator deletes the digit before it', async () => {
    attach('#signup');
    await user.type($('tel'), '061234');
    expect($('tel').value).toBe('06 12 34');
    await user.type($('tel'), '{Backspace}', { initialSelectionStart: 6, initialSelectionEnd: 6 });
    expect($('tel').value).toBe('06 13 4');
  });
  it('leaves a type=number phone field unformatted (its caret cannot be moved) but still checks it', async () => {
    document.body.innerHTML = '<form id="f"><input id="n" type="number" name="phone"><button>Go</button></form>';
    attach('#f', { country: 'FR' });
    await user.type($('n'), '0612345678');
    expect($('n').value).toBe('0612345678');
  });
  it('leaves a phone field with maxlength or pattern as typed: the site dictates its form', async () => {
    document.body.innerHTML = '<form id="f"><input id="a" type="tel" name="a" maxlength="10"><input id="b" type="tel" name="b" pattern="[0-9]{10}"><button>Go</button></form>';
    attach('#f', { country: 'FR' });
    await user.type($('a'), '0612345678');
    await user.type($('b'), '0612345678');
    expect([$('a').value, $('b').value]).toEqual(['0612345678', '0612345678']);
  });
  it('handles a paste of a full international number without doubling the dial code', async () => {
    attach('#signup');
    $('tel').focus();
    await user.paste('+33 6 12 34 56 78');
    expect($('tel').value).toBe('+33 6 12 34 56 78');
    $('tel').value = '';
    await user.paste('0033612345678');
    expect($('tel').value.replace(/\D/g, '')).toBe('0033612345678'.replace(/^00/, '00'));
  });
  it('pauses formatting during IME composition and dispatches input after rewriting', async () => {
    attach('#signup');
    const el = $('tel');
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(el.value));
    el.dispatchEvent(new CompositionEvent('compositionstart'));
    el.value = '0612';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    expect(el.value).toBe('0612');
    el.dispatchEvent(new CompositionEvent('compositionend'));
    await new Promise((r) => requestAnimationFrame(r)); // formatted at the next frame, after the browser's commit
    expect(el.value).toBe('06 12');
    expect(seen.at(-1)).toBe('06 12'); // frameworks are told about the rewrite
  });
});

describe('attach: messages', () => {
  it('shows an error on blur, links it through aria-describedby, clears it the moment it is fixed', async () => {
    attach('#signup');
    await user.type($('email'), 'jean.dupont@');
    expect($('email').getAttribute('aria-invalid')).toBeNull(); // not while typing
    await user.tab();
    expect($('email').getAttribute('aria-invalid')).toBe('true');
    expect($('email').getAttribute('aria-describedby')).toMatch(/^email-hint saisie-msg-\d+$/);
    expect(messageOf($('email'))).not.toBe('');
    expect($('email').validationMessage).not.toBe('');
    await user.click($('email'));
    await user.type($('email'), 'example.fr');
    expect($('email').getAttribute('aria-invalid')).toBeNull();
    expect($('email').getAttribute('aria-describedby')).toBe('email-hint');
    expect($('email').validationMessage).toBe('');
  });
  it('offers an email typo as a one-click suggestion, never applied silently', async () => {
    attach('#signup');
    await user.type($('email'), 'jean.dupont@gmial.com');
    await user.tab();
    expect($('email').value).toBe('jean.dupont@gmial.com');
    const button = document.querySelector<HTMLButtonElement>('.saisie-suggestion')!;
    expect(button.textContent).toBe('jean.dupont@gmail.com');
    expect(document.querySelector('.saisie-live')!.textContent).toMatch(/jean\.dupont@gmail\.com/);
    await user.click(button);
    expect($('email').value).toBe('jean.dupont@gmail.com');
    expect(document.querySelector('.saisie-suggestion')).toBeNull();
  });
  it('warns gently when the civility does not fit the first name', async () => {
    attach('#signup');
    await user.selectOptions($('civility'), 'M.');
    await user.type($('given'), 'Marie');
    await user.tab();
    expect(messageOf($('given'))).not.toBe('');
    expect($('given').getAttribute('aria-invalid')).toBeNull(); // a warning is not an error
    await user.click(document.querySelector<HTMLButtonElement>('.saisie-suggestion')!);
    expect($<HTMLSelectElement>('civility').value).toBe('Mme'); // the suggestion fixes the civility
    expect($('given').value).toBe('Marie');
    expect(messageOf($('given'))).toBe('');
  });
  it('re-validates the postal code when the country changes', async () => {
    attach('#signup');
    await user.type($('postal'), 'SW1A 2AA');
    await user.tab();
    expect($('postal').getAttribute('aria-invalid')).toBe('true'); // not a French code
    await user.selectOptions($('country'), 'GB');
    expect($('postal').getAttribute('aria-invalid')).toBeNull();
  });
  it('writes messages in the page language', async () => {
    document.documentElement.lang = 'fr';
    $('signup').removeAttribute('lang');
    attach('#signup');
    await user.type($('email'), 'x@');
    await user.tab();
    expect(messageOf($('email'))).not.toMatch(/\bemail address\b/i);
    document.documentElement.lang = '';
  });
});

describe('attach: submit', () => {
  it('blocks on errors with a focused summary, asks once on warnings, then submits normalized values', async () => {
    const handle = attach('#signup');
    const submitted = vi.fn((e: Event) => e.preventDefault());
    $('signup').addEventListener('saisie:submit', submitted);
    await user.click($('go'));
    await vi.waitFor(() => expect(document.activeElement?.className).toMatch(/saisie-summary/));
    expect(document.querySelector('.saisie-summary a')!.getAttribute('href')).toBe('#email');
    expect(submitted).not.toHaveBeenCalled();

    await user.type($('email'), 'jean@gmial.com');
    await user.type($('tel'), '0612345678');
    await user.click($('go'));
    await vi.waitFor(() => expect(document.querySelector('.saisie-summary--warnings')).not.toBeNull());
    expect(submitted).not.toHaveBeenCalled();
    await user.click($('go')); // at once: the second click of a double-click is no answer to the warnings
    expect(submitted).not.toHaveBeenCalled();

    await new Promise((r) => setTimeout(r, 600)); // the person reads them
    await user.click($('go'));
    await vi.waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
    const detail = (submitted.mock.calls[0]![0] as CustomEvent).detail;
    expect(detail.values).toMatchObject({ email: 'jean@gmial.com', tel: '+33612345678' });
    expect(detail.issues.email.map((i: { code: string }) => i.code)).toContain('email.typo');
    expect($('tel').value).toBe('06 12 34 56 78'); // visible input untouched by default
    handle.destroy();
  });
  it('replaceValues writes the normalized values before submitting', async () => {
    attach('#signup', { replaceValues: true });
    const onSubmit = vi.fn((e: Event) => e.preventDefault());
    $('signup').addEventListener('submit', onSubmit);
    await user.type($('email'), '  Jean@Example.FR ');
    await user.type($('tel'), '0612345678');
    await user.click($('go'));
    await vi.waitFor(() => expect($('tel').value).toBe('+33612345678'));
    expect($('email').value).toBe('Jean@example.fr');
  });
  it('an extension typed after the number is shown as typed and posted with the number, never dropped (issue 8)', async () => {
    attach('#signup');
    const submitted = vi.fn((e: Event) => e.preventDefault());
    $('signup').addEventListener('saisie:submit', submitted);
    await user.type($('email'), 'jean@example.fr');
    await user.type($('tel'), '0612345678 poste 12');
    expect($('tel').value).toBe('06 12 34 56 78 poste 12');
    await user.click($('go'));
    await vi.waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
    // RFC 3966's form, which libphonenumber (and saisie's checkPhone) read back.
    expect((submitted.mock.calls[0]![0] as CustomEvent).detail.values.tel).toBe('+33612345678;ext=12');
  });
  for (const [attr, replaced] of [['', true], ['true', true], ['false', false]] as const) {
    it(`data-saisie-replace-values="${attr}" ${replaced ? 'replaces' : 'keeps'} the typed values (a bare attribute is on, as HTML booleans are)`, async () => {
      $('signup').setAttribute('data-saisie-replace-values', attr);
      attach('#signup');
      $('signup').addEventListener('submit', (e) => e.preventDefault());
      await user.type($('email'), 'jean@example.fr');
      await user.type($('tel'), '0612345678');
      await user.click($('go'));
      await vi.waitFor(() => expect($('tel').value).toBe(replaced ? '+33612345678' : '06 12 34 56 78'));
    });
  }
});

describe('attach: lifecycle', () => {
  it('destroy() restores the form exactly', async () => {
    const before = document.body.innerHTML;
    const handle = attach('#signup');
    await user.type($('email'), 'bad@');
    await user.tab();
    await user.click($('go'));
    await vi.waitFor(() => expect(document.querySelector('.saisie-summary:not([hidden])')).not.toBeNull());
    handle.destroy();
    // The values typed stay (the person's input is never destroyed); everything saisie added goes.
    $('email').value = '';
    expect(document.body.innerHTML).toBe(before);
  });
  it('attach is idempotent and auto-attach finds forms added later', () => {
    expect(attach('#signup')).toBe(attach($('signup') as unknown as HTMLFormElement));
    const form = document.createElement('form');
    form.setAttribute('data-saisie', '');
    form.innerHTML = '<input type="email">';
    document.body.append(form);
    const [h1] = autoAttach(document);
    const [h2] = autoAttach(document);
    expect(h1).toBe(h2);
    expect(() => attach('#nope')).toThrow(/^saisie: attach\(\) needs a <form>/);
  });
});

describe('attach: what a person sees', () => {
  it('warnings wait for a pause and a complete value: no typo advice on "hotmail.f", none on a half-typed first name', async () => {
    attach('#signup', { warnDelayMs: 20 });
    await user.type($('email'), 'jean@hotmial.f');
    await new Promise((r) => setTimeout(r, 60));
    expect(messageOf($('email'))).toBe('');
    await user.type($('email'), 'r');
    await vi.waitFor(() => expect(messageOf($('email'))).toMatch(/hotmail\.fr/));
    // Typing on: the advice about the value before the keystroke goes at once, not at the next pause.
    await user.type($('email'), 'x');
    expect(messageOf($('email'))).toBe('');
    await user.type($('email'), '{Backspace}');
    await vi.waitFor(() => expect(messageOf($('email'))).toMatch(/hotmail\.fr/));
    await user.selectOptions($('civility'), 'M.');
    await user.type($('given'), 'Mari');
    await new Promise((r) => setTimeout(r, 60));
    expect(messageOf($('given'))).toBe(''); // on the way to "Mario"
    await user.tab();
    expect(messageOf($('given'))).not.toBe(''); // left as "Mari": now it is advice
  });
  it('a country change shows the phone message it causes', async () => {
    attach('#signup');
    await user.type($('tel'), '020 7946 0958');
    await user.tab();
    expect($('tel').getAttribute('aria-invalid')).toBe('true'); // not a French number
    await user.selectOptions($('country'), 'GB');
    expect($('tel').getAttribute('aria-invalid')).toBeNull();
    await user.selectOptions($('country'), 'FR');
    expect($('tel').getAttribute('aria-invalid')).toBe('true');
    expect(messageOf($('tel'))).not.toBe('');
  });
  it('autofill (values and events, no blur) then a country change: the phone is checked as it now reads', () => {
    attach('#signup');
    const fill = (el: HTMLInputElement | HTMLSelectElement, value: string) => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    fill($('tel'), '06 12 34 56 78'); // a French mobile, typed with nothing on show: its check waits
    fill($<HTMLSelectElement>('country'), 'GB');
    expect($('tel').getAttribute('aria-invalid')).toBe('true'); // not a British number: shown at once, not after a pause
    expect(messageOf($('tel'))).not.toBe('');
  });
  it('the civility suggestion is the suggested civility, never a part of the quoted one', async () => {
    document.body.innerHTML = `<form id="f" lang="en"><select id="civ" autocomplete="honorific-prefix"><option></option><option>Mr</option><option>Mrs</option></select>
      <input id="given" autocomplete="given-name"><button>Go</button></form>`;
    await loadFirstNames('en', tables.civility);
    attach('#f');
    await user.selectOptions($('civ'), 'Mrs');
    await user.type($('given'), 'John');
    await user.tab();
    const button = document.querySelector('.saisie-suggestion')!;
    expect(button.textContent).toBe('Mr');
    expect(button.parentElement!.textContent).toMatch(/^“Mrs” .*Mr\?$/);
  });
  it('the summary names each field whose message is generic', async () => {
    document.body.innerHTML = `<form id="f" lang="en"><label for="a">Company *</label><input id="a" name="a" required>
      <label for="e">Email</label><input id="e" name="e" type="email" required>
      <label><input id="terms" name="terms" type="checkbox" required> I accept</label><button id="go">Go</button></form>`;
    attach('#f');
    await user.click($('go'));
    const links = Array.from(document.querySelectorAll('.saisie-summary a'), (a) => a.textContent);
    // Top to bottom, as the person meets the fields (the email is found by its rule, the others by their constraints).
    expect(links).toEqual(['Company: This field is required.', 'Email: This field is required.', 'I accept: Tick this box to continue.']);
    // A box's message goes after its label: clicking the message never ticks the box.
    expect(document.querySelector('label + .saisie-message')).not.toBeNull();
  });
});

describe('attach: submit gate', () => {
  it('a blocked submit never reaches the page’s own submit listener; a passing one does, not prevented', async () => {
    attach('#signup');
    const page = vi.fn((e: Event) => e.defaultPrevented);
    $('signup').addEventListener('submit', page);
    await user.click($('go'));
    expect(page).not.toHaveBeenCalled();
    await user.type($('email'), 'jean@example.fr');
    await user.click($('go'));
    expect(page).toHaveBeenCalledTimes(1);
    expect(page.mock.results[0]!.value).toBe(false); // the browser submits natively
  });
  it('a submitter with formnovalidate ("Save draft") goes through unchecked, as natively', async () => {
    attach('#signup');
    const draft = document.createElement('button');
    draft.formNoValidate = true;
    draft.textContent = 'Save draft';
    $('signup').append(draft);
    const page = vi.fn((e: Event) => e.defaultPrevented);
    $('signup').addEventListener('submit', page);
    await user.type($('email'), 'not-an-email');
    await user.click(draft);
    expect(page.mock.results.map((r) => r.value)).toEqual([false]);
    expect(document.querySelector('.saisie-summary:not([hidden])')).toBeNull();
  });
  it('waits for a pending verification, then submits again from a new task with the same submitter', async () => {
    let finish: () => void = () => undefined;
    const verify = vi.fn(() => new Promise<never[]>((r) => (finish = () => r([]))));
    attach('#signup', { roles: { email: { config: () => ({ check: (v) => ({ valid: true, value: v.trim(), issues: [] }), verify }) } } });
    $('go').setAttribute('name', 'action');
    $('go').setAttribute('value', 'signup');
    const passed = vi.fn((e: Event) => (e as CustomEvent).detail.values.action);
    const page = vi.fn((e: Event) => e.defaultPrevented);
    $('signup').addEventListener('saisie:submit', passed);
    $('signup').addEventListener('submit', page);
    await user.type($('email'), 'jean@example.fr');
    await user.click($('go'));
    expect(page).not.toHaveBeenCalled(); // held while the verifier works
    finish();
    await vi.waitFor(() => expect(page).toHaveBeenCalledTimes(1));
    expect(page.mock.results[0]!.value).toBe(false);
    expect(passed.mock.results[0]!.value).toBe('signup');
  });
  it('destroy() while a verification is pending leaves nothing behind, and the form submits natively again', async () => {
    const verify = () => new Promise<never[]>((r) => setTimeout(() => r([]), 30));
    const handle = attach('#signup', { roles: { email: { config: () => ({ check: () => ({ valid: false, value: '', issues: [{ code: 'email.syntax', severity: 'error', message: 'bad' }] }), verify }) } } });
    await user.type($('email'), 'x');
    await user.click($('go'));
    void handle.validate();
    handle.destroy();
    await new Promise((r) => setTimeout(r, 60));
    expect(document.querySelector('.saisie-message, .saisie-summary, .saisie-live')).toBeNull();
    expect($('email').getAttribute('aria-invalid')).toBeNull();
    expect($('email').validity.customError).toBe(false);
    expect(($('signup') as unknown as HTMLFormElement).noValidate).toBe(false);
    await user.clear($('email'));
    await user.type($('email'), 'jean@example.fr'); // a valid value: the browser's own validation lets it through
    const page = vi.fn();
    $('signup').addEventListener('submit', page);
    await user.click($('go'));
    expect(page).toHaveBeenCalledTimes(1);
  });
  it('values: what the form posts, normalized only where a rule normalizes, each under its own name', async () => {
    const handle = attach('#signup');
    await user.selectOptions($('civility'), 'Mme');
    await user.type($('given'), 'Marie');
    await user.type($('tel'), '0612345678');
    await user.type($('postal'), '75002');
    expect(handle.values()).toEqual({ civility: 'Mme', given: 'Marie', email: '', tel: '+33612345678', country: 'FR', postal: '75002' });
    expect(Object.getPrototypeOf(handle.values())).toBeNull();
  });
});

describe('attach: parts and plugins', () => {
  it('a plugin gets the context, hears about fields that come and go, and is cleaned up by destroy()', async () => {
    const seen: string[][] = [];
    const cleanup = vi.fn();
    const handle = attach('#signup', {
      plugins: [
        (ctx) => {
          seen.push(ctx.fields().map((f) => f.role));
          ctx.onFieldsChange(() => seen.push(ctx.fields().map((f) => f.role)));
          expect(ctx.country().code).toBe('FR');
          return cleanup;
        },
      ],
    });
    $('tel').remove();
    await vi.waitFor(() => expect(seen.length).toBe(2));
    expect(seen[0]).toContain('phone');
    expect(seen[1]).not.toContain('phone');
    handle.destroy();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
  it('roles can be added (data-saisie-role) and turned off', async () => {
    document.body.innerHTML = `<form id="f" lang="en"><input id="vat" name="vat" data-saisie-role="vat"><input id="email" name="email" type="email"><button id="go">Go</button></form>`;
    const vat = { config: () => ({ check: (v: string) => ({ valid: /^FR\d{11}$/.test(v), value: v, issues: /^FR\d{11}$/.test(v) ? [] : [{ code: 'postal.invalid' as const, severity: 'error' as const, message: 'Bad VAT number' }] }) }) };
    attach('#f', { roles: { vat, email: undefined } });
    await user.type($('vat'), 'FR123');
    await user.type($('email'), 'not an email');
    await user.tab();
    expect(messageOf($('vat'))).toBe('Bad VAT number');
    expect(messageOf($('email'))).toBe('');
  });
});

describe('attach: markup site owners write', () => {
  it('a search box or a list of addresses is never checked as one email or phone, whatever its words', async () => {
    document.body.innerHTML = `<form id="f" lang="en"><label for="q">Find an order by email or phone</label><input id="q" name="q" type="search">
      <input id="m" name="m" type="email" multiple><button id="go">Go</button></form>`;
    attach('#f');
    const page = vi.fn();
    $('f').addEventListener('submit', page);
    await user.type($('q'), '0612');
    await user.type($('m'), 'ann@example.com, bob@example.org');
    await user.click($('go'));
    expect(page).toHaveBeenCalledTimes(1);
    await user.clear($('m'));
    await user.type($('m'), 'ann@, bob');
    await user.click($('go'));
    expect(page).toHaveBeenCalledTimes(1); // the browser's own check of a list still holds
  });
  it('a read-only field is not checked: the person could not fix it', async () => {
    document.body.innerHTML = `<form id="f" lang="en"><input id="e" name="e" type="email" value="admin@localhost" readonly><button id="go">Go</button></form>`;
    attach('#f');
    const page = vi.fn();
    $('f').addEventListener('submit', page);
    await user.click($('go'));
    expect(page).toHaveBeenCalledTimes(1);
  });
  it('an input inside its label gets its message after the label, and the summary names it once', async () => {
    document.body.innerHTML = `<form id="f" lang="de"><label class="plz">PLZ <input name="plz" data-saisie-country="DE"></label><button id="go">Go</button></form>`;
    attach('#f');
    await user.type(document.querySelector<HTMLInputElement>('[name=plz]')!, '1011');
    await user.click($('go'));
    expect(document.querySelector('label .saisie-message')).toBeNull();
    expect(document.querySelector('label + .saisie-message')).not.toBeNull();
    const link = document.querySelector('.saisie-summary a')!.textContent!;
    expect(link.startsWith('PLZ: ')).toBe(true);
    expect(link.indexOf('PLZ', 1)).toBe(-1);
  });
  it('a radio group is named by its legend; the French summary puts a space before the colon', async () => {
    document.body.innerHTML = `<form id="f" lang="fr"><fieldset><legend>Civilité</legend>
      <label><input type="radio" name="civ" value="M." required> M.</label><label><input type="radio" name="civ" value="Mme"> Mme</label></fieldset><button id="go">Go</button></form>`;
    attach('#f');
    await user.click($('go'));
    expect(document.querySelector('.saisie-summary a')!.textContent).toBe('Civilité : Choisissez une option.');
  });
  it('saisie:submit entries keep every value of a repeated name, normalized where a rule normalizes', async () => {
    document.body.innerHTML = `<form id="f" lang="fr"><input name="phones[]" type="tel" data-saisie-country="FR"><input name="phones[]" type="tel" data-saisie-country="FR">
      <label><input type="checkbox" name="i[]" value="a"> a</label><label><input type="checkbox" name="i[]" value="b"> b</label><button id="go">Go</button></form>`;
    attach('#f');
    const seen = vi.fn((e: Event) => ((e as CustomEvent).preventDefault(), (e as CustomEvent).detail));
    $('f').addEventListener('saisie:submit', seen);
    const [p1, p2] = Array.from(document.querySelectorAll<HTMLInputElement>('[type=tel]'));
    await user.type(p1!, '0612345678');
    await user.type(p2!, '0142685300');
    for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('[type=checkbox]'))) await user.click(box);
    await user.click($('go'));
    expect(seen.mock.results[0]!.value.entries).toEqual([['phones[]', '+33612345678'], ['phones[]', '+33142685300'], ['i[]', 'a'], ['i[]', 'b']]);
    expect(seen.mock.results[0]!.value.values).toMatchObject({ 'phones[]': '+33612345678', 'i[]': 'a' });
  });
});

describe('attach: civility as radios', () => {
  it('Frau + Thomas warns, and the suggestion ticks Herr', async () => {
    await loadFirstNames('de', tables.civility);
    document.body.innerHTML = `<form id="f" lang="de"><fieldset><legend>Anrede</legend>
      <label><input type="radio" name="anrede" value="Herr"> Herr</label><label><input id="frau" type="radio" name="anrede" value="Frau"> Frau</label></fieldset>
      <label for="vn">Vorname</label><input id="vn" name="vorname"><button id="go">Go</button></form>`;
    attach('#f');
    await user.click($('frau'));
    await user.type($('vn'), 'Thomas');
    await user.tab();
    expect(messageOf($('vn'))).toMatch(/Herr/);
    await user.click(document.querySelector<HTMLButtonElement>('.saisie-suggestion')!);
    expect(document.querySelector<HTMLInputElement>('input[value=Herr]')!.checked).toBe(true);
    expect(messageOf($('vn'))).toBe('');
  });
});

describe('attach: range constraints', () => {
  it('say their bounds', async () => {
    document.body.innerHTML = `<form id="f" lang="en"><label for="age">Age</label><input id="age" name="age" type="number" min="18" max="120"><button id="go">Go</button></form>`;
    attach('#f');
    await user.type($('age'), '12');
    await user.click($('go'));
    expect(messageOf($('age'))).toBe('Enter 18 or more.');
    await user.clear($('age'));
    await user.type($('age'), '130');
    await user.click($('go'));
    expect(messageOf($('age'))).toBe('Enter 120 or less.');
  });
});

describe('attach: opt-in plugins from the form’s attributes', () => {
  const COUNTRY_FORM = `<form id="ship" lang="en" data-saisie-country-combobox="de, CH" data-saisie-layout>
    <div><label for="a1">Address</label><input id="a1" name="a1" autocomplete="address-line1"></div>
    <div><label for="pc">Postcode</label><input id="pc" name="pc" autocomplete="postal-code"></div>
    <div><label for="city">City</label><input id="city" name="city" autocomplete="address-level2"></div>
    <div><label for="cc">Country</label><select id="cc" name="cc" autocomplete="country"><option value="FR">France</option><option value="US">United States</option><option value="DE">Germany</option><option value="CH">Switzerland</option></select></div>
  </form>`;
  const labelOf = (id: string) => document.querySelector(`label[for="${id}"]`)?.textContent;

  it('data-saisie-country-combobox puts a combobox before the select (its value list first) and data-saisie-layout relabels', async () => {
    document.body.innerHTML = COUNTRY_FORM;
    const before = $('ship').innerHTML;
    const handle = attach('#ship', { loadData: false });
    await expect.poll(() => document.querySelector('#ship [role="combobox"]')).not.toBeNull();
    const input = document.querySelector<HTMLInputElement>('#ship [role="combobox"]')!;
    await user.click(input);
    await user.clear(input);
    await user.keyboard('{ArrowDown}');
    await expect.poll(() => Array.from(document.querySelectorAll('[role="option"]'), (o) => o.textContent).slice(0, 2)).toEqual(['Germany', 'Switzerland']);
    await user.keyboard('{Escape}');
    const select = $<HTMLSelectElement>('cc');
    select.value = 'US';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(() => labelOf('pc')).toBe('ZIP code');
    handle.destroy();
    expect($('ship').innerHTML).toBe(before);
  });

  it('without the attributes (or with ="false") neither plugin runs', async () => {
    document.body.innerHTML = COUNTRY_FORM.replace('data-saisie-country-combobox="de, CH" data-saisie-layout', 'data-saisie-layout="false"');
    const handle = attach('#ship', { loadData: false });
    const select = $<HTMLSelectElement>('cc');
    select.value = 'US';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 30));
    expect(document.querySelector('#ship [role="combobox"]')).toBeNull();
    expect(labelOf('pc')).toBe('Postcode');
    handle.destroy();
  });
});
