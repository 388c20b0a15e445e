import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress, isUuid, safeReturnTo, type Logger, type Principal } from '@guildhall/kernel';
import { sessionCookie } from './cookies.js';
import { FormBodyError, readFormBody } from './form-body.js';
import { SubgraphCallError, type SubgraphClient } from './subgraph-client.js';

const AS_GATEWAY: Principal = { kind: 'service', service: 'gateway' };

export interface SsoRoutesOptions {
  client: SubgraphClient;
  identityUrl: string;
  /** Where browsers reach the gateway, e.g. https://app.example (no trailing slash needed). */
  publicUrl: string;
  secureCookie: boolean;
  log: Logger;
}

/** A signed SAMLResponse with a certificate and attributes is a few KB; this leaves room for large ones. */
const ACS_BODY_LIMIT_BYTES = 512 * 1024;

function refuse(res: ServerResponse, message: string, error = 'SSO_SIGN_IN_FAILED', status = 400) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ error, message }));
}

function notFound(res: ServerResponse) {
  res.statusCode = 404;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: 'NOT_FOUND', message: 'Not found.' }));
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

/** A connection its org must fix says so (identity's SSO_PROVIDER_MISCONFIGURED), so nobody goes hunting at the IdP. */
const errorCode = (error: unknown) =>
  error instanceof SubgraphCallError && error.codes.includes('SSO_PROVIDER_MISCONFIGURED') ? 'SSO_PROVIDER_MISCONFIGURED' : 'SSO_SIGN_IN_FAILED';

/**
 * `GET /auth/sso/<connectionId>/start?returnTo=/path` sends the browser to the IdP (OIDC or SAML);
 * `GET /auth/sso/callback?code=…&state=…` finishes OIDC; `POST /auth/sso/<connectionId>/acs` (the IdP's
 * form post: SAMLResponse, RelayState) finishes SAML; both set the session cookie and return to `returnTo`.
 * `GET /auth/sso/<connectionId>/metadata` is our SAML SP metadata, which is also the SP entity id.
 */
export function createSsoRoutes(options: SsoRoutesOptions) {
  const base = options.publicUrl.replace(/\/$/, '');
  const redirectUri = `${base}/auth/sso/callback`;
  // the finishing calls carry the browser's address and agent, recorded on the session like a password sign-in's
  const call = <T>(query: string, variables: Record<string, unknown>, from?: IncomingMessage) =>
    options.client<T>('identity', options.identityUrl, query, variables, from ? { principal: AS_GATEWAY, origin: { ip: clientAddress(from), userAgent: from.headers['user-agent']?.slice(0, 512) ?? null } } : undefined);

  const signedIn = (res: ServerResponse, done: { sessionToken: string; expiresAt: string; returnTo: string }) =>
    redirect(res, safeReturnTo(done.returnTo), sessionCookie(done.sessionToken, new Date(done.expiresAt), options.secureCookie));
  const refused = (res: ServerResponse, error: unknown) => {
    options.log.info('sso sign-in refused', { reason: reason(error) });
    refuse(res, reason(error), errorCode(error));
  };

  async function callback(url: URL, req: IncomingMessage, res: ServerResponse) {
    try {
      const data = await call<{ completeSsoLogin: { sessionToken: string; expiresAt: string; returnTo: string } }>(
        'mutation ($callbackUrl: String!) { completeSsoLogin(callbackUrl: $callbackUrl) { sessionToken expiresAt returnTo } }',
        { callbackUrl: `${redirectUri}${url.search}` },
        req,
      );
      return signedIn(res, data.completeSsoLogin);
    } catch (error) {
      return refused(res, error);
    }
  }

  async function start(connectionId: string, url: URL, res: ServerResponse) {
    try {
      const data = await call<{ beginSsoLogin: string }>(
        'mutation ($connectionId: ID!, $redirectUri: String!, $returnTo: String, $publicUrl: String) { beginSsoLogin(connectionId: $connectionId, redirectUri: $redirectUri, returnTo: $returnTo, publicUrl: $publicUrl) }',
        { connectionId, redirectUri, returnTo: safeReturnTo(url.searchParams.get('returnTo')), publicUrl: base },
      );
      return redirect(res, data.beginSsoLogin);
    } catch (error) {
      return refuse(res, reason(error), errorCode(error));
    }
  }

  // a cross-site form post from the IdP by design: no CSRF check applies here (Apollo's covers /graphql);
  // the response itself is the proof, bound to a request we sent and signed by the IdP
  async function acs(connectionId: string, req: IncomingMessage, res: ServerResponse) {
    let form: URLSearchParams;
    try {
      form = await readFormBody(req, ACS_BODY_LIMIT_BYTES);
    } catch (error) {
      if (error instanceof FormBodyError) return refuse(res, error.message, 'SSO_SIGN_IN_FAILED', error.status);
      throw error;
    }
    const samlResponse = form.get('SAMLResponse');
    if (!samlResponse) return refuse(res, 'The identity provider posted no SAMLResponse.');
    try {
      const data = await call<{ completeSamlLogin: { sessionToken: string; expiresAt: string; returnTo: string } }>(
        'mutation ($connectionId: ID!, $samlResponse: String!, $relayState: String, $publicUrl: String!) { completeSamlLogin(connectionId: $connectionId, samlResponse: $samlResponse, relayState: $relayState, publicUrl: $publicUrl) { sessionToken expiresAt returnTo } }',
        { connectionId, samlResponse, relayState: form.get('RelayState'), publicUrl: base },
        req,
      );
      return signedIn(res, data.completeSamlLogin);
    } catch (error) {
      return refused(res, error);
    }
  }

  async function metadata(connectionId: string, res: ServerResponse) {
    const data = await call<{ samlServiceProviderMetadata: string | null }>(
      'query ($connectionId: ID!, $publicUrl: String!) { samlServiceProviderMetadata(connectionId: $connectionId, publicUrl: $publicUrl) }',
      { connectionId, publicUrl: base },
    );
    if (!data.samlServiceProviderMetadata) return notFound(res);
    res.statusCode = 200;
    res.setHeader('content-type', 'application/samlmetadata+xml; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=300');
    res.end(data.samlServiceProviderMetadata);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    const parts = url.pathname.split('/').filter(Boolean); // ['auth', 'sso', …]
    const [, , connectionId, action] = parts;
    if (req.method === 'GET' && parts.length === 3 && connectionId === 'callback') return callback(url, req, res);
    if (parts.length !== 4 || !isUuid(connectionId!)) return notFound(res);
    if (req.method === 'GET' && action === 'start') return start(connectionId!, url, res);
    if (req.method === 'GET' && action === 'metadata') return metadata(connectionId!, res);
    if (req.method === 'POST' && action === 'acs') return acs(connectionId!, req, res);
    return notFound(res);
  };
}
