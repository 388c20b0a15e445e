import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@guildhall/kernel';
import { sessionCookie } from './cookies.js';
import type { SubgraphClient } from './subgraph-client.js';

export interface SsoRoutesOptions {
  client: SubgraphClient;
  identityUrl: string;
  /** Where browsers reach the gateway, e.g. https://app.example (no trailing slash needed). */
  publicUrl: string;
  secureCookie: boolean;
  log: Logger;
}

/** Only a path on this site: one leading '/', never '//' or '/\' (another host to a browser). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f]/.test(value)) return '/';
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function refuse(res: ServerResponse, message: string) {
  res.statusCode = 400;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ error: 'SSO_SIGN_IN_FAILED', message }));
}

function redirect(res: ServerResponse, location: string, cookie?: string) {
  res.statusCode = 302;
  res.setHeader('location', location);
  res.setHeader('cache-control', 'no-store');
  if (cookie) res.setHeader('set-cookie', cookie);
  res.end();
}

/** The subgraph's message for a refused sign-in (identity answers BAD_REQUEST / NOT_FOUND with a readable message). */
const reason = (error: unknown) => (error instanceof Error ? error.message.replace(/^identity answered \d+: /, '') : 'Sign-in failed.');

/**
 * `GET /auth/sso/<connectionId>/start?returnTo=/path` sends the browser to the IdP;
 * `GET /auth/sso/callback?code=…&state=…` finishes, sets the session cookie and returns to `returnTo`.
 */
export function createSsoRoutes(options: SsoRoutesOptions) {
  const base = options.publicUrl.replace(/\/$/, '');
  const redirectUri = `${base}/auth/sso/callback`;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    const parts = url.pathname.split('/').filter(Boolean); // ['auth', 'sso', …]
    if (parts.length === 3 && parts[2] === 'callback') {
      try {
        const data = await options.client<{ completeSsoLogin: { sessionToken: string; expiresAt: string; returnTo: string } }>(
          'identity',
          options.identityUrl,
          'mutation ($callbackUrl: String!) { completeSsoLogin(callbackUrl: $callbackUrl) { sessionToken expiresAt returnTo } }',
          { callbackUrl: `${redirectUri}${url.search}` },
        );
        const done = data.completeSsoLogin;
        return redirect(res, safeReturnTo(done.returnTo), sessionCookie(done.sessionToken, new Date(done.expiresAt), options.secureCookie));
      } catch (error) {
        options.log.info('sso sign-in refused', { reason: reason(error) });
        return refuse(res, reason(error));
      }
    }
    if (parts.length === 4 && parts[3] === 'start' && UUID.test(parts[2]!)) {
      try {
        const data = await options.client<{ beginSsoLogin: string }>(
          'identity',
          options.identityUrl,
          'mutation ($connectionId: ID!, $redirectUri: String!, $returnTo: String) { beginSsoLogin(connectionId: $connectionId, redirectUri: $redirectUri, returnTo: $returnTo) }',
          { connectionId: parts[2], redirectUri, returnTo: safeReturnTo(url.searchParams.get('returnTo')) },
        );
        return redirect(res, data.beginSsoLogin);
      } catch (error) {
        return refuse(res, reason(error));
      }
    }
    res.statusCode = 404;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: 'NOT_FOUND', message: 'Not found.' }));
  };
}
