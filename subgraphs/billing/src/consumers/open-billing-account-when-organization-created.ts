import { randomUUID } from 'node:crypto';
import { recordEvent, type Consumer, type DomainEvent } from '@guildhall/kernel';
import { DEFAULT_CURRENCY, DEFAULT_FUNDING, INITIAL_BILLING_MODE } from '../domain/billing-modes.js';
import { BillingAccountRecord } from '../entities/billing-account.entity.js';

/** Every org gets a billing account, opened in TAG_ONLY mode when the org is created. */
export const openBillingAccountWhenOrganizationCreated: Consumer = {
  name: 'billing.open-billing-account-when-organization-created',
  on: ['organization.created'],
  async handle(em, event) {
    const { organizationId, name } = (event as DomainEvent<'organization.created'>).payload;
    if (await em.count(BillingAccountRecord, { organizationId })) return;
    const account = em.create(BillingAccountRecord, {
      id: randomUUID(),
      organizationId,
      mode: INITIAL_BILLING_MODE,
      fundingMode: DEFAULT_FUNDING[INITIAL_BILLING_MODE],
      currency: DEFAULT_CURRENCY,
    });
    em.persist(account);
    // invoices need the org's name before its profile is ever edited
    await em.execute(`insert into "billing"."billing_profile" (organization_id, display_name, updated_at) values (?, ?, ?) on conflict do nothing`, [organizationId, name, event.occurredAt]);
    recordEvent(em, { principal: { kind: 'service', service: 'billing' }, origin: event.origin }, {
      type: 'billing.account.opened',
      organizationId,
      aggregateId: account.id,
      payload: { organizationId, billingAccountId: account.id, mode: account.mode },
    });
    await em.flush();
  },
};
