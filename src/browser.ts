// Script-tag entry (`dist/saisie.min.js`, global `Saisie`): the whole surface; lazy tables are fetched beside the script.
export * from './index.js';
