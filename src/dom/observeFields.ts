// Fields that come and go: frameworks re-render inputs, conditional fields appear. One batched callback per change.

const OWN = /(?:^|\s)saisie-/;

/** Calls `changed` (once per microtask batch) when controls are added to or removed from `form`, or their name/type/role changes. */
export function observeFields(form: HTMLFormElement, changed: () => void): () => void {
  const view = form.ownerDocument.defaultView;
  if (!view || typeof view.MutationObserver !== 'function') return () => undefined;
  let queued = false;
  const ours = (n: Node) => n.nodeType !== 1 || OWN.test((n as Element).className);
  const observer = new view.MutationObserver((records) => {
    // saisie's own messages, summary and live region are not fields: ignore what only touches them.
    const theirs = (nodes: NodeList) => {
      for (let i = 0; i < nodes.length; i++) if (!ours(nodes[i]!)) return true;
      return false;
    };
    const relevant = records.some((r) => (r.type === 'attributes' ? !ours(r.target) : theirs(r.addedNodes) || theirs(r.removedNodes)));
    if (!relevant || queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      changed();
    });
  });
  observer.observe(form, { childList: true, subtree: true, attributes: true, attributeFilter: ['name', 'type', 'autocomplete', 'required', 'data-saisie', 'data-saisie-role', 'disabled', 'minlength', 'maxlength', 'pattern'] });
  return () => observer.disconnect();
}
