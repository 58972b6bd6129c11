// The layer matrix of src/ (DESIGN.md §1–2, issue 7), checked by `npm run lint:layers`;
// `npm run graph:layers` draws the folder-level graph into docs/import-graph.mmd.
//
//   layer      files                                  may import (besides itself)
//   entries    src/{index,browser,defaults,node,createSaisie}.ts   anything in src/, any npm package
//   core       src/core/**                            libphonenumber-js/core, email-addresses (pure libraries)
//   data       src/data/**                            JSON of npm data packages (i18n-iso-countries, ...)
//   locales    src/locales/**                         `import type` from core
//   dom        src/dom/**                             core, locales, npm libraries (no data packages)
//   node       src/node/**                            core, data, locales, npm packages, Node built-ins
//   adapters   src/adapters/**, src/react/**, src/vue/**   core, dom, npm packages (react, vue)
//
// Nothing but an entry imports an entry. Locale catalogs are data: core never imports them, the entries
// (and the DOM binding, for its own texts) bind them. Test files (*.test.ts) are exempt from the layer
// rules; a file in a folder that is no layer is an error. Type-only imports count like any other.

const TEST = '\\.test\\.[cm]?[jt]sx?$';
const ENTRY = '^src/(index|browser|defaults|node|createSaisie|server|schema|react|vue)\\.ts$';
const CORE = '^src/core/';
const DATA = '^src/data/';
const LOCALES = '^src/locales/';
const DOM = '^src/dom/';
const NODE = '^src/node/';
const ADAPTERS = '^src/(adapters|react|vue|schema)/';
const PURE_LIBRARIES = '^node_modules/(libphonenumber-js/core|email-addresses)/';
const NPM = '^node_modules/';
// Packages (or parts of them) that are data, not code: they belong in src/data, src/node or an entry.
const DATA_PACKAGES = [
  '^node_modules/(i18n-iso-countries|disposable-email-domains)/',
  '^node_modules/libphonenumber-js/(?!core/)',
  '^node_modules/.+\\.json$',
];

/** A layer may import only `allowed` (its own folder included); entries are the business of `only-entries-import-entries`. */
const layer = (name, from, allowed, comment, extra = {}) => ({
  name,
  severity: 'error',
  comment,
  from: { path: from, pathNot: TEST },
  to: { pathNot: [...allowed, ENTRY], couldNotResolve: false, ...extra },
});

/** An error for any import from layer `from` (tests aside) into `to`. */
const forbid = (name, from, to, comment) => ({ name, severity: 'error', comment, from: { path: from, pathNot: TEST }, to: { path: to } });

module.exports = {
  forbidden: [
    forbid('core-not-to-data', CORE, DATA,
      'src/core imports nothing from src/data: rules take their tables as arguments; the entries bind the defaults.'),
    forbid('core-not-to-locales', CORE, LOCALES,
      'src/core imports no locale catalog: messages are injected (createXData({ messages })); the entries bind them.'),
    // DATA and LOCALES are left to the two rules above, so that each violation is reported once.
    layer('core-imports-only-core', CORE, [CORE, DATA, LOCALES, PURE_LIBRARIES],
      'src/core is pure: it imports only src/core and the libraries libphonenumber-js/core and email-addresses ' +
      '(no data package, no DOM, no Node built-in).'),
    {
      name: 'core-no-cycles',
      severity: 'error',
      comment: 'No circular imports inside src/core (type-only imports included).',
      from: { path: CORE, pathNot: TEST },
      to: { path: CORE, circular: true },
    },
    layer('data-imports-nothing', DATA, [DATA, '^node_modules/.+\\.json$'],
      'src/data holds tables only: other src/data modules and the JSON of npm data packages; no code, no types from core.'),
    layer('locales-import-nothing', LOCALES, [LOCALES, CORE],
      'src/locales are catalogs: they import nothing but `import type` from src/core.'),
    {
      name: 'locales-import-only-core-types',
      severity: 'error',
      comment: 'src/locales are catalogs: an import from src/core must be `import type`.',
      from: { path: LOCALES, pathNot: TEST },
      to: { path: CORE, dependencyTypesNot: ['type-only'] },
    },
    layer('dom-imports-core-and-locales', DOM, [DOM, CORE, LOCALES, NPM],
      'src/dom imports src/core, src/locales and npm libraries; never src/data (tables arrive through the injected loader), src/node or Node built-ins.'),
    forbid('dom-no-data-packages', DOM, DATA_PACKAGES,
      'src/dom imports no data package: data reaches the browser through the entries and the injected loader.'),
    layer('node-imports-core-data-locales', NODE, [NODE, CORE, DATA, LOCALES, NPM],
      'src/node (Node-only bindings) imports src/core, src/data, src/locales, npm packages and Node built-ins; never src/dom.',
      { dependencyTypesNot: ['core'] }),
    layer('adapters-import-core-and-dom', ADAPTERS, [ADAPTERS, CORE, DOM, NPM],
      'Framework adapters are thin: they import src/core and src/dom (and their framework), nothing else.'),
    forbid('adapters-no-data-packages', ADAPTERS, DATA_PACKAGES,
      'Framework adapters import no data package.'),
    {
      name: 'frameworks-only-in-their-adapters',
      severity: 'error',
      comment: 'React and Vue are optional peers: only saisie/react (src/react.ts, src/react/) and saisie/vue (src/vue.ts, src/vue/) import them.',
      from: { path: '^src/', pathNot: ['^src/(react|vue)(/|\\.ts$)', TEST] },
      to: { path: '^node_modules/(react|react-dom|vue|@vue/[^/]+)/' },
    },
    {
      name: 'entries-import-src-and-packages',
      severity: 'error',
      comment: 'Entries import anything in src/ and npm packages, nothing from test/, scripts/ or elsewhere.',
      from: { path: ENTRY },
      to: { pathNot: ['^src/', NPM], dependencyTypesNot: ['core'], couldNotResolve: false },
    },
    {
      name: 'only-entries-import-entries',
      severity: 'error',
      comment: 'Nothing imports an entry (src/index.ts, browser.ts, defaults.ts, node.ts) except another entry.',
      from: { path: '^src/', pathNot: [ENTRY, TEST] },
      to: { path: ENTRY },
    },
    {
      name: 'browser-entries-not-to-node',
      severity: 'warn',
      comment: 'The browser entries (index, browser, defaults) should not reach src/node.ts or src/node/: they end up in the script tag.',
      from: { path: '^src/(index|browser|defaults)\\.ts$' },
      to: { path: '^src/node(/|\\.ts$)' },
    },
    {
      name: 'no-import-of-tests',
      severity: 'error',
      comment: 'Library code never imports a test file.',
      from: { path: '^src/', pathNot: TEST },
      to: { path: TEST },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve to a file has no layer (check the path, or install the package).',
      from: { path: '^src/', pathNot: TEST },
      to: { couldNotResolve: true },
    },
  ],
  required: [
    {
      name: 'no-orphan-layer',
      severity: 'error',
      comment:
        'Every file under src/ belongs to a layer: an entry (src/index.ts, browser.ts, defaults.ts, node.ts) or ' +
        'src/{core,data,locales,dom,node,adapters,react,vue}/. A new folder needs its row in .dependency-cruiser.cjs first.',
      module: { path: '^src/', pathNot: [ENTRY, CORE, DATA, LOCALES, DOM, NODE, ADAPTERS, TEST] },
      // Matches nothing, so every module the rule selects is reported, with or without imports.
      to: { path: '(?!)' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    moduleSystems: ['es6', 'cjs'],
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      archi: { collapsePattern: '^src/[^/]+|^node_modules/(@[^/]+/)?[^/]+' },
      dot: { collapsePattern: '^src/[^/]+|^node_modules/(@[^/]+/)?[^/]+' },
    },
  },
};
