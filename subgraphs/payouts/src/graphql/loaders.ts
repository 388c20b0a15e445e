import type { EntityManager } from '@mikro-orm/postgresql';
import { rowLoader, type SubgraphContext } from '@guildhall/kernel';
import type { PayoutAccountRow } from '../usecases/payout-account-store.js';

/** An org's current payout account: its ORGANIZATION payee's, not DISABLED (one per payee). */
const CURRENT_ORG_ACCOUNTS = `(select * from "payouts"."payout_account" where payee_kind = 'ORGANIZATION' and status <> 'DISABLED') a`;

export function createLoaders(em: EntityManager) {
  return {
    payoutAccountByOrganizationId: rowLoader<PayoutAccountRow>(em, CURRENT_ORG_ACCOUNTS, 'payee_id', (a) => a.payeeId),
  };
}
export type PayoutsLoaders = ReturnType<typeof createLoaders>;
export type PayoutsContext = SubgraphContext<PayoutsLoaders>;
