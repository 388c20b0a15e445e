import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, selectRows } from '@guildhall/kernel';
import type { InvitationStatus } from '../domain/invitation.js';
import type { InvitationRecord } from '../entities/invitation.entity.js';

/** An invitation of `organizationId`, locked, with its status as of the database's clock. */
export async function lockInvitation(em: EntityManager, where: { id: string; organizationId: string } | { tokenHash: string }) {
  const [row] =
    'id' in where
      ? await selectRows<InvitationRecord & { lapsed: boolean }>(em, `select *, expires_at <= now() as lapsed from "organization"."invitation" where id = ? and organization_id = ? for update`, [where.id, where.organizationId])
      : await selectRows<InvitationRecord & { lapsed: boolean }>(em, `select *, expires_at <= now() as lapsed from "organization"."invitation" where token_hash = ? for update`, [where.tokenHash]);
  if (!row) return null;
  const { lapsed, ...invitation } = row;
  const status: InvitationStatus = invitation.status === 'PENDING' && lapsed ? 'EXPIRED' : invitation.status;
  return { invitation: invitation as InvitationRecord, status };
}

/** For administrators: an invitation of another org, or none at all, is simply not found. */
export async function lockInvitationOf(em: EntityManager, organizationId: string, invitationId: string) {
  const found = await lockInvitation(em, { id: invitationId, organizationId });
  if (!found) throw notFound('Invitation');
  return found;
}
