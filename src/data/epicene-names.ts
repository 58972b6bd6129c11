// Hand-curated epicene first names per language (given to both sexes in that language): they never warn.
// Also read by scripts/generate-first-names.mjs, which leaves them out of the generated tables.
// Licence: MIT (this project). Regenerate: edit by hand, lower case without accents, space-separated.

/** Epicene first names by language. */
export const EPICENE_NAMES: Readonly<Record<string, string>> = {
  fr: 'alix camille claude dominique sacha charlie ange alex eden morgan sasha lou noa noe',
  en: 'alex andrea ashley avery bailey cameron casey charlie dana drew jamie jesse jordan kelly kim leslie morgan quinn riley robin rowan sam sasha skyler taylor terry tracy',
  de: 'alex andrea kai kim luca sascha toni robin charlie',
  es: 'alex guadalupe trinidad rosario reyes cruz',
  it: 'celeste fiore gioele',
  pt: 'alex darci juraci',
};
