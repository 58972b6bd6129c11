// Rollup plugin for the script-tag build: each `src/data/load-<kind>.ts` (dynamic imports of data
// modules) is replaced by a fetch of `data/<kind>/<key>.json` beside the script, so no table is inlined.
import { fileURLToPath } from 'node:url';

const fetcher = fileURLToPath(new URL('../src/dom/fetch-data.ts', import.meta.url));

export default function fetchDataPlugin() {
  return {
    name: 'saisie-fetch-data',
    load(id) {
      const m = /[\\/]src[\\/]data[\\/]load-([\w-]+)\.ts$/.exec(id);
      if (!m) return null;
      return `import { fetchData } from ${JSON.stringify(fetcher)};\nexport default function load(key) { return fetchData(${JSON.stringify(m[1])}, key); }\n`;
    },
  };
}
