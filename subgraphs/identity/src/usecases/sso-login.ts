import { createHash, randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import { notFound, recordEvent, selectRows, topLevelError, type SubgraphContext } from '@guildhall/kernel';
import { normaliseEmail } from '../domain/credentials.js';
import { UserRecord } from '../entities/user.entity.js';
import type { IdentityDeps } from './deps.js';
import { issueSession } from './issue-session.js';
import type { SsoConnectionRecord } from './sso-connections.js';

/** OIDC sign-in needs the secret box (client secret, PKCE verifier) and whether loopback http is allowed. */
export type SsoLoginDeps = IdentityDeps & Pick<SubgraphContext, 'services'>;

export const SSO_ATTEMPT_TTL_MS = 10 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const refused = (message: string) => topLevelError('BAD_REQUEST', message);
const hashState = (state: string) => createHash('sha256').update(state).digest('base64url');

/** Only a path on this site: one leading '/', not '//' or '/\' (which browsers read as another host). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f]/.test(value)) return '/';
  return value.slice(0, 2048);
}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

async function enabledOidcConnection(deps: SsoLoginDeps, connectionId: string): Promise<SsoConnectionRecord> {
  if (!UUID.test(connectionId)) throw notFound('SSO connection');
  const [connection] = await selectRows<SsoConnectionRecord>(deps.em, `select * from "identity"."sso_connection" where id = ? and kind = 'OIDC' and enabled`, [connectionId]);
  if (!connection || !connection.oidcIssuer || !connection.oidcClientId || !connection.oidcClientSecretSealed) throw notFound('SSO connection');
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

/** Starts an OIDC sign-in: stores a single-use attempt (state, nonce, sealed PKCE verifier) and returns the IdP URL. */
export async function beginSsoLogin(deps: SsoLoginDeps, input: { connectionId: string; redirectUri: string; returnTo?: string | null }): Promise<string> {
  const connection = await enabledOidcConnection(deps, input.connectionId);
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

export interface SsoLoginResult {
  sessionToken: string;
  expiresAt: Date;
  returnTo: string;
  userId: string;
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
  const connection = await enabledOidcConnection(deps, attempt.connectionId);
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
  const email = normaliseEmail(claims['email']);
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const verified = await selectRows(deps.em, `select 1 from "identity"."domain_claim" where organization_id = ? and domain = ? and status = 'VERIFIED'`, [connection.organizationId, domain]);
  if (!verified.length) throw refused(`The domain ${domain} is not a verified domain of this organization.`);
  const name = typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim().slice(0, 200) : email.slice(0, email.indexOf('@'));

  return deps.em.transactional(async (em) => {
    let user = await em.findOne(UserRecord, { email });
    const created = !user;
    if (!user) {
      user = em.create(UserRecord, { id: randomUUID(), email, name, passwordHash: null, platformAdmin: false });
      await em.persist(user).flush(); // the session row references it
    }
    const { token, session } = issueSession(em, user.id, deps.origin);
    const cause = { ...deps, principal: { kind: 'user' as const, userId: user.id, email, sessionId: session.id, platformAdmin: user.platformAdmin, memberships: {} } };
    if (created) recordEvent(em, cause, { type: 'identity.user.registered', organizationId: null, aggregateId: user.id, payload: { userId: user.id, email, name: user.name } });
    recordEvent(em, cause, { type: 'identity.sso.signed-in', organizationId: connection.organizationId, aggregateId: user.id, payload: { userId: user.id, organizationId: connection.organizationId, connectionId: connection.id, autoJoinRole: connection.autoJoin ? connection.defaultRoleForAutoJoin : null } });
    await em.flush();
    return { sessionToken: token, expiresAt: session.expiresAt, returnTo: safeReturnTo(attempt.returnTo), userId: user.id };
  });
}
