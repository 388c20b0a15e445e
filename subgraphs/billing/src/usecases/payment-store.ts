import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { CancellationPolicy } from '../domain/cancellation-policy.js';
import type { Funding } from '../domain/ledger-recipes.js';
import type { PriceSource } from '../domain/price-resolution.js';
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
  /** Purchases carry their booking terms (from the day this was built); top-ups and invoice payments do not. */
  booking: BookingTerms | null;
}

/** What a purchase was booked under, snapshotted when it is made: later edits of cards, contracts or programs never reach it. */
export interface BookingTerms {
  hostOrganizationId: string | null;
  programId: string | null;
  contractId: string | null;
  contractVersion: number | null;
  /** The sponsor's calendar month the booking counted in against the contract (YYYY-MM-01). */
  contractMonth: string | null;
  ratePriceId: string | null;
  priceSource: PriceSource;
  splitPlatformBps: number;
  splitHostBps: number;
  splitExpertBps: number;
  splitPlatformMinor: number;
  splitHostMinor: number;
  splitExpertMinor: number;
}


/** bigint columns arrive as text; money here is always within the safe-integer range. */
export function toPaymentRow(raw: PaymentRow): PaymentRow {
  const { hostOrganizationId, programId, contractId, contractVersion, contractMonth, ratePriceId, priceSource, splitPlatformBps, splitHostBps, splitExpertBps, splitPlatformMinor, splitHostMinor, splitExpertMinor, ...row } =
    raw as PaymentRow & { [K in keyof BookingTerms]: BookingTerms[K] | null };
  return {
    ...row,
    amountMinor: Number(row.amountMinor),
    listAmountMinor: Number(row.listAmountMinor),
    refundedMinor: Number(row.refundedMinor),
    currency: row.currency.trim(),
    booking:
      priceSource === null || priceSource === undefined
        ? null
        : {
            hostOrganizationId, programId, contractId, contractVersion, contractMonth: contractMonth ? String(contractMonth) : null, ratePriceId, priceSource,
            splitPlatformBps: splitPlatformBps!, splitHostBps: splitHostBps!, splitExpertBps: splitExpertBps!,
            splitPlatformMinor: Number(splitPlatformMinor), splitHostMinor: Number(splitHostMinor), splitExpertMinor: Number(splitExpertMinor),
          },
  };
}

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
