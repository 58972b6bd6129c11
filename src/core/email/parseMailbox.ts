import emailAddresses from 'email-addresses';

/** A mailbox as written in a header or an address book: `"Jean Dupont" <jean@exemple.fr>`. */
export interface Mailbox {
  name?: string;
  address: string;
}

/** Whether parentheses nest deeper than `max`: email-addresses is super-linear on nested comments. */
function nestsDeeper(s: string, max: number): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(' && ++depth > max) return true;
    if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return false;
}

/** Extracts the address from a pasted mailbox (RFC 5322 via email-addresses), bounded and never throwing. */
export function parseMailbox(input: string): Mailbox | undefined {
  if (typeof input !== 'string' || input.length > 320 || nestsDeeper(input, 2)) return undefined;
  try {
    const r = emailAddresses.parseOneAddress({ input: input.trim(), rfc6532: true });
    if (!r || r.type !== 'mailbox') return undefined;
    return r.name ? { name: r.name, address: r.address } : { address: r.address };
  } catch {
    return undefined;
  }
}
