import { describe, expect, it } from 'vitest';
import { parseMailbox } from './parseMailbox.js';

describe('parseMailbox', () => {
  it('extracts the address of a pasted mailbox', () => {
    expect(parseMailbox('"Jean Dupont" <jean.dupont@exemple.fr>')).toEqual({ name: 'Jean Dupont', address: 'jean.dupont@exemple.fr' });
    expect(parseMailbox('Zoé Durand <zoe@exemple.fr>')).toEqual({ name: 'Zoé Durand', address: 'zoe@exemple.fr' });
    expect(parseMailbox('jean@exemple.fr')).toEqual({ address: 'jean@exemple.fr' });
  });
  it('refuses what it must not parse, without throwing', () => {
    expect(parseMailbox('not a mailbox <')).toBeUndefined();
    expect(parseMailbox('(((((a)))))b@c.fr')).toBeUndefined(); // nested comments: super-linear in the parser
    expect(parseMailbox('a'.repeat(100_000))).toBeUndefined();
    expect(parseMailbox(42 as unknown as string)).toBeUndefined();
  });
});
