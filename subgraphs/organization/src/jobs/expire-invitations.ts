import { ANONYMOUS, recordEvent, selectRows, type ScheduledJob } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';

/**
 * Every 15 minutes: PENDING invitations past their date become EXPIRED in one statement, each with
 * its event (the audit log's INVITE_EXPIRED), in one transaction. Accepting never waits for this
 * job: a lapsed invitation is refused as expired the moment its date passes.
 */
export const expireInvitations: ScheduledJob = {
  name: 'expire-invitations',
  every: '15 minutes',
  async run(em) {
    await em.transactional(async (tx) => {
      const expired = await selectRows<{ id: string; organizationId: string; role: Role }>(
        tx,
        `update "organization"."invitation" set status = 'EXPIRED', updated_at = now()
          where status = 'PENDING' and expires_at <= now() returning id, organization_id, role`,
      );
      for (const row of expired) {
        recordEvent(tx, { principal: ANONYMOUS, origin: null }, {
          type: 'organization.invitation.expired',
          organizationId: row.organizationId,
          aggregateId: row.id,
          payload: { organizationId: row.organizationId, invitationId: row.id, role: row.role },
        });
      }
      await tx.flush();
    });
  },
};
