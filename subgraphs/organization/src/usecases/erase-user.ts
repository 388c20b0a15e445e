import type { EntityManager } from '@mikro-orm/postgresql';
import { erasedIdentity, recordEvent, selectRows, type EventCause } from '@guildhall/kernel';
import type { MemberStatus, Role } from '@guildhall/roles';
import { activeOwnerCount, findMembership, lockOrganization } from './organization-lock.js';
import { passSeatGate } from './seat-gate.js';

const system: EventCause = { principal: { kind: 'service', service: 'organization' }, origin: null };

export interface ErasedFromOrganizations {
  memberships: number;
  ownerlessOrganizationIds: string[];
}

/**
 * Organization's part of a DPDP §12 erasure, in the consumer's transaction:
 * - every membership of the person → ERASED (role kept, for history), each under its org's lock, with
 *   the seat released through the seat gate like any removal, and `organization.member.removed` with
 *   source `dpdp_erasure` (billing ends their program assignments and keeps their payments; webhooks
 *   tell the org to forget the person). The last-OWNER rule does not apply: the law's right to
 *   erasure does not wait for an org's governance. An org left without an ACTIVE OWNER keeps running
 *   and is reported (`ownerlessOrganizationIds`) so a platform admin appoints one (appoint-owner.ts);
 * - their SCIM profiles lose every personal attribute (and their groups), so SCIM answers 410;
 * - the user directory row takes the replacements and `erased_at` (a tombstone when there was none, so
 *   a late `identity.user.registered` cannot write the person back);
 * - invitations to their email or accepted by them take the replacement address; PENDING ones are revoked.
 * Nothing here is refused; applying it again finds nothing left to change.
 */
export async function eraseUserFromOrganizations(em: EntityManager, input: { userId: string; pseudonymId: string }): Promise<ErasedFromOrganizations> {
  const { userId, pseudonymId } = input;
  const replacement = erasedIdentity(pseudonymId);
  const [entry] = await selectRows<{ email: string; erasedAt: Date | null }>(em, `select email, erased_at from "organization"."user_directory" where user_id = ? for update`, [userId]);
  const oldEmail = entry && !entry.erasedAt ? entry.email : null;

  // orgs in id order: two erasures touching the same orgs lock them in the same order
  const orgs = await selectRows<{ organizationId: string }>(
    em,
    `select distinct organization_id from "organization"."membership" where user_id = ? and status <> 'ERASED' order by organization_id`,
    [userId],
  );
  const ownerlessOrganizationIds: string[] = [];
  let memberships = 0;
  for (const { organizationId } of orgs) {
    const org = await lockOrganization(em, organizationId);
    const target = await findMembership(em, { organizationId, userId });
    if (!org || !target || target.status === 'ERASED') continue;
    await em.execute(`update "organization"."membership" set status = 'ERASED', updated_at = now() where id = ?`, [target.id], 'run');
    await passSeatGate(em, org, target, { role: target.role, status: 'ERASED' }); // releases only: nothing to refuse
    await em.execute(`delete from "organization"."scim_group_member" where membership_id = ?`, [target.id], 'run');
    await em.execute(
      `update "organization"."scim_user" set user_name = ?, email = ?, external_id = null, given_name = null, family_name = null,
              display_name = null, title = null, deleted_at = coalesce(deleted_at, now()), updated_at = now()
        where membership_id = ?`,
      [replacement.email, replacement.email, target.id],
      'run',
    );
    recordEvent(em, system, {
      type: 'organization.member.removed',
      organizationId,
      aggregateId: target.id,
      payload: { organizationId, membershipId: target.id, userId, role: target.role as Role, source: 'dpdp_erasure' },
    });
    memberships += 1;
    if (wasActiveOwner(target) && (await activeOwnerCount(em, organizationId)) === 0) ownerlessOrganizationIds.push(organizationId);
  }

  if (oldEmail) {
    const revoked = await selectRows<{ id: string; organizationId: string; role: Role }>(
      em,
      `update "organization"."invitation" set status = 'REVOKED', updated_at = now() where email = ? and status = 'PENDING' returning id, organization_id, role`,
      [oldEmail],
    );
    for (const invitation of revoked) {
      recordEvent(em, system, {
        type: 'organization.invitation.revoked',
        organizationId: invitation.organizationId,
        aggregateId: invitation.id,
        payload: { organizationId: invitation.organizationId, invitationId: invitation.id, role: invitation.role },
      });
    }
  }
  await em.execute(
    `update "organization"."invitation" set email = ?, updated_at = now() where (email = ? or accepted_by = ?) and email <> ?`,
    [replacement.email, oldEmail ?? replacement.email, userId, replacement.email],
    'run',
  );
  await em.execute(
    `insert into "organization"."user_directory" (user_id, email, name, erased_at) values (?, ?, ?, now())
     on conflict (user_id) do update set email = excluded.email, name = excluded.name, erased_at = coalesce("user_directory".erased_at, now()), updated_at = now()`,
    [userId, replacement.email, replacement.name],
    'run',
  );
  recordEvent(em, system, {
    type: 'organization.user.erased',
    organizationId: null,
    aggregateId: userId,
    payload: { organizationId: null, userId, pseudonymId, memberships, ownerlessOrganizationIds },
  });
  await em.flush();
  return { memberships, ownerlessOrganizationIds };
}

const wasActiveOwner = (m: { role: Role; status: MemberStatus }) => m.role === 'OWNER' && m.status === 'ACTIVE';
