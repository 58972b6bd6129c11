// @vitest-environment jsdom
// As-you-type phone formatting on one input: formatting, caret, Backspace, IME, undo/redo, framework writes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { bindPhoneFormatting } from './bindPhoneFormatting.js';
import { writeValue } from './writeValue.js';
import { formatPhoneAsYouType as formatIn } from '../core/phone/index.js';
import { browserPhone } from '../../test/tables.js';

const phone = browserPhone();
const formatPhoneAsYouType = (input: string, country?: string) => formatIn(input, country, phone);
import { followProgrammaticWrites } from '../../test/follow-writes.js';

const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
/** Sets the value the way the browser does when the person edits: below any instance-level setter. */
const nativeSet = (el: HTMLInputElement, v: string) => proto.set!.call(el, v);

/** Every prefix of `digits` as the field shows it, the empty field first. */
const statesOf = (digits: string, country = 'FR') => Array.from({ length: digits.length + 1 }, (_, i) => formatPhoneAsYouType(digits.slice(0, i), country));

let input: HTMLInputElement;
let unbind: () => void;
let user: ReturnType<typeof userEvent.setup>;
let country: string | undefined;

beforeEach(() => {
  document.body.innerHTML = '<form><input id="tel" type="tel"><input id="other"></form>';
  input = document.getElementById('tel') as HTMLInputElement;
  country = 'FR';
  unbind = bindPhoneFormatting(input, formatPhoneAsYouType, () => country).unbind;
  followProgrammaticWrites(input);
  user = userEvent.setup();
});
afterEach(() => unbind());

/** Types `text` key by key and returns what the field showed after each key. */
async function typeEach(text: string): Promise<string[]> {
  const seen: string[] = [];
  for (const ch of text) {
    await user.keyboard(ch);
    seen.push(input.value);
  }
  return seen;
}

describe('bindPhoneFormatting: formatting', () => {
  it('formats as the person types', async () => {
    await user.click(input);
    const seen = await typeEach('0612345678');
    expect(seen).toEqual(statesOf('0612345678').slice(1));
    expect(input.value).toBe('06 12 34 56 78');
    expect(input.selectionStart).toBe(input.value.length);
  });

  it('keeps the caret next to a digit typed in the middle', async () => {
    await user.type(input, '0612345');
    expect(input.value).toBe('06 12 34 5');
    await user.type(input, '9', { initialSelectionStart: 4, initialSelectionEnd: 4 });
    expect(input.value).toBe('06 19 23 45');
    expect(input.selectionStart).toBe(5);
  });

  it('a space typed after a group stays (no rewrite), and the next digit follows it', async () => {
    await user.click(input);
    const seen = await typeEach('06 12 ');
    expect(seen).toEqual(['0', '06', '06 ', '06 1', '06 12', '06 12 ']);
    await user.keyboard('3');
    expect(input.value).toBe('06 12 3');
    await user.keyboard('4 5');
    expect(input.value).toBe('06 12 34 5');
    await user.type(input, ' ', { initialSelectionStart: 2, initialSelectionEnd: 2 }); // not at the end: formatted
    expect(input.value).toBe('06 12 34 5');
  });

  it('Delete in front of a separator deletes the digit after it', async () => {
    await user.type(input, '06123456');
    expect(input.value).toBe('06 12 34 56');
    await user.type(input, '{Delete}', { initialSelectionStart: 5, initialSelectionEnd: 5 });
    expect(input.value).toBe('06 12 45 6');
    expect(input.selectionStart).toBe(5);
  });

  it('Backspace over a separator deletes the digit before it', async () => {
    await user.type(input, '061234');
    expect(input.value).toBe('06 12 34');
    await user.type(input, '{Backspace}', { initialSelectionStart: 6, initialSelectionEnd: 6 });
    expect(input.value).toBe('06 13 4');
    expect(input.selectionStart).toBe(4);
  });

  it('a number typed without its trunk 0 keeps its digits in order, and no 0 is invented', async () => {
    await user.click(input);
    const seen = await typeEach('612345678');
    seen.forEach((v, i) => expect(v.replace(/\D/g, '')).toBe('612345678'.slice(0, i + 1)));
    expect(input.value).toBe(formatPhoneAsYouType('612345678', 'FR'));
  });

  it('skips IME composition and reformats after compositionend', async () => {
    input.focus();
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    for (const v of ['0', '06', '061', '0612']) {
      nativeSet(input, v);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertCompositionText', data: v, isComposing: true }));
      expect(input.value).toBe(v);
    }
    // Keys pressed while composing are the IME's: not an undo.
    const z = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, isComposing: true, bubbles: true, cancelable: true });
    input.dispatchEvent(z);
    expect(z.defaultPrevented).toBe(false);
    expect(input.value).toBe('0612');
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '0612' }));
    // At the next frame: inside compositionend the browser would then move the caret back to where "0612" ended.
    await new Promise((r) => requestAnimationFrame(r));
    expect(input.value).toBe('06 12');
    expect(input.selectionStart).toBe(5);
  });

  it('does not move the caret of a field that is not focused', () => {
    const other = document.getElementById('other') as HTMLInputElement;
    other.focus();
    const spy = vi.spyOn(input, 'setSelectionRange');
    writeValue(input, '0612345678'); // autofill, a framework, another plugin
    expect(input.value).toBe('06 12 34 56 78');
    expect(spy).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(other);
  });

  it('follows the country given when it formats', async () => {
    country = 'US';
    await user.type(input, '2133734253');
    expect(input.value).toBe('(213) 373-4253');
  });
});

describe('bindPhoneFormatting: extensions and text kept as typed (issue 8)', () => {
  const digits = (v: string) => v.replace(/\D/g, '');

  it('an extension typed key by key stays after the formatted number, every digit in order, caret at the end', async () => {
    await user.click(input);
    const text = '0612345678 poste 12';
    const seen = await typeEach(text);
    seen.forEach((v, i) => expect(digits(v), v).toBe(digits(text.slice(0, i + 1))));
    expect(seen.slice(9)).toEqual(['06 12 34 56 78', '06 12 34 56 78 ', '06 12 34 56 78 p', '06 12 34 56 78 po', '06 12 34 56 78 pos', '06 12 34 56 78 post', '06 12 34 56 78 poste', '06 12 34 56 78 poste ', '06 12 34 56 78 poste 1', '06 12 34 56 78 poste 12']);
    expect(input.selectionStart).toBe(input.value.length);
  });

  it('the seen "0612345678 x12" → "061234567812": the x and its digits stay', async () => {
    await user.click(input);
    await typeEach('0612345678 x12');
    expect(input.value).toBe('06 12 34 56 78 x12');
    country = 'US';
    input.value = '';
    await typeEach('4155550132 ext. 12');
    expect(input.value).toBe('(415) 555-0132 ext. 12');
  });

  it('a pasted number with its extension is formatted, the caret after what was pasted', async () => {
    await user.click(input);
    await user.paste('0612345678 poste 12');
    expect(input.value).toBe('06 12 34 56 78 poste 12');
    expect(input.selectionStart).toBe(input.value.length);
    await user.clear(input);
    await user.paste('0612345678 poste');
    expect(input.value).toBe('06 12 34 56 78 poste');
    expect(input.selectionStart).toBe(input.value.length); // after the "e", not back after the 8
  });

  it('text it does not understand is never rewritten: two numbers, a vanity number, a note', async () => {
    for (const text of ['+33 6 12 34 56 78 / +33 1 42 68 53 00', '06 12 34 56 78 (Marie)']) {
      await user.clear(input);
      await user.paste(text);
      expect(input.value).toBe(text);
    }
    country = 'US';
    await user.clear(input);
    await user.paste('1-800-FLOWERS');
    expect(input.value).toBe('1-800-FLOWERS');
  });

  it('a digit typed in the number keeps the caret after it, and the extension stays', async () => {
    await user.click(input);
    await user.paste('06123456 poste 12');
    expect(input.value).toBe('06 12 34 56 poste 12');
    await user.type(input, '9', { initialSelectionStart: 4, initialSelectionEnd: 4 }); // after "06 1"
    expect(input.value).toBe('06 19 23 45 6 poste 12');
    expect(input.selectionStart).toBe(5);
  });

  it('Backspace and Delete: over a separator of the number a digit goes; a space or letter kept as typed simply goes', async () => {
    const at = (pos: number) => ({ initialSelectionStart: pos, initialSelectionEnd: pos });
    await user.click(input);
    await user.paste('0612345678 poste 12');
    await user.type(input, '{Backspace}', at(6)); // "06 12 |34": the 2 goes
    expect([input.value, input.selectionStart]).toEqual(['06 13 45 67 8 poste 12', 4]);
    await user.type(input, '{Delete}', at(4)); // "06 1|3 45": the 3 goes
    expect([input.value, input.selectionStart]).toEqual(['06 14 56 78 poste 12', 4]);
    await user.type(input, '{Delete}', at(5)); // "06 14| 56": the 5 after the space goes
    expect([input.value, input.selectionStart]).toEqual(['06 14 67 8 poste 12', 5]);
    await user.type(input, '{Backspace}', at(11)); // "… 8 |poste": only the space goes
    expect([input.value, input.selectionStart]).toEqual(['06 14 67 8poste 12', 10]);
    await user.type(input, '{Backspace}', at(14)); // "post|e": the t goes, and "pose" is no label any more: all stays as typed
    expect([input.value, input.selectionStart]).toEqual(['06 14 67 8pose 12', 13]);
  });

  it('undo and redo step through the states the person saw, extension included', async () => {
    await user.click(input);
    await typeEach('0612345678 x1');
    const seen = ['06 12 34 56 78 x1', '06 12 34 56 78 x', '06 12 34 56 78 ', '06 12 34 56 78'];
    const steps = [input.value];
    for (let i = 0; i < 3; i++) {
      await user.keyboard('{Control>}z{/Control}');
      steps.push(input.value);
    }
    expect(steps).toEqual(seen);
    await user.keyboard('{Control>}y{/Control}{Control>}y{/Control}{Control>}y{/Control}');
    expect(input.value).toBe('06 12 34 56 78 x1');
  });
});

describe('bindPhoneFormatting: undo and redo', () => {
  const seenStates = statesOf('0612345678');

  it('Ctrl+Z steps back through the formatted states, Ctrl+Shift+Z forward (the Chromium "061234567061061" report)', async () => {
    await user.type(input, '0612345678');
    const steps: string[] = [];
    for (let i = 0; i < 5; i++) {
      await user.keyboard('{Control>}z{/Control}');
      steps.push(input.value);
    }
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    steps.push(input.value);
    for (const v of steps) expect(seenStates).toContain(v);
    expect(steps).toEqual(['06 12 34 56 7', '06 12 34 56', '06 12 34 5', '06 12 34', '06 12 3', '06 12 34']);
    expect(input.selectionStart).toBe(input.value.length);
  });

  it('undo all the way back and redo all the way forward only ever show formatted states', async () => {
    await user.type(input, '0612345678');
    const steps: string[] = [];
    for (let i = 0; i < 15; i++) {
      await user.keyboard('{Control>}z{/Control}');
      steps.push(input.value);
    }
    expect(input.value).toBe('');
    for (let i = 0; i < 15; i++) {
      await user.keyboard('{Control>}y{/Control}');
      steps.push(input.value);
    }
    for (const v of steps) expect(seenStates).toContain(v);
    expect(input.value).toBe('06 12 34 56 78');
  });

  it('redo after undo, with Ctrl+Y and Cmd+Shift+Z', async () => {
    await user.type(input, '0612');
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Meta>}z{/Meta}');
    expect(input.value).toBe('06');
    await user.keyboard('{Control>}y{/Control}');
    expect(input.value).toBe('06 1');
    await user.keyboard('{Meta>}{Shift>}z{/Shift}{/Meta}');
    expect(input.value).toBe('06 12');
  });

  it('typing after an undo drops the redo branch', async () => {
    await user.type(input, '061234');
    await user.keyboard('{Control>}z{/Control}{Control>}z{/Control}');
    expect(input.value).toBe('06 12');
    await user.keyboard('9');
    expect(input.value).toBe('06 12 9');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(input.value).toBe('06 12 9');
    await user.keyboard('{Control>}z{/Control}');
    expect(input.value).toBe('06 12');
    await user.keyboard('{Control>}z{/Control}');
    expect(input.value).toBe('06 1');
  });

  it('the shortcut is always cancelled, even with nothing left to undo, so the browser never replays its own stack', () => {
    input.focus();
    for (const init of [{ key: 'z', ctrlKey: true }, { key: 'Z', ctrlKey: true, shiftKey: true }, { key: 'y', ctrlKey: true }, { key: 'z', metaKey: true }, { key: 'я', code: 'KeyZ', ctrlKey: true }]) {
      const e = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true });
      input.dispatchEvent(e);
      expect(e.defaultPrevented).toBe(true);
    }
    for (const init of [{ key: 'z' }, { key: 'z', ctrlKey: true, altKey: true }, { key: 'a', ctrlKey: true }, { key: 'y', metaKey: true }]) {
      const e = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true });
      input.dispatchEvent(e);
      expect(e.defaultPrevented).toBe(false);
    }
    expect(input.value).toBe('');
  });

  it('leaves the shortcut alone on a read-only field', async () => {
    await user.type(input, '06');
    input.readOnly = true;
    const e = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
    input.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    expect(input.value).toBe('06');
  });

  it('a cancelable beforeinput historyUndo/historyRedo (Edit menu, context menu) goes through the same history', async () => {
    await user.type(input, '0612');
    const undo = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true });
    input.dispatchEvent(undo);
    expect(undo.defaultPrevented).toBe(true);
    expect(input.value).toBe('06 1');
    const redo = new InputEvent('beforeinput', { inputType: 'historyRedo', bubbles: true, cancelable: true });
    input.dispatchEvent(redo);
    expect(redo.defaultPrevented).toBe(true);
    expect(input.value).toBe('06 12');
  });

  it('a native undo that could not be cancelled is reformatted like any other edit', async () => {
    await user.type(input, '0612345678');
    const before = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: false });
    input.dispatchEvent(before);
    expect(input.value).toBe('06 12 34 56 78'); // left to the browser
    nativeSet(input, '061234567061061'); // what Chromium's own stack gave back
    input.dispatchEvent(new InputEvent('input', { inputType: 'historyUndo', bubbles: true }));
    expect(input.value).toBe(formatPhoneAsYouType('061234567061061', 'FR'));
    await user.keyboard('{Control>}z{/Control}');
    expect(input.value).toBe('06 12 34 56 78');
  });

  it('a value set from outside (framework, reset) becomes a state of its own, not lost', async () => {
    await user.type(input, '0612');
    nativeSet(input, '07 00 00 00 00'); // a framework's write: no event
    await user.keyboard('{Control>}z{/Control}');
    expect(input.value).toBe('06 12');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(input.value).toBe('07 00 00 00 00');
    input.form!.reset(); // no event either
    expect(input.value).toBe('');
    await user.keyboard('{Control>}z{/Control}');
    expect(input.value).toBe('07 00 00 00 00');
    await user.keyboard('{Control>}z{/Control}');
    expect(input.value).toBe('06 12');
  });

  it('an autofilled value (input event, no typing) is formatted and recorded', async () => {
    await user.type(input, '06');
    writeValue(input, '+33612345678');
    expect(input.value).toBe('+33 6 12 34 56 78');
    await user.keyboard('{Control>}z{/Control}');
    expect(input.value).toBe('06');
    await user.keyboard('{Control>}y{/Control}');
    expect(input.value).toBe('+33 6 12 34 56 78');
  });

  it('keeps the last 100 states', () => {
    country = undefined;
    input.focus();
    for (let i = 1; i <= 150; i++) writeValue(input, String(i));
    const seen = new Set<string>([input.value]);
    for (let i = 0; i < 200; i++) {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true }));
      seen.add(input.value);
    }
    expect(seen.size).toBe(100);
    expect(input.value).toBe('51');
  });

  it('each field has its own history, and unbinding stops it all', async () => {
    const other = document.getElementById('other') as HTMLInputElement;
    const unbindOther = bindPhoneFormatting(other, formatPhoneAsYouType, () => 'FR').unbind;
    followProgrammaticWrites(other);
    await user.type(input, '061');
    await user.type(other, '0712');
    await user.keyboard('{Control>}z{/Control}');
    expect(other.value).toBe('07 1');
    expect(input.value).toBe('06 1');
    unbindOther();
    await user.keyboard('5');
    expect(other.value).toBe('07 15');
    const z = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
    other.dispatchEvent(z);
    expect(z.defaultPrevented).toBe(false);
  });
});

describe('bindPhoneFormatting: frameworks', () => {
  it('writes below an instance-level value setter (React) and announces every rewrite with an input event', () => {
    const field = document.createElement('input');
    field.type = 'tel';
    document.body.append(field);
    // React's value tracker: an own `value` property that remembers what React itself wrote.
    let tracked = '';
    const setterCalls: string[] = [];
    Object.defineProperty(field, 'value', {
      configurable: true,
      get() {
        return proto.get!.call(this);
      },
      set(v: string) {
        setterCalls.push(v);
        tracked = v;
        proto.set!.call(this, v);
      },
    });
    const off = bindPhoneFormatting(field, formatPhoneAsYouType, () => 'FR').unbind;
    // React's delegated listener: onChange fires when the DOM value differs from what React last knew.
    const onChange: string[] = [];
    const events: { trusted: boolean; value: string }[] = [];
    document.addEventListener('input', (e) => {
      if (e.target !== field) return;
      events.push({ trusted: e instanceof InputEvent, value: field.value });
      if (field.value !== tracked) {
        tracked = field.value;
        onChange.push(field.value);
      }
    });
    field.focus();
    let typed = '';
    for (const d of '0612') {
      typed = field.value + d;
      nativeSet(field, typed); // the browser's own edit
      events.length = 0;
      field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: d, bubbles: true }));
      const formatted = formatPhoneAsYouType(typed, 'FR');
      expect(field.value).toBe(formatted);
      if (formatted !== typed) {
        // saisie's rewrite was announced, with the formatted value, before the person's own event bubbled on.
        expect(events[0]).toEqual({ trusted: false, value: formatted });
      }
      expect(onChange.at(-1)).toBe(formatted);
    }
    expect(onChange).toEqual(['0', '06', '06 1', '06 12']);
    // Undo is a rewrite too: through the prototype, announced.
    events.length = 0;
    const z = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
    field.dispatchEvent(z);
    expect(field.value).toBe('06 1');
    expect(events).toEqual([{ trusted: false, value: '06 1' }]);
    expect(onChange.at(-1)).toBe('06 1');
    // saisie never went through the instance setter, so React's tracker only learnt values from its own listener.
    expect(setterCalls).toEqual([]);
    // (sanity: a plain assignment would have gone through it, and React would have missed the change)
    field.value = '0';
    expect(setterCalls).toEqual(['0']);
    off();
  });
});
