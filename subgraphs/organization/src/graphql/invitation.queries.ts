import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import type { InvitationStatus } from '../domain/invitation.js';
import type { InvitationRecord } from '../entities/invitation.entity.js';

/** Invitations' read queries (plain SQL). Status filters use the effective status: lapsed = EXPIRED. */
const STATUS_WHERE: Record<InvitationStatus, string> = {
  PENDING: `status = 'PENDING' and expires_at > now()`,
  EXPIRED: `(status = 'EXPIRED' or (status = 'PENDING' and expires_at <= now()))`,
  ACCEPTED: `status = 'ACCEPTED'`,
  REVOKED: `status = 'REVOKED'`,
};

/** Newest first, keyset on (created_at, id). */
export async function pageOfInvitations(em: EntityManager, organizationId: string, status: InvitationStatus | null | undefined, limit: number, before: [string, string] | null) {
  const where = `organization_id = ?${status ? ` and ${STATUS_WHERE[status]}` : ''}`;
  const [rows, total] = await Promise.all([
    selectRows<InvitationRecord>(
      em,
      `select * from "organization"."invitation" where ${where} ${before ? 'and (created_at, id) < (?::timestamptz, ?::uuid)' : ''} order by created_at desc, id desc limit ?`,
      [organizationId, ...(before ?? []), limit + 1],
    ),
    selectRows<{ count: string }>(em, `select count(*) from "organization"."invitation" where ${where}`, [organizationId]),
  ]);
  return { rows, totalCount: Number(total[0]?.count ?? 0) };
}

/** What the accept page shows; nothing for an unknown token or an org that is gone. */
export async function invitationPreviewOf(em: EntityManager, tokenHash: string) {
  const [row] = await selectRows<{ organizationName: string; role: Role; status: InvitationStatus; expiresAt: Date; lapsed: boolean; inviterName: string | null }>(
    em,
    `select o.name as organization_name, i.role, i.status, i.expires_at, i.expires_at <= now() as lapsed, d.name as inviter_name
       from "organization"."invitation" i join "organization"."organization" o on o.id = i.organization_id
       left join "organization"."user_directory" d on d.user_id = i.invited_by
      where i.token_hash = ? and o.status <> 'DEACTIVATED'`,
    [tokenHash],
  );
  if (!row) return null;
  return { organizationName: row.organizationName, role: row.role, expiresAt: row.expiresAt, status: row.status === 'PENDING' && row.lapsed ? ('EXPIRED' as const) : row.status, inviterName: row.inviterName };
}
