import type { PayeeKind } from '../domain/payee.js';
import type { PayoutStatus } from '../domain/payout-rules.js';

export const PAYOUT = '"payouts"."payout"';
export const BATCH = '"payouts"."payout_batch"';

export interface PayoutRow {
  id: string;
  batchId: string;
  payeeKind: PayeeKind;
  payeeId: string;
  payoutAccountId: string;
  provider: string;
  currency: string;
  grossMinor: number;
  tdsSection: string;
  tdsRateBps: number;
  tdsMinor: number;
  netMinor: number;
  purposeCode: string | null;
  status: PayoutStatus;
  idempotencyKey: string;
  providerPayoutId: string | null;
  failureReason: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  completedAt: Date | null;
}

/** bigint columns arrive as text. */
export const toPayoutRow = (r: PayoutRow): PayoutRow => ({ ...r, grossMinor: Number(r.grossMinor), tdsMinor: Number(r.tdsMinor), netMinor: Number(r.netMinor), currency: r.currency.trim() });
