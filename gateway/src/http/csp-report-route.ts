import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress, type Logger } from '@guildhall/kernel';
import { createRateLimiter } from '../auth/rate-limiter.js';

const TYPES = ['application/csp-report', 'application/reports+json', 'application/json'];
const MAX_BYTES = 32_768;
/** At most this many violations of one request are logged (a report batch can hold many). */
const MAX_LOGGED = 5;

export interface CspViolation {
  directive: string;
  blocked: string;
  document: string;
  disposition: string;
  source: string | null;
}

/**
 * `POST /csp-report`: browsers report Content-Security-Policy violations here, as
 * `application/csp-report` (report-uri: `{ "csp-report": {...} }`) or `application/reports+json`
 * (the Reporting API: `[{ type: "csp-violation", body: {...} }]`). Each violation becomes one compact
 * log line; URLs lose their query strings and fragments (a token in a URL never reaches the log).
 * Anyone may post, so it is rate-limited per client address and bounded in size; it answers 204.
 */
export function createCspReportRoute(options: { perMinute: number; log: Logger; now?: () => number }) {
  const limiter = createRateLimiter(options.perMinute, options.now);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const wait = limiter.take(clientAddress(req) ?? 'unknown');
    if (wait > 0) return finish(req, res, 429, { 'retry-after': String(wait) });
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!TYPES.includes(type)) return finish(req, res, 415);
    if (Number(req.headers['content-length'] ?? 0) > MAX_BYTES) return finish(req, res, 413);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BYTES) return finish(req, res, 413);
      chunks.push(chunk);
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return finish(req, res, 400);
    }
    const violations = violationsOf(body);
    for (const violation of violations.slice(0, MAX_LOGGED)) options.log.info('csp violation', { ...violation });
    if (violations.length > MAX_LOGGED) options.log.info('csp violations not logged', { count: violations.length - MAX_LOGGED });
    finish(req, res, 204);
  };
}

function finish(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string> = {}) {
  if (!req.readableEnded) req.resume();
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('cache-control', 'no-store');
  res.end();
}

/** Both report formats, as compact violations; anything else is ignored. */
export function violationsOf(body: unknown): CspViolation[] {
  const reports: Record<string, unknown>[] = [];
  if (Array.isArray(body)) {
    for (const report of body) {
      if (isObject(report) && report['type'] === 'csp-violation' && isObject(report['body'])) reports.push(normalizeReporting(report['body']));
    }
  } else if (isObject(body) && isObject(body['csp-report'])) {
    reports.push(body['csp-report']);
  }
  return reports.map((r) => ({
    directive: text(r['effective-directive'] ?? r['violated-directive'], 64),
    blocked: withoutQuery(r['blocked-uri']),
    document: withoutQuery(r['document-uri']),
    disposition: text(r['disposition'], 16) || 'enforce',
    source: r['source-file'] ? `${withoutQuery(r['source-file'])}${typeof r['line-number'] === 'number' ? `:${r['line-number']}` : ''}` : null,
  }));
}

/** The Reporting API's camelCase body in the legacy report's terms. */
const normalizeReporting = (b: Record<string, unknown>): Record<string, unknown> => ({
  'effective-directive': b['effectiveDirective'],
  'blocked-uri': b['blockedURL'],
  'document-uri': b['documentURL'],
  disposition: b['disposition'],
  'source-file': b['sourceFile'],
  'line-number': b['lineNumber'],
});

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max: number) => (typeof value === 'string' ? value.replace(/[^\x20-\x7e]/g, '').slice(0, max) : '');

/** A URL's origin and path only; keywords (`inline`, `eval`, `data`) as they are. */
export function withoutQuery(value: unknown): string {
  if (typeof value !== 'string' || !value) return '';
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') return text(`${url.origin}${url.pathname}`, 200);
    return text(url.protocol.replace(/:$/, ''), 32); // data:, blob:, chrome-extension: … without their contents
  } catch {
    return text(value.split(/[?#]/)[0], 64);
  }
}
