import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { notFound, safeReturnTo, selectRows } from '@guildhall/kernel';
import { beginSamlLogin } from './saml-login.js';
import type { SsoConnectionRecord } from './sso-connections.js';
import { enabledSsoConnection, refused, signInThroughSso, SSO_ATTEMPT_TTL_MS, type SsoLoginDeps, type SsoLoginResult } from './sso-sign-in.js';

const hashState = (state: string) => createHash('sha256').update(state).digest('base64url');

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

function requireOidc(connection: SsoConnectionRecord): SsoConnectionRecord {
  if (connection.kind !== 'OIDC' || !connection.oidcIssuer || !connection.oidcClientId || !connection.oidcClientSecretSealed) throw notFound('SSO connection');
  return connection;
}

/** Discovery at the connection's issuer; plain http only in development, and only on loopback. */
async function configurationOf(deps: SsoLoginDeps, connection: SsoConnectionRecord): Promise<oidc.Configuration> {
  const issuer = new URL(connection.oidcIssuer!);
  const insecure = issuer.protocol === 'http:' && deps.services.development && isLoopback(issuer);
  try {
    return await oidc.discovery(issuer, connection.oidcClientId!, deps.services.secrets.open(connection.oidcClientSecretSealed!), undefined, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
  } catch {
    throw refused('The identity provider of this connection cannot be reached or is misconfigured.');
  }
}

export interface BeginSsoLoginInput {
  connectionId: string;
  /** Where the IdP sends OIDC users back: `${PUBLIC_URL}/auth/sso/callback`. */
  redirectUri: string;
  /** The gateway's public base; SAML's entity id and ACS are built from it. */
  publicUrl?: string | null;
  returnTo?: string | null;
}

/** Starts a sign-in through an enabled connection and returns the IdP URL to send the browser to. */
export async function beginSsoLogin(deps: SsoLoginDeps, input: BeginSsoLoginInput): Promise<string> {
  const connection = await enabledSsoConnection(deps, input.connectionId);
  if (connection.kind === 'SAML') return beginSamlLogin(deps, connection, { publicUrl: input.publicUrl ?? null, returnTo: input.returnTo ?? null });
  return beginOidcLogin(deps, requireOidc(connection), input);
}

/** OIDC: stores a single-use attempt (state, nonce, sealed PKCE verifier) and returns the authorization URL. */
async function beginOidcLogin(deps: SsoLoginDeps, connection: SsoConnectionRecord, input: BeginSsoLoginInput): Promise<string> {
  const config = await configurationOf(deps, connection);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await selectRows(
    deps.em,
    `insert into "identity"."sso_attempt" (state_hash, connection_id, code_verifier, nonce, redirect_uri, return_to, expires_at) values (?, ?, ?, ?, ?, ?, ?) returning state_hash`,
    [hashState(state), connection.id, deps.services.secrets.seal(codeVerifier), nonce, input.redirectUri, safeReturnTo(input.returnTo), new Date(Date.now() + SSO_ATTEMPT_TTL_MS)],
  );
  return oidc
    .buildAuthorizationUrl(config, {
      redirect_uri: input.redirectUri,
      scope: (connection.oidcScopes ?? ['openid', 'email', 'profile']).join(' '),
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    })
    .toString();
}

interface AttemptRow {
  connectionId: string;
  codeVerifier: string;
  nonce: string;
  redirectUri: string;
  returnTo: string;
  expiresAt: Date;
}

/**
 * Completes an OIDC sign-in from the IdP's redirect: takes the attempt (once), redeems the code with
 * PKCE and checks state and nonce, then needs a verified email of a domain the connection's org holds
 * VERIFIED. The user is found by that email or created (no password), and a session is issued.
 */
export async function completeSsoLogin(deps: SsoLoginDeps, callbackUrl: string): Promise<SsoLoginResult> {
  let callback: URL;
  try {
    callback = new URL(callbackUrl);
  } catch {
    throw refused('The sign-in callback is not a URL.');
  }
  const state = callback.searchParams.get('state');
  if (!state) throw refused('The sign-in callback has no state.');
  // single use: the attempt is gone once read, whatever happens next
  const [attempt] = await selectRows<AttemptRow>(deps.em, `delete from "identity"."sso_attempt" where state_hash = ? returning *`, [hashState(state)]);
  if (!attempt) throw refused('This sign-in attempt is unknown or was already used; start again.');
  if (new Date(attempt.expiresAt).getTime() < Date.now()) throw refused('This sign-in attempt expired; start again.');
  const connection = requireOidc(await enabledSsoConnection(deps, attempt.connectionId));
  const config = await configurationOf(deps, connection);
  const current = new URL(attempt.redirectUri);
  current.search = callback.search;

  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: deps.services.secrets.open(attempt.codeVerifier),
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    claims = { ...tokens.claims() };
    if (claims['email'] === undefined || claims['email_verified'] === undefined) {
      // many IdPs keep the email out of the ID token; the userinfo endpoint has it
      const info = await oidc.fetchUserInfo(config, tokens.access_token, String(claims['sub']));
      claims = { ...info, ...claims, email: claims['email'] ?? info.email, email_verified: claims['email_verified'] ?? info.email_verified };
    }
  } catch {
    throw refused('The identity provider’s answer could not be verified; start again.');
  }
  if (typeof claims['email'] !== 'string' || !claims['email'].includes('@')) throw refused('The identity provider did not share an email address.');
  if (claims['email_verified'] !== true) throw refused('The identity provider has not verified this email address.');
  const name = typeof claims['name'] === 'string' ? claims['name'] : null;
  return signInThroughSso(deps, connection, { email: claims['email'], name, returnTo: attempt.returnTo });
}
