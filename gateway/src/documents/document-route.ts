import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Logger } from '@guildhall/kernel';
import type { SubgraphClient } from '../auth/subgraph-client.js';

export interface DocumentRouteOptions {
  client: SubgraphClient;
  billingUrl: string;
  log: Logger;
}

const DOCUMENT_PDF = `query ($token: String!) { documentPdf(token: $token) { filename contentBase64 } }`;
/** Two base64url parts; billing's tokens are about 130 characters. */
const TOKEN = /^[A-Za-z0-9_-]{1,200}\.[A-Za-z0-9_-]{1,100}$/;

/**
 * `GET /documents/<token>`: the PDF of an invoice or credit note, for links in emails and in the
 * dashboard. No session or API key is asked for: the link itself is the credential. Billing signs it
 * (HMAC over the document and an expiry, minutes away) and verifies it here through its internal
 * `documentPdf` query, called as the gateway service; anyone holding an unexpired link may download
 * that one document, so links are handed only to callers who may see it, and the response is never
 * cached. Anything that does not name a document (malformed, tampered, expired, a draft, unknown) is
 * the same 404; a billing outage is 503.
 */
export function createDocumentRoute(options: DocumentRouteOptions) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const token = (req.url ?? '').split('?')[0]!.replace(/^\/documents\//, '');
    if (!TOKEN.test(token)) return notFound(res);
    let file: { filename: string; contentBase64: string } | null;
    try {
      ({ documentPdf: file } = await options.client<{ documentPdf: { filename: string; contentBase64: string } | null }>('billing', options.billingUrl, DOCUMENT_PDF, { token }));
    } catch (error) {
      options.log.error(`billing did not serve a document: ${(error as Error).message}`);
      return sendJson(res, 503, { error: 'UNAVAILABLE', message: 'Try again later.' });
    }
    if (!file) return notFound(res);
    const pdf = Buffer.from(file.contentBase64, 'base64');
    const filename = file.filename.replace(/[^A-Za-z0-9._-]/g, '-'); // billing's names are safe already; a header is no place to trust that
    res.statusCode = 200;
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-length', String(pdf.length));
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('cache-control', 'private, no-store');
    res.end(pdf);
  };
}

const notFound = (res: ServerResponse) => sendJson(res, 404, { error: 'NOT_FOUND', message: 'This link is invalid or has expired.' });
