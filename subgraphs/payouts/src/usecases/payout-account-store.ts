import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { Payee, PayeeKind } from '../domain/payee.js';
import type { PayoutAccountStatus, PayoutProvider } from '../domain/payout-account.js';

export const ACCOUNT = '"payouts"."payout_account"';

/** A payout account as read by SQL (camelCase, the entity's shape). */
export interface PayoutAccountRow {
  id: string;
  payeeKind: PayeeKind;
  payeeId: string;
  provider: PayoutProvider;
  providerAccountId: string;
  providerContactId: string | null;
  currency: string;
  status: PayoutAccountStatus;
  statusDetail: string | null;
  statusEventAt: Date | null;
  maskedDestination: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The payee's current account (not DISABLED); `lock` holds it until the transaction ends. */
export async function currentAccountOf(em: EntityManager, payee: Payee, lock = false): Promise<PayoutAccountRow | null> {
  const [row] = await selectRows<PayoutAccountRow>(em, `select * from ${ACCOUNT} where payee_kind = ? and payee_id = ? and status <> 'DISABLED'${lock ? ' for update' : ''}`, [payee.kind, payee.id]);
  return row ?? null;
}

/** The current account a provider knows by this id, locked. */
export async function accountByProviderId(em: EntityManager, provider: PayoutProvider, providerAccountId: string): Promise<PayoutAccountRow | null> {
  const [row] = await selectRows<PayoutAccountRow>(em, `select * from ${ACCOUNT} where provider = ? and provider_account_id = ? and status <> 'DISABLED' for update`, [provider, providerAccountId]);
  return row ?? null;
}

/** One payee's changes to its account run one at a time (linking twice at once: the later one wins). */
export async function lockPayee(em: EntityManager, payee: Payee): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('payouts.payout-account:' || ? || ':' || ?))`, [payee.kind, payee.id]);
}
