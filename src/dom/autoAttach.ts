// Script-tag auto-attach: every <form data-saisie> once the DOM is ready, and forms added later. Idempotent.
import { attach, type AttachHandle, type AttachOptions } from './attach.js';
import type { SaisieData } from '../core/data.js';

const SELECTOR = 'form[data-saisie]:not([data-saisie="off"])';

/** Options a form's own attributes ask for (the script tag's address provider…). */
export type OptionsFor = (form: HTMLFormElement) => AttachOptions;

/** Attaches to every `<form data-saisie>` under `root` with `tables` (already attached forms keep their handle). */
export function autoAttach(root: ParentNode = document, tables: SaisieData, optionsFor: OptionsFor = () => ({})): AttachHandle[] {
  const forms: HTMLFormElement[] = [];
  if (root instanceof HTMLFormElement && root.matches(SELECTOR)) forms.push(root);
  forms.push(...Array.from(root.querySelectorAll<HTMLFormElement>(SELECTOR)));
  return forms.map((f) => attach(f, optionsFor(f), tables));
}

/** Starts auto-attach when the DOM is ready and watches for forms added later; returns the stop function. */
export function startAutoAttach(doc: Document, tables: SaisieData, optionsFor?: OptionsFor): () => void {
  let observer: MutationObserver | undefined;
  const start = () => {
    autoAttach(doc, tables, optionsFor);
    observer = new MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element) autoAttach(n, tables, optionsFor);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  return () => {
    doc.removeEventListener('DOMContentLoaded', start);
    observer?.disconnect();
  };
}
