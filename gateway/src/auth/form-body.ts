import type { IncomingMessage } from 'node:http';

export class FormBodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** An application/x-www-form-urlencoded body, read up to `limitBytes` (an IdP's SAMLResponse is a few KB). */
export async function readFormBody(req: IncomingMessage, limitBytes: number): Promise<URLSearchParams> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
    req.resume();
    throw new FormBodyError(415, 'Expected an application/x-www-form-urlencoded form.');
  }
  if (Number(req.headers['content-length'] ?? 0) > limitBytes) {
    req.resume();
    throw new FormBodyError(413, 'The form is too large.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // leaving the loop destroys the request: an undeclared oversized body is cut off, not drained
    if (size > limitBytes) throw new FormBodyError(413, 'The form is too large.');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
