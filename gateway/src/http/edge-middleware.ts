import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '@guildhall/kernel';

/** Baseline hardening headers on every response (the full CSP arrives with the compliance work). */
export function securityHeaders(options: { hsts: boolean }) {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (options.hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

/** CORS with credentials for the dashboard's origins only; any other origin gets no CORS headers. */
export function cors(allowedOrigins: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (origin && allowedOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/**
 * The last handler: errors raised before GraphQL runs (malformed JSON, a body over the limit) answer as
 * GraphQL errors. Express's default handler would print the stack trace whenever NODE_ENV is not production.
 */
export function jsonErrors(log: Logger) {
  return (error: { status?: unknown; statusCode?: unknown; expose?: unknown; message?: unknown }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const raw = Number(error.status ?? error.statusCode);
    const status = raw >= 400 && raw < 600 ? raw : 500;
    if (status >= 500) log.error('unexpected error', { error });
    const clientError = status < 500 && error.expose === true && typeof error.message === 'string';
    res.status(status).json({ errors: [clientError ? { message: error.message, extensions: { code: 'BAD_REQUEST' } } : { message: 'Internal server error', extensions: { code: 'INTERNAL' } }] });
  };
}
