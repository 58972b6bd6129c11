// DOM types for the public type surface that a program without the DOM lib can still compile: each alias is the real
// DOM type when the user's program has it (`lib: ["DOM"]`), else a neutral structural fallback. The entries' .d.ts
// reach only these aliases, never a DOM name, so a Node-only project (`lib: ["ES2022"]`, `types: []`,
// `skipLibCheck: false`) type-checks `import { attach, type AttachOptions } from 'saisie'`. Internal dom files may
// use DOM names directly; whatever `index.d.ts` reaches (types.ts, plugin.ts, attach's signature) uses these.

/** The instance type of the global constructor `K` (`HTMLFormElement` → its prototype's type) when the program has it, else `Fallback`. */
export type DomType<K extends string, Fallback = object> = typeof globalThis extends { [P in K]: { prototype: infer T } } ? T : Fallback;

/** `HTMLFormElement` with the DOM lib; `object` without. */
export type FormElement = DomType<'HTMLFormElement'>;
/** `HTMLInputElement` with the DOM lib; `object` without. */
export type InputElement = DomType<'HTMLInputElement'>;
/** `HTMLSelectElement` with the DOM lib; `object` without. */
export type SelectElement = DomType<'HTMLSelectElement'>;
/** `HTMLTextAreaElement` with the DOM lib; `object` without. */
export type TextAreaElement = DomType<'HTMLTextAreaElement'>;
/** A control saisie may check and write: input, select or textarea. */
export type FieldElement = InputElement | SelectElement | TextAreaElement;
