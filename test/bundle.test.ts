// What a bundler pulls in: importing only checkEmail must not drag phone metadata or other rules along.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { bundleSize } from '../scripts/check-size.mjs';

describe('tree-shaking of the ESM build', () => {
  it('checkEmail alone pulls in no phone metadata, address data or first names', async () => {
    const { code } = await bundleSize("export { checkEmail } from './dist/index.js';");
    expect(code).toMatch(/gmail/);
    expect(code).not.toMatch(/country_calling_codes|libphonenumber/);
    expect(code).not.toMatch(/%N%n%O%n%A/); // address formats
    expect(code).not.toMatch(/Mademoiselle|Signorina/); // civility tables
  });
  it('formatAddress alone pulls in no phone metadata', async () => {
    const { code } = await bundleSize("export { formatAddress } from './dist/index.js';");
    expect(code).not.toMatch(/country_calling_codes/);
  });
});
