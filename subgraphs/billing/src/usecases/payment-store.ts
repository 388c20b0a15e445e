import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { CancellationPolicy } from '../domain/cancellation-policy.js';
import type { Funding } from '../domain/ledger-recipes.js';
import type { PayerKind, PaymentPurpose, PaymentStatus, ProviderName, PurchaseKind } from '../domain/purchase.js';

export interface PaymentRow {
  id: string;
  purpose: PaymentPurpose;
  kind: PurchaseKind | null;
  reference: string | null;
  payerKind: PayerKind;
  payerUserId: string;
  organizationId: string | null;
  funding: Funding;
  payeeId: string | null;
  amountMinor: number;
  listAmountMinor: number;
  refundedMinor: number;
  currency: string;
  status: PaymentStatus;
  provider: ProviderName | null;
  providerOrderId: string | null;
  providerPaymentId: string | null;
  providerClientSecret: string | null;
  purchaseOrderId: string | null;
  invoiceId: string | null;
  startsAt: Date | null;
  cancellationPolicy: CancellationPolicy | null;
  settledAt: Date | null;
  expiresAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** bigint columns arrive as text; money here is always within the safe-integer range. */
export const toPaymentRow = (row: PaymentRow): PaymentRow => ({
  ...row,
  amountMinor: Number(row.amountMinor),
  listAmountMinor: Number(row.listAmountMinor),
  refundedMinor: Number(row.refundedMinor),
  currency: row.currency.trim(),
});

type Where = { id: string } | { providerOrderId: string } | { providerPaymentId: string };

/** Reads a payment; `lock` takes its row for the rest of the transaction (settlement, refunds). */
export async function findPayment(em: EntityManager, where: Where, lock = false): Promise<PaymentRow | null> {
  const [column, value] = 'id' in where ? ['id', where.id] : 'providerOrderId' in where ? ['provider_order_id', where.providerOrderId] : ['provider_payment_id', where.providerPaymentId];
  const rows = await selectRows<PaymentRow>(em, `select * from "billing"."payment" where ${column} = ? limit 1${lock ? ' for update' : ''}`, [value]);
  return rows[0] ? toPaymentRow(rows[0]) : null;
}

/** What a verified provider event names: its order, else its payment. */
export async function findPaymentForProvider(em: EntityManager, ids: { orderId: string | null; providerPaymentId: string | null }, lock = true) {
  if (ids.orderId) {
    const byOrder = await findPayment(em, { providerOrderId: ids.orderId }, lock);
    if (byOrder) return byOrder;
  }
  return ids.providerPaymentId ? findPayment(em, { providerPaymentId: ids.providerPaymentId }, lock) : null;
}
