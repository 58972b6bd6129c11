// The keys of every lazy table saisie ships, by kind, for loaders that must refuse anything else (the script tag's
// fetch). Phone keys are the regions of the calling-code table of the metadata in use. Licence: MIT (this project).
// Regenerate: edit by hand with src/data/load-*.ts; a test checks they agree.

/** Lazy table keys by kind, other than phone regions. */
export const DATA_KEYS: Readonly<Record<string, readonly string[]>> = {
  'first-names': ['de', 'en', 'es', 'fr', 'it', 'pt'],
  'country-names': ['de', 'en', 'es', 'fr', 'it', 'pt'],
  disposable: ['all'],
};
