// Reads a request's JSON body as hostile input: the declared type must be JSON, the size is capped (an announced
// Content-Length over the cap is refused before a byte is read; a chunked body is cut the moment it passes it,
// never buffered), and the whole body must arrive before a deadline (a slow-loris body is cut too).
import type { IncomingMessage } from 'node:http';

/** What `readJsonBody` read: the parsed value, or the HTTP error to answer. */
export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: number; error: string; message: string; /** The rest of the body was not read: close the connection. */ unread?: boolean };

/** Options of `readJsonBody`: at most `limit` bytes, arriving within `timeoutMs`. */
export interface ReadJsonBodyOptions {
  limit: number;
  timeoutMs: number;
}

const fail = (status: number, error: string, message: string, unread = false): BodyResult => ({ ok: false, status, error, message, ...(unread ? { unread } : {}) });

/** Whether a Content-Type header says JSON in UTF-8 (`application/json`, `application/json; charset=utf-8`). */
function isJsonType(header: string | undefined): boolean {
  if (!header || header.length > 200) return false;
  const [type = '', ...params] = header.toLowerCase().split(';').map((p) => p.trim());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

/** Reads and parses a JSON request body of at most `limit` bytes (a body a framework already parsed is taken as is). */
export function readJsonBody(req: IncomingMessage, options: ReadJsonBodyOptions): Promise<BodyResult> {
  const { limit, timeoutMs } = options;
  const tooLarge = () => fail(413, 'too-large', `The body is over ${limit} bytes.`, true);
  if (!isJsonType(req.headers['content-type'])) return Promise.resolve(fail(415, 'unsupported-media-type', 'Send the body as Content-Type: application/json.', true));
  const declared = req.headers['content-length'];
  if (declared !== undefined && !(Number(declared) <= limit)) return Promise.resolve(tooLarge());
  // Express's json() or Fastify's parser may have read the stream already.
  const parsed = (req as { body?: unknown }).body;
  if (req.readableEnded && parsed !== undefined) {
    if (typeof parsed === 'string' || Buffer.isBuffer(parsed)) return Promise.resolve(parse(Buffer.from(parsed)));
    return Promise.resolve({ ok: true, value: parsed });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onAbort);
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(tooLarge());
      chunks.push(chunk);
    };
    const onEnd = () => finish(parse(Buffer.concat(chunks, size)));
    const onAbort = () => finish(fail(400, 'aborted', 'The request ended before its body.', true));
    const timer = setTimeout(() => finish(fail(408, 'body-timeout', `The body did not arrive within ${timeoutMs} ms.`, true)), timeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onAbort);
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parse(bytes: Buffer): BodyResult {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail(400, 'invalid-json', 'The body is not UTF-8.');
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail(400, 'invalid-json', 'The body is not valid JSON.');
  }
}
