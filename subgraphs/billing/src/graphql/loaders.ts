import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { placeholders, rowLoader, type SubgraphContext } from '@guildhall/kernel';
import { OPEN_DISPUTE_STATUSES } from '../domain/purchase.js';
import { toBillingAccountRow, type BillingAccountRow } from '../usecases/billing-account-store.js';

export function createLoaders(em: EntityManager) {
  const accounts = rowLoader<BillingAccountRow>(em, '"billing"."billing_account"', 'organization_id', (a) => a.organizationId);
  return {
    /** Payments with a chargeback still open, asked for a whole list at once. */
    openDispute: new DataLoader<string, boolean>(async (paymentIds) => {
      const rows = await em.execute<{ payment_id: string }[]>(
        `select distinct payment_id from "billing"."dispute" where payment_id in ${placeholders(paymentIds)} and status in ${placeholders(OPEN_DISPUTE_STATUSES)}`,
        [...paymentIds, ...OPEN_DISPUTE_STATUSES],
      );
      const open = new Set(rows.map((r) => r.payment_id));
      return paymentIds.map((id) => open.has(id));
    }),
    billingAccountByOrganizationId: {
      load: async (organizationId: string) => {
        const row = await accounts.load(organizationId);
        return row ? toBillingAccountRow(row) : null;
      },
    },
  };
}
export type BillingLoaders = ReturnType<typeof createLoaders>;
export type BillingContext = SubgraphContext<BillingLoaders>;
