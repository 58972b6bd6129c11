// Script-tag entry (`dist/saisie.min.js`, global `Saisie`): the whole surface plus auto-attach on <form data-saisie>,
// with lazy tables fetched from beside the script (data/<kind>/<key>.json).
import { autoAttach as autoAttachWith, startAutoAttach } from './dom/autoAttach.js';
import { fetchData } from './dom/fetch-data.js';
import type { AttachHandle } from './dom/types.js';
import { tables } from './defaults.js';
import { setDataLoader } from './index.js';

export * from './index.js';
/** Attaches to every `<form data-saisie>` under `root` (already attached forms keep their handle). */
export const autoAttach = (root?: ParentNode): AttachHandle[] => autoAttachWith(root, tables);

setDataLoader(fetchData);
if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') startAutoAttach(document, tables);
