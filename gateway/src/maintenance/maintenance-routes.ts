import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handler } from '@guildhall/kernel';
import type { Authenticator } from '../auth/authenticator.js';
import { sessionTokenOf } from '../auth/cookies.js';
import { SCIM_ERROR_SCHEMA } from '../scim/scim-errors.js';
import { retryAfterSeconds, sendMaintenance, type MaintenanceGate } from './maintenance-gate.js';

/**
 * The HTTP routes under maintenance. Health, metrics, CSP reports, SSO (a platform admin signs in to
 * end a window) and provider webhooks always pass: a webhook is how a payment captured before the
 * window settles, billing settles each exactly once, and a refusal would only defer it, for a
 * platform-wide window possibly past the provider's retry horizon. Routes with a caller are gated like
 * GraphQL: SCIM by its token's org; signed document links (no caller, no org) by platform-wide windows.
 */
export function scimUnlessMaintenance(gate: MaintenanceGate, authenticator: Authenticator, scim: Handler): Handler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (gate.anyInForce()) {
      const principal = await authenticator.scimPrincipalFor(sessionTokenOf(req.headers).token).catch(() => null);
      const window = gate.windowFor(principal, []);
      if (window) {
        req.resume();
        res.statusCode = 503;
        res.setHeader('retry-after', String(retryAfterSeconds(window)));
        res.setHeader('content-type', 'application/scim+json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        return void res.end(JSON.stringify({ schemas: [SCIM_ERROR_SCHEMA], status: '503', detail: window.message }));
      }
    }
    return scim(req, res);
  };
}

export function unlessPlatformMaintenance(gate: MaintenanceGate, handler: Handler): Handler {
  return (req, res) => {
    const window = gate.anyInForce() ? gate.windowFor(null, []) : null;
    if (window) return sendMaintenance(res, window);
    return handler(req, res);
  };
}
