import type { EntityManager } from '@mikro-orm/postgresql';
import { hashSessionToken, SESSION_TOKEN_PREFIX } from '../domain/session-token.js';

export interface SessionPrincipalValue {
  userId: string;
  email: string;
  sessionId: string;
  platformAdmin: boolean;
  expiresAt: Date;
}

/** Resolves a raw session token to its live session, or null when unknown, expired or revoked. */
export async function authenticateSession(em: EntityManager, token: string): Promise<SessionPrincipalValue | null> {
  if (!token.startsWith(SESSION_TOKEN_PREFIX) || token.length > 100) return null;
  const rows = await em.execute<{ user_id: string; email: string; id: string; platform_admin: boolean; expires_at: Date }[]>(
    `select s.id, s.user_id, s.expires_at, u.platform_admin, u.email
       from "identity"."session" s join "identity"."user" u on u.id = s.user_id
      where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and u.erased_at is null`,
    [hashSessionToken(token)],
  );
  const row = rows[0];
  return row ? { userId: row.user_id, email: row.email, sessionId: row.id, platformAdmin: row.platform_admin, expiresAt: new Date(row.expires_at) } : null;
}
