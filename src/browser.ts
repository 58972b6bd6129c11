// Script-tag entry (`dist/saisie.min.js`, global `Saisie`): the whole surface plus auto-attach on <form data-saisie>.
import { startAutoAttach } from './dom/autoAttach.js';

export * from './index.js';
export { autoAttach } from './dom/autoAttach.js';

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') startAutoAttach(document);
