// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { createCombobox, type ComboboxOption } from './createCombobox.js';

const OPTIONS: ComboboxOption[] = [
  { id: 'a', label: 'Allemagne', parts: [{ text: 'Allem', match: true }, { text: 'agne', match: false }] },
  { id: 'b', label: 'Autriche', hint: 'Europe' },
  { id: 'c', label: 'Australie' },
];

let form: HTMLFormElement;
let input: HTMLInputElement;
let submitted: number;
beforeEach(() => {
  document.body.innerHTML = '<form><label for="q">Country</label><input id="q" aria-describedby="h" autocomplete="country-name"><p id="h">Hint</p><button>Go</button></form><input id="other">';
  form = document.querySelector('form')!;
  input = document.getElementById('q') as HTMLInputElement;
  submitted = 0;
  form.addEventListener('submit', (e) => (e.preventDefault(), submitted++));
});

function setup(extra: Partial<Parameters<typeof createCombobox>[0]> = {}) {
  const onChoose = vi.fn();
  const combobox = createCombobox({ input, listLabel: 'Countries', onChoose, announce: (n) => `${n} countries`, onOpenRequest: () => combobox.show(OPTIONS), ...extra });
  const list = () => document.getElementById(input.getAttribute('aria-controls')!)!;
  const active = () => input.getAttribute('aria-activedescendant');
  const activeText = () => (active() ? document.getElementById(active()!)?.textContent : null);
  return { combobox, onChoose, list, active, activeText };
}

describe('createCombobox', () => {
  it('gives the input the combobox role and puts a named listbox right after it', () => {
    const { list, combobox } = setup();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('autocomplete')).toBe('country-name'); // left to the site: autofill keeps working
    expect(input.nextElementSibling).toBe(list());
    expect(list().getAttribute('role')).toBe('listbox');
    expect(list().getAttribute('aria-label')).toBe('Countries');
    expect(list().classList.contains('saisie-listbox')).toBe(true);
    expect(list().hidden).toBe(true);
    expect(combobox.isOpen).toBe(false);
  });

  it('follows the APG keys: arrows open, move and wrap; Home/End hand focus back to the text; Escape closes and keeps the text', async () => {
    const user = userEvent.setup();
    const { list, active, activeText, combobox } = setup();
    await user.click(input);
    await user.keyboard('al');
    expect(combobox.isOpen).toBe(false); // typing is the owner's business
    await user.keyboard('{ArrowDown}');
    expect(combobox.isOpen).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(list().hidden).toBe(false);
    expect(activeText()).toBe('Allemagne');
    const first = list().children[0]!;
    expect(first.getAttribute('role')).toBe('option');
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(list().children[1]!.getAttribute('aria-selected')).toBe('false');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeText()).toBe('Australie');
    await user.keyboard('{ArrowDown}');
    expect(activeText()).toBe('Allemagne'); // wraps
    await user.keyboard('{ArrowUp}');
    expect(activeText()).toBe('Australie'); // wraps back
    await user.keyboard('{Home}');
    expect(active()).toBeNull();
    expect(input.selectionStart).toBe(0);
    expect(combobox.isOpen).toBe(true);
    await user.keyboard('{ArrowUp}');
    expect(activeText()).toBe('Australie'); // from the input, Up goes to the last
    await user.keyboard('{End}');
    expect(active()).toBeNull();
    await user.keyboard('{Escape}');
    expect(combobox.isOpen).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(list().children).toHaveLength(0);
    await user.keyboard('{Escape}');
    expect(input.value).toBe('al'); // a second Escape never clears the person's text
    // ArrowUp on a closed list opens it on the last option; Alt+ArrowDown opens with none active.
    await user.keyboard('{ArrowUp}');
    expect(activeText()).toBe('Australie');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(combobox.isOpen).toBe(false);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(combobox.isOpen).toBe(true);
    expect(active()).toBeNull();
  });

  it('Enter chooses the active option and does not submit; with no active option the form submits', async () => {
    const user = userEvent.setup();
    const { onChoose, combobox } = setup();
    await user.click(input);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose).toHaveBeenCalledWith(OPTIONS[1], 1);
    expect(combobox.isOpen).toBe(false);
    expect(submitted).toBe(0);
    combobox.show(OPTIONS);
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(submitted).toBe(1);
    await user.keyboard('{Enter}'); // closed list
    expect(submitted).toBe(2);
  });

  it('Tab closes without choosing and lets focus move; blur closes', async () => {
    const user = userEvent.setup();
    const { onChoose, combobox } = setup();
    await user.click(input);
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(combobox.isOpen).toBe(false);
    expect(onChoose).not.toHaveBeenCalled();
    expect(document.activeElement).not.toBe(input);
    input.focus();
    combobox.show(OPTIONS);
    document.getElementById('other')!.focus();
    expect(combobox.isOpen).toBe(false);
  });

  it('a press on an option keeps focus in the input, and the click chooses it', async () => {
    const user = userEvent.setup();
    const { onChoose, list, combobox } = setup();
    await user.click(input);
    combobox.show(OPTIONS);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    list().children[2]!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    await user.click(list().children[2]!.querySelector('span')!);
    expect(onChoose).toHaveBeenCalledWith(OPTIONS[2], 2);
    expect(document.activeElement).toBe(input);
    expect(combobox.isOpen).toBe(false);
  });

  it('renders match parts in <mark>, the hint in its own span, and announces the count', () => {
    const { list, combobox } = setup();
    combobox.show(OPTIONS);
    const [a, b] = Array.from(list().children);
    expect(a!.querySelector('mark')!.textContent).toBe('Allem');
    expect(a!.textContent).toBe('Allemagne');
    expect(b!.querySelector('.saisie-option-hint')!.textContent).toBe('Europe');
    const status = list().nextElementSibling!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('3 countries');
    combobox.close();
    expect(status.textContent).toBe('');
  });

  it('writes into a given status and keeps the active option across shows when its id is still there', async () => {
    const status = document.createElement('div');
    document.body.append(status);
    const user = userEvent.setup();
    const { combobox, activeText } = setup({ status });
    await user.click(input);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(status.textContent).toBe('3 countries');
    combobox.show([OPTIONS[2]!, OPTIONS[1]!]);
    expect(activeText()).toBe('Autriche Europe');
    combobox.show([OPTIONS[0]!]);
    expect(activeText()).toBeNull();
    combobox.show([]);
    expect(combobox.isOpen).toBe(false);
    // Typing hands visual focus back to the input (APG); the owner's next show starts with none active.
    combobox.show(OPTIONS);
    await user.keyboard('{ArrowDown}x');
    combobox.show(OPTIONS);
    expect(activeText()).toBeNull();
  });

  it('never throws on hostile labels and uses text nodes only', () => {
    const { list, combobox } = setup();
    const evil: ComboboxOption[] = [
      { id: '<img src=x onerror=alert(1)>', label: '<img src=x onerror=alert(1)>' },
      { id: 'x', label: 'x'.repeat(100_000), parts: [{ text: 'x'.repeat(100_000), match: true }] },
      { id: 'rtl', label: '\u202eمصر\u0000\u0007', hint: '\u2066hint' },
      null as unknown as ComboboxOption,
      { id: 'p', label: 'p', parts: [null, { text: 5 }, { text: 'ok', match: true }] as never },
    ];
    expect(() => combobox.show(evil)).not.toThrow();
    expect(list().querySelector('img')).toBeNull();
    expect(list().children).toHaveLength(4);
    expect(list().children[0]!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(list().children[1]!.textContent!.length).toBeLessThanOrEqual(300);
    expect(list().children[2]!.textContent).not.toMatch(/[\p{Cc}\u202e\u2066]/u);
    expect(list().children[3]!.textContent).toBe('ok');
    expect(() => combobox.show(undefined as never)).not.toThrow();
    expect(combobox.isOpen).toBe(false);
    expect(() => createCombobox({ input: document.body as never, listLabel: 'x', onChoose() {}, announce: () => '' })).toThrow(/saisie: createCombobox/);
  });

  it('destroy removes what it added and restores the input exactly', async () => {
    input.setAttribute('aria-activedescendant', 'site-own');
    const before = document.body.innerHTML;
    const user = userEvent.setup();
    const { combobox, onChoose } = setup();
    await user.click(input);
    await user.keyboard('{ArrowDown}');
    combobox.destroy();
    combobox.destroy();
    expect(document.body.innerHTML).toBe(before);
    combobox.show(OPTIONS);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChoose).not.toHaveBeenCalled();
    expect(document.body.innerHTML).toBe(before);
  });
});
