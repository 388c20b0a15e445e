import type { EntityManager } from '@mikro-orm/postgresql';
import { erasedIdentity, recordEvent, selectRows, type EventCause } from '@guildhall/kernel';
import { emailBucket } from '../domain/throttle.js';

const system: EventCause = { principal: { kind: 'service', service: 'identity' }, origin: null };

/**
 * Identity's part of a DPDP §12 erasure, in the consumer's transaction. The user row stays (its id is
 * the key of the person's payments, invoices and payouts, which the law makes us keep) with:
 * name → `Erased User <hash8>`, email → `erased-<hash16>@erased.invalid`, no password, no platform
 * role, `erased_at` and the pseudonymous id. Every session is deleted and announced revoked (gateways
 * drop their cached copies), the sign-in throttle's counter for the old email goes, and the email and
 * name are scrubbed from identity's own copies of `identity.user.registered` in the outbox. There are
 * no other personal credentials: SSO and SCIM link accounts by email, API keys and SCIM tokens belong
 * to organizations. Applying it twice changes nothing more; `identity.user.erased` is recorded each
 * time, so the saga always hears back.
 */
export async function eraseUser(em: EntityManager, input: { userId: string; pseudonymId: string }): Promise<{ sessions: number }> {
  const replacement = erasedIdentity(input.pseudonymId);
  const [user] = await selectRows<{ email: string; erasedAt: Date | null }>(em, `select email, erased_at from "identity"."user" where id = ? for update`, [input.userId]);
  if (user && !user.erasedAt) {
    await em.execute(
      `update "identity"."user" set email = ?, name = ?, password_hash = null, platform_admin = false, erased_at = now(), pseudonym_id = ? where id = ?`,
      [replacement.email, replacement.name, input.pseudonymId, input.userId],
      'run',
    );
    await em.execute(`delete from "identity"."sign_in_throttle" where bucket = ?`, [emailBucket(user.email)], 'run');
  }
  await em.execute(
    `update "identity"."outbox" set payload = payload || ?::jsonb where type = 'identity.user.registered' and aggregate_id = ?`,
    [JSON.stringify({ email: replacement.email, name: replacement.name }), input.userId],
    'run',
  );
  const sessions = await selectRows<{ id: string }>(em, `delete from "identity"."session" where user_id = ? returning id`, [input.userId]);
  for (const session of sessions) {
    recordEvent(em, system, { type: 'identity.session.revoked', organizationId: null, aggregateId: session.id, payload: { userId: input.userId, sessionId: session.id } });
  }
  recordEvent(em, system, { type: 'identity.user.erased', organizationId: null, aggregateId: input.userId, payload: { organizationId: null, userId: input.userId, pseudonymId: input.pseudonymId } });
  await em.flush();
  return { sessions: sessions.length };
}
