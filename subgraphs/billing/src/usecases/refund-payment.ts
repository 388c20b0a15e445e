import { randomUUID } from 'node:crypto';
import { fail, notFound, principalCan, userError, type Outcome, type Principal } from '@guildhall/kernel';
import type { BillingDeps } from './deps.js';
import { claimIdempotencyKey } from './idempotency.js';
import { findPayment, type PaymentRow } from './payment-store.js';
import { findRefund, refundLockedPayment, type RefundRow } from './refunds.js';
import { inTransaction } from './transaction.js';

export interface RefundPaymentInput {
  paymentId: string;
  /** Omitted: everything that remains. */
  amountMinor: number | null;
  reason: string;
  idempotencyKey: string;
}

/**
 * Who may send an org's money back: its OWNER or BILLING_ADMIN for what the org paid (credits,
 * invoice, top-ups). A card payment is the buyer's own money; only the platform refunds it (or the
 * buyer cancels under the policy). Anyone else is told the payment does not exist.
 */
export function mayRefund(principal: Principal, payment: PaymentRow): boolean {
  if (principal.kind === 'user' && principal.platformAdmin) return true;
  const orgMoney = payment.payerKind === 'ORGANIZATION';
  return orgMoney && payment.organizationId !== null && principalCan(principal, payment.organizationId, 'billing.manage');
}

export async function refundPayment(deps: BillingDeps, input: RefundPaymentInput): Promise<Outcome<{ refund: RefundRow; replayed: boolean }>> {
  const principal = deps.principal;
  if (!input.reason.trim() || input.reason.length > 500) return fail(userError('BAD_USER_INPUT', ['input', 'reason'], 'Say why, in 1–500 characters.'));
  return inTransaction(deps.em, async (em) => {
    const payment = await findPayment(em, { id: input.paymentId }, true);
    if (!payment || !mayRefund(principal, payment)) throw notFound('Payment');
    const refundId = randomUUID();
    const claim = await claimIdempotencyKey(em, principal, { operation: 'refund', key: input.idempotencyKey, input: { ...input, idempotencyKey: undefined }, resultId: refundId });
    if (!claim.fresh) return { refund: (await findRefund(em, { id: claim.resultId }))!, replayed: true };
    const refund = await refundLockedPayment(em, deps, deps.services, payment, {
      refundId,
      amountMinor: input.amountMinor ?? payment.amountMinor - payment.refundedMinor,
      source: 'API',
      reason: input.reason.trim(),
      requestedBy: principal.kind === 'user' ? principal.userId : null,
    });
    return { refund, replayed: false };
  });
}
