import { randomUUID } from 'node:crypto';
import { fail, isPositiveMinor, notFound, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import { PROVIDERS, type ProviderName } from '../domain/purchase.js';
import { lockBillingAccount } from './billing-account-store.js';
import type { CheckoutResult } from './checkout.js';
import type { BillingDeps } from './deps.js';
import { requireFinanceManager } from './finance-access.js';
import { claimIdempotencyKey } from './idempotency.js';
import { findPayment } from './payment-store.js';
import { startCardPayment } from './start-card-payment.js';
import { inTransaction } from './transaction.js';

export interface PurchaseCreditsInput {
  organizationId: string;
  amountMinor: number;
  provider: ProviderName | null;
  idempotencyKey: string;
}

/** A SEAT_PACK org buys credits by card; they reach its wallet when the provider's capture settles. */
export async function purchaseCredits(deps: BillingDeps, input: PurchaseCreditsInput): Promise<Outcome<CheckoutResult>> {
  requireFinanceManager(deps.principal, input.organizationId);
  const principal = deps.principal;
  if (!isPositiveMinor(input.amountMinor)) return fail(userError('BAD_USER_INPUT', ['input', 'amountMinor'], 'The amount is a positive whole number of minor units.'));
  if (input.provider !== null && !PROVIDERS.includes(input.provider)) return fail(userError('BAD_USER_INPUT', ['input', 'provider'], 'Unknown payment provider.'));
  const { idempotencyKey, ...request } = input;
  return inTransaction(deps.em, async (em) => {
    const paymentId = randomUUID();
    const claim = await claimIdempotencyKey(em, principal, { operation: 'purchase-credits', key: idempotencyKey, input: request, resultId: paymentId });
    if (!claim.fresh) {
      const payment = (await findPayment(em, { id: claim.resultId }))!;
      if (payment.status === 'FAILED' || payment.status === 'EXPIRED') {
        throw new UserErrorsThrown([userError('CONFLICT', ['input', 'idempotencyKey'], 'That top-up did not complete; start again with a new idempotency key.')]);
      }
      return { payment, replayed: true };
    }
    const account = await lockBillingAccount(em, input.organizationId, 'share');
    if (!account) throw notFound('Billing account');
    if (account.mode !== 'SEAT_PACK') throw new UserErrorsThrown([userError('CONFLICT', ['input', 'organizationId'], 'Credits are bought in SEAT_PACK mode; switch the billing mode first.')]);
    if (account.status === 'FROZEN') throw new UserErrorsThrown([userError('CONFLICT', ['input', 'organizationId'], `Spending through this organization is paused: ${account.frozenReason ?? 'under review'}.`)]);
    const payment = await startCardPayment(
      em,
      deps,
      {
        purpose: 'TOPUP',
        kind: null,
        reference: 'Credit top-up',
        payerKind: 'ORGANIZATION',
        payerUserId: principal.userId,
        organizationId: input.organizationId,
        payeeId: null,
        amountMinor: input.amountMinor,
        listAmountMinor: input.amountMinor,
        currency: account.currency,
        startsAt: null,
        cancellationPolicy: null,
      },
      input.provider,
      paymentId,
    );
    return { payment, replayed: false };
  });
}
