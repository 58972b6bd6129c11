// Types of test/address-server.mjs for the TypeScript tests that start it.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** One request the fixture server received: path (mode prefixes included) and query parameters. */
export interface AddressRequest {
  method: string | undefined;
  path: string;
  query: Record<string, string>;
  mode: string;
  delay: number;
}

/** A handler serving the fixture providers; false for a path it does not serve. */
export function createAddressHandler(options?: { requests?: AddressRequest[]; prefix?: string }): (req: IncomingMessage, res: ServerResponse) => boolean;

/** Starts the fixture providers on 127.0.0.1: BAN at `${url}/ban`, Photon at `${url}/photon`. */
export function startAddressServer(options?: { port?: number }): Promise<{ url: string; requests: AddressRequest[]; close(): Promise<void> }>;
