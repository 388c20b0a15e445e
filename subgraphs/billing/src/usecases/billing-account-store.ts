import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { AccountStatus, BillingMode, FundingMode } from '../domain/billing-modes.js';

export interface BillingAccountRow {
  id: string;
  organizationId: string;
  mode: BillingMode;
  fundingMode: FundingMode;
  currency: string;
  status: AccountStatus;
  organizationStatus: string;
  creditLimitMinor: number;
  spendingRoles: string[];
  requiresPurchaseOrder: boolean;
  frozenReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const toBillingAccountRow = (row: BillingAccountRow): BillingAccountRow => ({
  ...row,
  currency: row.currency.trim(),
  creditLimitMinor: Number(row.creditLimitMinor),
});

/**
 * Reads an org's billing account under a row lock. Checkouts take it shared, so many run at once
 * while a settings change (exclusive) waits for them and they for it: no purchase ever runs under
 * a mode that is being changed.
 */
export async function lockBillingAccount(em: EntityManager, organizationId: string, mode: 'share' | 'update'): Promise<BillingAccountRow | null> {
  const rows = await selectRows<BillingAccountRow>(em, `select * from "billing"."billing_account" where organization_id = ? for ${mode}`, [organizationId]);
  return rows[0] ? toBillingAccountRow(rows[0]) : null;
}

/** Statuses of the org in which its funds may be spent (unverified orgs may, with a lower credit limit). */
export const SPENDING_ORGANIZATION_STATUSES = ['PENDING_VERIFICATION', 'ACTIVE'];

/** Unverified orgs get at most ₹50,000 of invoice credit, whatever their limit says. */
export const UNVERIFIED_CREDIT_CAP_MINOR = 5_000_000;
export const effectiveCreditLimit = (account: Pick<BillingAccountRow, 'creditLimitMinor' | 'organizationStatus'>) =>
  account.organizationStatus === 'ACTIVE' ? account.creditLimitMinor : Math.min(account.creditLimitMinor, UNVERIFIED_CREDIT_CAP_MINOR);
