import { createHash } from 'node:crypto';
import type { LiveEvent, MembershipClaims, Principal } from '@guildhall/kernel';
import { ANONYMOUS } from '@guildhall/kernel';
import type { ApiScope } from '@guildhall/roles';
import type { SubgraphClient } from './subgraph-client.js';

const API_KEY_PREFIX = 'ghk_';
const SCIM_TOKEN_PREFIX = 'ghscim_';

interface SessionInfo {
  userId: string;
  email: string;
  sessionId: string;
  platformAdmin: boolean;
  expiresAt: string;
}

interface CredentialInfo {
  credentialId: string;
  organizationId: string;
  kind: 'API_KEY' | 'SCIM_TOKEN';
  scopes: ApiScope[];
}

interface Cached<T> {
  value: T;
  until: number;
}

/**
 * Turns a session token into a principal: the session from identity, the memberships from
 * organization. Both are cached for seconds, and dropped at once when a session-revoked or
 * membership event arrives, so a role change applies on the next request without signing out.
 */
export function createAuthenticator(options: { client: SubgraphClient; identityUrl: string; organizationUrl: string; ttlMs: number }) {
  const sessions = new Map<string, Cached<SessionInfo | null>>();
  const credentials = new Map<string, Cached<CredentialInfo | null>>();
  const memberships = new Map<string, Cached<MembershipClaims>>();

  async function session(token: string): Promise<SessionInfo | null> {
    const key = createHash('sha256').update(token).digest('base64');
    const hit = sessions.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const data = await options.client<{ sessionPrincipal: SessionInfo | null }>(
      'identity',
      options.identityUrl,
      'query ($token: String!) { sessionPrincipal(token: $token) { userId email sessionId platformAdmin expiresAt } }',
      { token },
    );
    remember(sessions, key, data.sessionPrincipal, options.ttlMs);
    return data.sessionPrincipal;
  }

  async function membershipsOf(userId: string): Promise<MembershipClaims> {
    const hit = memberships.get(userId);
    if (hit && hit.until > Date.now()) return hit.value;
    const data = await options.client<{ principalMemberships: { organizationId: string; role: string; status: string }[] }>(
      'organization',
      options.organizationUrl,
      'query ($userId: ID!) { principalMemberships(userId: $userId) { organizationId role status } }',
      { userId },
    );
    const claims = Object.fromEntries(data.principalMemberships.map((m) => [m.organizationId, { role: m.role, status: m.status }])) as MembershipClaims;
    remember(memberships, userId, claims, options.ttlMs);
    return claims;
  }

  /** An API key or SCIM token, as identity knows it (a revoked or expired one is null). */
  async function credential(secret: string): Promise<CredentialInfo | null> {
    const key = createHash('sha256').update(secret).digest('base64');
    const hit = credentials.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const data = await options.client<{ credentialPrincipal: CredentialInfo | null }>(
      'identity',
      options.identityUrl,
      'query ($secret: String!) { credentialPrincipal(secret: $secret) { credentialId organizationId kind scopes } }',
      { secret },
    );
    remember(credentials, key, data.credentialPrincipal, options.ttlMs);
    return data.credentialPrincipal;
  }

  return {
    /** null: a token was presented and is not valid. A SCIM token is valid only at the SCIM edge. */
    async principalFor(token: string | null): Promise<Principal | null> {
      if (!token) return ANONYMOUS;
      if (token.startsWith(API_KEY_PREFIX)) {
        const found = await credential(token);
        return found?.kind === 'API_KEY' ? { kind: 'apiKey', keyId: found.credentialId, organizationId: found.organizationId, scopes: found.scopes } : null;
      }
      const found = await session(token);
      if (!found || new Date(found.expiresAt).getTime() <= Date.now()) return null;
      return { kind: 'user', userId: found.userId, email: found.email, sessionId: found.sessionId, platformAdmin: found.platformAdmin, memberships: await membershipsOf(found.userId) };
    },

    /** The org a SCIM bearer token provisions for; null when it is not a live SCIM token. */
    async scimPrincipalFor(token: string | null): Promise<Extract<Principal, { kind: 'scim' }> | null> {
      if (!token?.startsWith(SCIM_TOKEN_PREFIX)) return null;
      const found = await credential(token);
      return found?.kind === 'SCIM_TOKEN' ? { kind: 'scim', credentialId: found.credentialId, organizationId: found.organizationId } : null;
    },

    /** Applies a committed event to the caches (every gateway instance receives every event). */
    onLiveEvent(event: LiveEvent) {
      if (event.type.startsWith('identity.credential.')) {
        // a revoked or rotated key stops working everywhere as soon as its event arrives
        for (const [key, entry] of credentials) if (!entry.value || entry.value.organizationId === event.organizationId) credentials.delete(key);
      } else if (event.type === 'identity.session.revoked') {
        for (const [key, entry] of sessions) if (entry.value?.sessionId === event.aggregateId) sessions.delete(key);
      } else if (event.type === 'organization.created') {
        // its member.added event follows and names the user
      } else if (event.type.startsWith('organization.invitation.')) {
        // invitations change nobody's memberships; an accepted one is followed by member.added
      } else if (event.type.startsWith('organization.')) {
        if (event.userId) memberships.delete(event.userId);
        else memberships.clear(); // an org-wide change (status, deactivation) affects every member
      }
    },

    forgetMembershipsOf(userId: string) {
      memberships.delete(userId);
    },

    /** Signing out on this instance takes effect here at once, before the event comes round. */
    forgetSessionsOf(userId: string) {
      for (const [key, entry] of sessions) if (entry.value?.userId === userId) sessions.delete(key);
    },
  };
}
export type Authenticator = ReturnType<typeof createAuthenticator>;

function remember<T>(cache: Map<string, Cached<T>>, key: string, value: T, ttlMs: number) {
  if (ttlMs <= 0) return;
  if (cache.size > 50_000) cache.clear();
  cache.set(key, { value, until: Date.now() + ttlMs });
}
