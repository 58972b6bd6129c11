// While a pointer is down, nothing may move under it: a message shown on blur would slide the submit button
// away between mousedown and mouseup, and the browser drops the click. Renders wait for the pointer to lift.

/** Tracks pressed pointers in `doc`; `held()` says whether one is down; `release` runs once it lifts. */
export function holdPointer(doc: Document, release: () => void): { held(): boolean; stop(): void } {
  let down = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let safety: ReturnType<typeof setTimeout> | undefined;
  const up = () => {
    if (!down) return;
    down = false;
    clearTimeout(safety);
    // After the click that follows mouseup has been dispatched.
    timer = setTimeout(release, 0);
  };
  const press = (e: Event) => {
    if ((e as MouseEvent).button > 0) return; // right or middle button: no click to protect
    down = true;
    clearTimeout(safety);
    safety = setTimeout(up, 3000); // a pointer whose release we never see (element removed, window left)
  };
  const downs = ['pointerdown', 'mousedown', 'touchstart'];
  const ups = ['pointerup', 'mouseup', 'touchend', 'touchcancel', 'pointercancel', 'dragend'];
  for (const t of downs) doc.addEventListener(t, press, { capture: true, passive: true });
  for (const t of ups) doc.addEventListener(t, up, { capture: true, passive: true });
  return {
    held: () => down,
    stop() {
      clearTimeout(timer);
      clearTimeout(safety);
      for (const t of downs) doc.removeEventListener(t, press, { capture: true });
      for (const t of ups) doc.removeEventListener(t, up, { capture: true });
    },
  };
}
