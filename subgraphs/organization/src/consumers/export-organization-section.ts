import { exportSectionConsumer, selectRows } from '@guildhall/kernel';

/**
 * The org's part of its data export: its profile (the PAN only as its last 4, as everywhere),
 * members with their names and e-mails (an erased person appears as erased), and invitations.
 */
export const exportOrganizationSection = exportSectionConsumer('organization', async (em, organizationId) => {
  const [organization] = await selectRows<Record<string, unknown>>(
    em,
    `select id, name, slug, status, legal_name, gstin, pan_last4, msme_udyam, registered_address, country, timezone, logo_url, billing_email, payment_terms_days,
            seats_total, seats_used, can_sponsor, can_host, parent_id, created_at, updated_at
       from "organization"."organization" where id = ?`,
    [organizationId],
  );
  const members = await selectRows(
    em,
    `select m.id, m.user_id, d.name, d.email, m.role, m.status, m.created_at, m.updated_at
       from "organization"."membership" m left join "organization"."user_directory" d on d.user_id = m.user_id
      where m.organization_id = ? order by m.created_at`,
    [organizationId],
  );
  const invitations = await selectRows(
    em,
    `select id, email, role, status, invited_by, expires_at, accepted_by, accepted_at, created_at from "organization"."invitation" where organization_id = ? order by created_at`,
    [organizationId],
  );
  return { organization: organization ?? null, members, invitations };
});
