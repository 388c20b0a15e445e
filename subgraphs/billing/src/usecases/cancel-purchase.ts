import { applyBps, forbidden, notFound, recordEvent, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import { DEFAULT_CANCELLATION_POLICY, refundBpsFor, type CancelledBy } from '../domain/cancellation-policy.js';
import type { BillingDeps } from './deps.js';
import { claimIdempotencyKey } from './idempotency.js';
import { paymentChange } from './payment-events.js';
import { findPayment, type PaymentRow } from './payment-store.js';
import { refundLockedPayment } from './refunds.js';
import { inTransaction } from './transaction.js';

export interface CancelPurchaseInput {
  paymentId: string;
  idempotencyKey: string;
  /** Platform admins say who called it off; otherwise it follows from who asks. */
  cancelledBy: CancelledBy | null;
}

/**
 * Calls a purchase off. The refund share comes from the policy snapshotted at checkout (the buyer's
 * terms never change afterwards): the buyer gets the tier for how early they cancel, an expert
 * cancelling refunds in full. A pending purchase is simply cancelled; if its capture still arrives,
 * it is refunded, never resurrected.
 */
export async function cancelPurchase(deps: BillingDeps, input: CancelPurchaseInput): Promise<Outcome<{ payment: PaymentRow; replayed: boolean }>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden();
  return inTransaction(deps.em, async (em) => {
    const payment = await findPayment(em, { id: input.paymentId }, true);
    const role: CancelledBy | null = !payment
      ? null
      : principal.platformAdmin
        ? (input.cancelledBy ?? 'BUYER')
        : payment.payerUserId === principal.userId
          ? 'BUYER'
          : payment.payeeId === principal.userId
            ? 'EXPERT'
            : null;
    if (!payment || !role || payment.purpose !== 'PURCHASE') throw notFound('Purchase');
    const claim = await claimIdempotencyKey(em, principal, { operation: 'cancel', key: input.idempotencyKey, input: { paymentId: input.paymentId, cancelledBy: input.cancelledBy }, resultId: payment.id });
    if (!claim.fresh) return { payment: (await findPayment(em, { id: claim.resultId }))!, replayed: true };
    if (payment.status !== 'PENDING' && payment.status !== 'SUCCEEDED') {
      throw new UserErrorsThrown([userError('CONFLICT', ['input', 'paymentId'], `This purchase is ${payment.status.toLowerCase()}; it cannot be cancelled.`)]);
    }
    const now = new Date();
    const refundBps = payment.status === 'SUCCEEDED' ? refundBpsFor(payment.cancellationPolicy ?? DEFAULT_CANCELLATION_POLICY, role, payment.startsAt, now) : 0;
    await em.execute(`update "billing"."payment" set status = 'CANCELLED', cancelled_at = ?, updated_at = now() where id = ?`, [now, payment.id]);
    const refundMinor = Math.min(applyBps(payment.amountMinor, refundBps), payment.amountMinor - payment.refundedMinor);
    if (refundMinor > 0) {
      await refundLockedPayment(em, deps, deps.services, payment, { amountMinor: refundMinor, source: 'CANCELLATION', reason: `Cancelled by the ${role.toLowerCase()} (${refundBps / 100}% under the policy at checkout)`, requestedBy: principal.userId });
    }
    recordEvent(em, deps, { type: 'billing.payment.cancelled', organizationId: payment.organizationId, aggregateId: payment.id, payload: { ...paymentChange(payment), cancelledBy: role, refundBps } });
    return { payment: (await findPayment(em, { id: payment.id }))!, replayed: false };
  });
}
