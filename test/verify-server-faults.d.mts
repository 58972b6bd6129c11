// Types of test/verify-server-faults.mjs for the TypeScript tests that start it.
import type { IncomingHttpHeaders } from 'node:http';

/** One request the flaky backend received. */
export interface FaultRequest {
  method: string | undefined;
  /** The path, mode prefixes included (an `X-Fault` header's prefixes put in front). */
  path: string;
  /** What it was counted under: "ok", "slow", "status/500", "fail/503", "reset", "cut", "hang", "html"… */
  mode: string;
  headers: IncomingHttpHeaders;
  /** The body parsed as JSON (undefined when it was none), and as text. */
  body: unknown;
  text: string;
  size: number;
  /** True once the client went away before it was answered (a timeout, an abort). */
  aborted: boolean;
  answered: boolean;
}

/** A running flaky backend. */
export interface FaultServer {
  url: string;
  requests: FaultRequest[];
  counts: Record<string, number>;
  /** How many requests were counted under a mode. */
  count(mode: string): number;
  /** Forgets the requests, counts and /fail counters. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts the flaky verification backend on 127.0.0.1 (port 0: any free one). */
export function startFaultServer(options?: { port?: number; cors?: string }): Promise<FaultServer>;
