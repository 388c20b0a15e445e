import { money, type Role, type SubgraphServices } from '@guildhall/kernel';
import type { BillingAccountRow } from '../usecases/billing-account-store.js';
import { effectiveCreditLimit } from '../usecases/billing-account-store.js';
import type { PaymentRow } from '../usecases/payment-store.js';
import type { RefundRow } from '../usecases/refunds.js';
import type { BillingAccount } from './billing-account.type.js';
import type { Payment, PaymentAction, Refund } from './payment.type.js';

export const toBillingAccount = (r: BillingAccountRow): BillingAccount => ({
  id: r.id,
  organizationId: r.organizationId,
  mode: r.mode,
  fundingMode: r.fundingMode,
  currency: r.currency,
  status: r.status,
  frozenReason: r.frozenReason,
  creditLimit: money(effectiveCreditLimit(r), r.currency),
  spendingRoles: r.spendingRoles as Role[],
  requiresPurchaseOrder: r.requiresPurchaseOrder,
  createdAt: r.createdAt,
});

export const toPayment = (p: PaymentRow): Payment => ({
  id: p.id,
  purpose: p.purpose,
  kind: p.kind,
  reference: p.reference,
  payerKind: p.payerKind,
  payerUserId: p.payerUserId,
  organizationId: p.organizationId,
  funding: p.funding,
  payeeId: p.payeeId,
  amount: money(p.amountMinor, p.currency),
  listAmount: money(p.listAmountMinor, p.currency),
  refunded: money(p.refundedMinor, p.currency),
  status: p.status,
  provider: p.provider,
  startsAt: p.startsAt,
  settledAt: p.settledAt,
  expiresAt: p.expiresAt,
  cancelledAt: p.cancelledAt,
  createdAt: p.createdAt,
  hostOrganizationId: p.booking?.hostOrganizationId ?? null,
  programId: p.booking?.programId ?? null,
  contractId: p.booking?.contractId ?? null,
  contractVersion: p.booking?.contractVersion ?? null,
  priceSource: p.booking?.priceSource ?? null,
  split: p.booking && {
    platformBps: p.booking.splitPlatformBps,
    hostBps: p.booking.splitHostBps,
    expertBps: p.booking.splitExpertBps,
    platform: money(p.booking.splitPlatformMinor, p.currency),
    host: money(p.booking.splitHostMinor, p.currency),
    expert: money(p.booking.splitExpertMinor, p.currency),
  },
});

export const toRefund = (r: RefundRow): Refund => ({
  id: r.id,
  amount: money(r.amountMinor, r.currency),
  source: r.source,
  reason: r.reason,
  status: r.status,
  adjustment: r.adjustment,
  createdAt: r.createdAt,
});

/** Only a PENDING card payment has something left for the buyer to do. */
export function nextActionOf(p: PaymentRow, services: SubgraphServices): PaymentAction | null {
  if (p.status !== 'PENDING' || !p.provider || !p.providerOrderId) return null;
  const razorpay = services.payments.razorpay;
  const stripe = services.payments.stripe;
  const localApi = p.provider === 'RAZORPAY' ? razorpay?.apiUrl : stripe?.apiUrl;
  return {
    provider: p.provider,
    orderId: p.providerOrderId,
    clientSecret: p.providerClientSecret,
    publicKey: p.provider === 'RAZORPAY' ? (razorpay?.keyId ?? null) : null,
    testCheckoutUrl: localApi && services.development ? `${localApi.replace(/\/$/, '')}/checkout/${encodeURIComponent(p.providerOrderId)}` : null,
  };
}
