import type { IncomingMessage, ServerResponse } from 'node:http';

export interface SecurityHeaderOptions {
  /** Strict-Transport-Security: behind HTTPS (COOKIE_SECURE) and always in production. */
  hsts: boolean;
  /** Content-Security-Policy when true; Content-Security-Policy-Report-Only otherwise (CSP_ENFORCE). */
  cspEnforce: boolean;
  /** Absolute URL of the CSP report endpoint (`${PUBLIC_URL}/csp-report`), for Reporting-Endpoints. */
  reportUrl: string;
}

/** The name of the CSP header in use (the enforcing one, or the report-only one). */
export const cspHeaderName = (enforce: boolean) => (enforce ? 'Content-Security-Policy' : 'Content-Security-Policy-Report-Only');

/**
 * The gateway serves JSON, CSV, PDFs, XML metadata and redirects, never pages of its own: its policy
 * allows nothing to load, run or frame it. Violations are reported to /csp-report (`report-uri` for
 * every browser, `report-to` for those with the Reporting API).
 */
export const GATEWAY_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; report-uri /csp-report; report-to csp";

/** The hardening headers of every response, computed once at start (they are the same for all). */
export function securityHeaders(options: SecurityHeaderOptions): readonly (readonly [string, string])[] {
  return [
    [cspHeaderName(options.cspEnforce), GATEWAY_CSP],
    ['Reporting-Endpoints', `csp="${options.reportUrl}"`],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // same-site: the dashboard (another port or subdomain of the same site) may still embed what it fetches
    ['Cross-Origin-Resource-Policy', 'same-site'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ...(options.hsts ? [['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'] as const] : []),
  ];
}

export function setSecurityHeaders(res: ServerResponse, headers: readonly (readonly [string, string])[]) {
  for (const [name, value] of headers) res.setHeader(name, value);
}

/**
 * CORS with credentials for the dashboard's origins only; any other origin gets no CORS headers.
 * Returns true when it answered the request itself (a preflight).
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin || !allowedOrigins.includes(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  if (req.method !== 'OPTIONS') return false;
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name');
  res.setHeader('Access-Control-Max-Age', '600');
  res.statusCode = 204;
  res.end();
  return true;
}
