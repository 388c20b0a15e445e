import type { Consumer, DomainEvent } from '@guildhall/kernel';

/** Invoicing keeps what it needs of an org's profile: legal name, GSTIN, place of supply, terms, contact. */
export const trackBillingProfile: Consumer = {
  name: 'billing.track-billing-profile',
  on: ['organization.billing-profile-changed'],
  async handle(em, event) {
    const p = (event as DomainEvent<'organization.billing-profile-changed'>).payload;
    await em.execute(
      `insert into "billing"."billing_profile" (organization_id, display_name, legal_name, gstin, state_code, country, timezone, payment_terms_days, billing_email, address, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (organization_id) do update set display_name = excluded.display_name, legal_name = excluded.legal_name, gstin = excluded.gstin, state_code = excluded.state_code,
         country = excluded.country, timezone = excluded.timezone, payment_terms_days = excluded.payment_terms_days,
         billing_email = excluded.billing_email, address = excluded.address, updated_at = excluded.updated_at
       -- events may arrive out of order: an older profile never overwrites a newer one
       where "billing_profile".updated_at <= excluded.updated_at`,
      [p.organizationId, p.name, p.legalName, p.gstin, p.stateCode, p.country, p.timezone, p.paymentTermsDays, p.billingEmail, p.address ? JSON.stringify(p.address) : null, event.occurredAt],
    );
  },
};
