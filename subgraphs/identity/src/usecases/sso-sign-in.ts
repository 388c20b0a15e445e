import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { isUuid, notFound, recordEvent, safeReturnTo, selectRows, topLevelError, type SubgraphContext } from '@guildhall/kernel';
import { normaliseEmail } from '../domain/credentials.js';
import { checkCertificate } from '../domain/sso-connection.js';
import { UserRecord } from '../entities/user.entity.js';
import type { IdentityDeps } from './deps.js';
import { issueSession } from './issue-session.js';
import type { SsoConnectionRecord } from './sso-connections.js';

/** What OIDC and SAML sign-in share: a connection, a verified email of a verified domain, a session. */
export type SsoLoginDeps = IdentityDeps & Pick<SubgraphContext, 'services'>;

/** How long a sign-in may take at the IdP, for OIDC attempts and SAML requests alike. */
export const SSO_ATTEMPT_TTL_MS = 10 * 60 * 1000;

export const refused = (message: string) => topLevelError('BAD_REQUEST', message);

/** The connection's own settings are wrong (the admin must fix them): a top-level error, never a crash. */
export const providerMisconfigured = (message: string) => new GraphQLError(message, { extensions: { code: 'SSO_PROVIDER_MISCONFIGURED' } });

export async function enabledSsoConnection(deps: Pick<IdentityDeps, 'em'>, connectionId: string): Promise<SsoConnectionRecord> {
  if (!isUuid(connectionId)) throw notFound('SSO connection');
  const [connection] = await selectRows<SsoConnectionRecord>(deps.em, `select * from "identity"."sso_connection" where id = ? and enabled`, [connectionId]);
  if (!connection) throw notFound('SSO connection');
  return connection;
}

/** The IdP certificate is checked again before each sign-in: it may have expired since it was saved. */
export function requireUsableCertificate(connection: SsoConnectionRecord, now = new Date()) {
  const [problem] = checkCertificate(connection.samlCertificate ?? '', now);
  if (problem) throw providerMisconfigured(`This SAML connection cannot be used: ${problem.message}`);
}

export interface SsoLoginResult {
  sessionToken: string;
  expiresAt: Date;
  returnTo: string;
  userId: string;
}

/**
 * The end of every SSO sign-in, once the IdP's answer is verified: the email's domain must be a domain
 * the connection's org holds VERIFIED; the user is found by that email (an existing account is linked)
 * or created without a password; a session is issued and `identity.sso.signed-in` recorded (it carries
 * the auto-join role organization admits the user at).
 */
export async function signInThroughSso(
  deps: SsoLoginDeps,
  connection: SsoConnectionRecord,
  verified: { email: string; name: string | null; returnTo: string | null },
): Promise<SsoLoginResult> {
  const email = normaliseEmail(verified.email);
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const held = await selectRows(deps.em, `select 1 from "identity"."domain_claim" where organization_id = ? and domain = ? and status = 'VERIFIED'`, [connection.organizationId, domain]);
  if (!held.length) throw refused(`The domain ${domain} is not a verified domain of this organization.`);
  const name = verified.name?.trim() ? verified.name.trim().slice(0, 200) : email.slice(0, email.indexOf('@'));

  return deps.em.transactional(async (em) => {
    let user = await em.findOne(UserRecord, { email });
    if (user?.erasedAt) throw refused('This account was erased.');
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
    return { sessionToken: token, expiresAt: session.expiresAt, returnTo: safeReturnTo(verified.returnTo), userId: user.id };
  });
}
