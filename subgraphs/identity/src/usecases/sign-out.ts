import { recordEvent } from '@guildhall/kernel';
import { SessionRecord } from '../entities/session.entity.js';
import type { IdentityDeps } from './deps.js';

/**
 * Revokes the caller's current session, or all of them. The revocation event reaches every gateway,
 * which drops its cached copy, so the token stops working everywhere at once.
 */
export async function signOut(deps: IdentityDeps, scope: 'current' | 'everywhere'): Promise<number> {
  const principal = deps.principal;
  if (principal.kind !== 'user') return 0;
  return deps.em.transactional(async (em) => {
    const where = scope === 'current' ? { id: principal.sessionId, revokedAt: null } : { userId: principal.userId, revokedAt: null };
    const sessions = await em.find(SessionRecord, where);
    for (const session of sessions) {
      session.revokedAt = new Date();
      recordEvent(em, deps, {
        type: 'identity.session.revoked',
        organizationId: null,
        aggregateId: session.id,
        payload: { userId: session.userId, sessionId: session.id },
      });
    }
    await em.flush();
    return sessions.length;
  });
}
