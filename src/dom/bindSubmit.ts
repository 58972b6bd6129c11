// The submit gate in the DOM: decided inside the browser's own submit event, before any other listener sees it.

/** What the gate answers for one submit event. */
export type SubmitVerdict = 'block' | 'pass' | { wait: Promise<unknown> };

/**
 * Listens to `form`'s submits in the capture phase at the window, so a blocked submit is stopped before any page
 * or framework handler (React's root listener, a Vue `@submit`, Bootstrap's script) runs. A passing submit goes on
 * untouched, so the browser submits natively (method, `formaction`, the submitter's name and value). Only when
 * something asynchronous is pending is the event prevented, and the form re-submitted from a new task once it settles.
 */
export function bindSubmit(form: HTMLFormElement, decide: (event: SubmitEvent, resumed: boolean) => SubmitVerdict): () => void {
  const target: EventTarget = form.ownerDocument.defaultView ?? form.ownerDocument;
  let resuming = false;
  let stopped = false;
  const onSubmit = (event: Event) => {
    if (event.target !== form) return;
    const e = event as SubmitEvent;
    const resumed = resuming;
    resuming = false;
    const verdict = decide(e, resumed);
    if (verdict === 'pass') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (verdict === 'block') return;
    const submitter = e.submitter;
    void verdict.wait.then(() =>
      setTimeout(() => {
        if (stopped || !form.isConnected) return;
        resuming = true;
        // From a new task: browsers ignore requestSubmit() called inside their own submit event.
        if (typeof form.requestSubmit === 'function') form.requestSubmit(submitter && (submitter as HTMLButtonElement).form === form ? (submitter as HTMLButtonElement) : null);
        else form.submit();
        resuming = false;
      }, 0),
    );
  };
  target.addEventListener('submit', onSubmit, true);
  return () => {
    stopped = true;
    target.removeEventListener('submit', onSubmit, true);
  };
}
