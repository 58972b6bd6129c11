// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { startAutoAttach } from './autoAttach.js';
import { browserTables } from '../../test/tables.js';

describe('startAutoAttach', () => {
  it('attaches to forms present at start and added later, once each, and skips data-saisie="off"', async () => {
    document.body.innerHTML = '<form data-saisie id="a"><input type="tel" id="t1"></form><form data-saisie="off"><input type="tel" id="t3"></form>';
    const stop = startAutoAttach(document, browserTables());
    const later = document.createElement('form');
    later.setAttribute('data-saisie', '');
    later.innerHTML = '<input type="tel" id="t2">';
    document.body.append(later);
    await new Promise((r) => setTimeout(r, 0)); // MutationObserver callbacks run as microtasks
    for (const id of ['t1', 't2', 't3']) {
      const el = document.getElementById(id) as HTMLInputElement;
      el.value = '+33612345678';
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    expect((document.getElementById('t1') as HTMLInputElement).value).toBe('+33 6 12 34 56 78');
    expect((document.getElementById('t2') as HTMLInputElement).value).toBe('+33 6 12 34 56 78');
    expect((document.getElementById('t3') as HTMLInputElement).value).toBe('+33612345678');
    expect(document.querySelectorAll('.saisie-live')).toHaveLength(2); // one binding per form, not per pass
    stop();
  });
});
