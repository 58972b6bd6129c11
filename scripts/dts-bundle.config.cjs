// dts-bundle-generator config (run by `npm run build` after tsc): one self-contained declaration file per typed
// entry, replacing tsc's dist/index.d.ts and dist/node.d.ts, so a user's TypeScript reads only the public surface
// (no internal module, no DOM name: see src/dom/globals.ts) whatever its lib, types and skipLibCheck.
// Paths are relative to this file. noCheck: test/types-node.test.ts type-checks the output as users compile it.
const output = { inlineDeclareGlobals: true, exportReferencedTypes: false };

module.exports = {
  compilationOptions: { preferredConfigPath: '../tsconfig.build.json' },
  entries: [
    { filePath: '../src/index.ts', outFile: '../dist/index.d.ts', noCheck: true, output },
    { filePath: '../src/node.ts', outFile: '../dist/node.d.ts', noCheck: true, output },
    { filePath: '../src/data/index.ts', outFile: '../dist/data/index.d.ts', noCheck: true, output },
  ],
};
