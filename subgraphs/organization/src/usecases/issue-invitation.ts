import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, selectRows, userError, UserErrorsThrown } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { hashInvitationToken, invitationExpiry, newInvitationToken } from '../domain/invitation.js';
import { InvitationRecord } from '../entities/invitation.entity.js';
import type { OrganizationDeps } from './deps.js';
import type { IssuedInvitation } from './invitation-delivery.js';

export interface IssueInvitationInput {
  organizationId: string;
  /** Valid and lowercased by the caller. */
  email: string;
  role: Role;
  invitedBy: string;
}

/**
 * Writes one PENDING invitation and its event inside the caller's transaction (which holds the org
 * lock and has checked the grant). Refuses someone who is already a member, and a second open
 * invitation for the same email; a lapsed one the expiry job has not reached yet is expired here.
 */
export async function issueInvitation(em: EntityManager, deps: Pick<OrganizationDeps, 'principal' | 'origin'>, input: IssueInvitationInput, emailField: string[] = ['input', 'email']): Promise<IssuedInvitation> {
  const [member] = await selectRows<{ status: string }>(
    em,
    `select m.status from "organization"."membership" m join "organization"."user_directory" d on d.user_id = m.user_id
      where m.organization_id = ? and d.email = ? and m.status in ('ACTIVE', 'SUSPENDED', 'PENDING')`,
    [input.organizationId, input.email],
  );
  if (member) throw new UserErrorsThrown([userError('CONFLICT', emailField, `This person is already a member (${member.status.toLowerCase()}).`)]);
  // the database's clock decides expiry everywhere, so this check and the update below agree
  const [open] = await selectRows<InvitationRecord & { lapsed: boolean }>(
    em,
    `select *, expires_at <= now() as lapsed from "organization"."invitation" where organization_id = ? and email = ? and status = 'PENDING' for update`,
    [input.organizationId, input.email],
  );
  if (open && !open.lapsed) {
    throw new UserErrorsThrown([userError('CONFLICT', emailField, 'This email already has a pending invitation; resend or revoke it instead.')]);
  }
  if (open) await expireLapsed(em, deps, open);

  const token = newInvitationToken();
  const invitation = em.create(InvitationRecord, {
    id: randomUUID(),
    organizationId: input.organizationId,
    email: input.email,
    role: input.role,
    status: 'PENDING',
    tokenHash: hashInvitationToken(token),
    invitedBy: input.invitedBy,
    expiresAt: invitationExpiry(),
  });
  em.persist(invitation);
  recordEvent(em, deps, {
    type: 'organization.invitation.created',
    organizationId: input.organizationId,
    aggregateId: invitation.id,
    payload: { organizationId: input.organizationId, invitationId: invitation.id, role: input.role },
  });
  await em.flush();
  return { invitation, token };
}

/** Marks a PENDING invitation past its date EXPIRED, with its event (what the job does in bulk). */
async function expireLapsed(em: EntityManager, deps: Pick<OrganizationDeps, 'principal' | 'origin'>, invitation: InvitationRecord) {
  const moved: unknown = await em.execute(
    `update "organization"."invitation" set status = 'EXPIRED', updated_at = now() where id = ? and status = 'PENDING' and expires_at <= now()`,
    [invitation.id],
    'run',
  );
  if (!(moved as { affectedRows: number }).affectedRows) return;
  recordEvent(em, deps, {
    type: 'organization.invitation.expired',
    organizationId: invitation.organizationId,
    aggregateId: invitation.id,
    payload: { organizationId: invitation.organizationId, invitationId: invitation.id, role: invitation.role },
  });
}
