// attach() in plain Node (no document): a clear saisie: error, not a ReferenceError from deep inside.
import { describe, expect, it } from 'vitest';
import { attach } from './attach.js';
import { browserTables } from '../../test/tables.js';

describe('attach without a DOM', () => {
  it('says what it needs', () => {
    expect(typeof document).toBe('undefined');
    expect(() => attach('#signup', {}, browserTables())).toThrow(/^saisie: attach\(\) needs a DOM/);
    expect(() => attach({} as never, {}, browserTables())).toThrow(/^saisie: attach\(\) needs a <form>/);
  });
});
