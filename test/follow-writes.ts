// jsdom + user-event only: user-event keeps its own copy of a field's value and refreshes it only when `value`
// is set on the element itself. saisie writes through the prototype setter on purpose (so React sees the change),
// so after each of saisie's own `input` events (plain Events, not InputEvents) that copy is cleared.

/** Makes user-event follow values that saisie writes into `el`. */
export function followProgrammaticWrites(el: HTMLInputElement): void {
  el.addEventListener('input', (e) => {
    if (e instanceof InputEvent) return;
    const bag = el as unknown as Record<symbol, unknown>;
    for (const s of Object.getOwnPropertySymbols(el)) {
      if (s.description === 'Displayed value in UI' || s.description === 'Displayed selection in UI') bag[s] = undefined;
    }
  });
}
