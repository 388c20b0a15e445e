import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestOrigin } from '@guildhall/kernel';
import { SessionRecord } from '../entities/session.entity.js';
import type { UserRecord } from '../entities/user.entity.js';
import { hashSessionToken, newSessionToken } from '../domain/session-token.js';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Persists a new session for the user; the caller's transaction commits it. Returns the raw token once. */
export function issueSession(em: EntityManager, userId: string, origin: RequestOrigin | null) {
  const token = newSessionToken();
  const session = em.create(SessionRecord, {
    id: randomUUID(),
    tokenHash: hashSessionToken(token),
    userId,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    ip: origin?.ip ?? null,
    userAgent: origin?.userAgent?.slice(0, 512) ?? null,
  });
  em.persist(session);
  return { token, session };
}

/** What signing up or in yields: the user and their new session (the raw token only here). */
export interface SignedIn {
  user: UserRecord;
  token: string;
  sessionId: string;
  expiresAt: Date;
}
