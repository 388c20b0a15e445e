import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../log/logger.js';

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
