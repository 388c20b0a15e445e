import type { Consumer, DomainEvent } from '@guildhall/kernel';

/** Billing keeps the org's status: a suspended or deactivated org spends nothing; an unverified one has a capped credit limit. */
export const trackOrganizationStatus: Consumer = {
  name: 'billing.track-organization-status',
  on: ['organization.status-changed'],
  async handle(em, event) {
    const { organizationId, status } = (event as DomainEvent<'organization.status-changed'>).payload;
    await em.execute(`update "billing"."billing_account" set organization_status = ?, updated_at = now() where organization_id = ?`, [status, organizationId]);
  },
};
