// Node entry: the same surface as the browser ESM entry, with the heavy tables bound up front
// (full phone metadata with number types, every first-name table), since size does not matter here.
import './node/bind-phone.js';
import './node/bind-first-names.js';
import './node/bind-country-names.js';

export * from './index.js';
