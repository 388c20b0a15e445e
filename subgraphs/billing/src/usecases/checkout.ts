import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, forbidden, formatMoney, membershipIn, notFound, recordEvent, userError, UserErrorsThrown, type Outcome, type Principal } from '@guildhall/kernel';
import { DEFAULT_CANCELLATION_POLICY, type CancellationPolicy } from '../domain/cancellation-policy.js';
import { currentPolicyOf } from './cancellation-policies.js';
import { chargedAmount, checkoutInputErrors, type CheckoutInput } from '../domain/checkout-input.js';
import { cycleContaining } from '../domain/program.js';
import { splitAmount } from '../domain/revenue-split.js';
import { spendUnderContract } from '../pricing/contract-spend.js';
import { priceBooking, type BookingPrice } from '../pricing/resolve-price.js';
import { recordUtilization, useProgram } from '../programs/use-program.js';
import { bookingEntries } from '../domain/ledger-recipes.js';
import { wallet } from '../domain/ledger.js';
import { maySpendOrgFunds } from '../domain/spending-policy.js';
import { pastGrace } from '../domain/dunning.js';
import { orgToday } from '../invoices/billing-profile.js';
import { unbilledNetMinor } from './billable-queries.js';
import { effectiveCreditLimit, lockBillingAccount, SPENDING_ORGANIZATION_STATUSES, type BillingAccountRow } from './billing-account-store.js';
import type { BillingDeps } from './deps.js';
import { claimIdempotencyKey } from './idempotency.js';
import { insertPayment } from './insert-payment.js';
import { balanceOf, InsufficientFunds, postTransaction } from './ledger-posting.js';
import { paymentChange } from './payment-events.js';
import { findPayment, type BookingTerms, type PaymentRow } from './payment-store.js';
import { drawPurchaseOrder } from './purchase-orders.js';
import { startCardPayment } from './start-card-payment.js';
import { inTransaction } from './transaction.js';

export interface CheckoutResult {
  payment: PaymentRow;
  /** This answer replays an earlier request with the same idempotency key. */
  replayed: boolean;
}

/**
 * Buys a marketplace item, paid by the caller ("pay myself") or through an org they belong to. How
 * an org pays follows its billing mode: TAG_ONLY tags a card payment with the org, SEAT_PACK spends
 * its credits, INVOICED_MONTHLY charges its monthly invoice.
 */
export async function checkout(deps: BillingDeps, input: CheckoutInput): Promise<Outcome<CheckoutResult>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden('Only a signed-in person can buy.');
  const errors = checkoutInputErrors(input);
  if (errors.length) return fail(...errors);
  const { idempotencyKey, ...request } = input;
  return inTransaction(deps.em, async (em) => {
    const paymentId = randomUUID();
    const claim = await claimIdempotencyKey(em, principal, { operation: 'checkout', key: idempotencyKey, input: request, resultId: paymentId });
    if (!claim.fresh) return { payment: await replay(em, claim.resultId), replayed: true };
    const payment = input.organizationId
      ? await checkoutThroughOrganization(em, deps, principal, input, input.organizationId, paymentId)
      : await payMyself(em, deps, principal.userId, input, paymentId);
    return { payment, replayed: false };
  });
}

/** SUCCEEDED and PENDING replay as they are (a pending one resumes its order); a dead one needs a new key. */
async function replay(em: EntityManager, paymentId: string): Promise<PaymentRow> {
  const payment = (await findPayment(em, { id: paymentId }))!;
  if (payment.status === 'FAILED' || payment.status === 'EXPIRED') {
    throw new UserErrorsThrown([userError('CONFLICT', ['input', 'idempotencyKey'], `That checkout ${payment.status === 'FAILED' ? 'failed' : 'expired'}; start again with a new idempotency key.`)]);
  }
  return payment;
}

const purchase = (userId: string, input: CheckoutInput, cancellationPolicy: CancellationPolicy = DEFAULT_CANCELLATION_POLICY) => ({
  purpose: 'PURCHASE' as const,
  kind: input.kind,
  reference: input.reference.trim(),
  payerUserId: userId,
  payeeId: input.payeeId,
  currency: input.currency,
  startsAt: input.startsAt,
  cancellationPolicy,
});

const priceRequest = (input: CheckoutInput, sponsorOrganizationId: string | null, sponsorToday: string | null) => ({
  sponsorOrganizationId,
  hostOrganizationId: input.hostOrganizationId,
  payeeId: input.payeeId,
  kind: input.kind,
  currency: input.currency,
  quotedAmountMinor: input.amountMinor,
  at: new Date(),
  sponsorToday,
});

/** The terms snapshotted on the payment: the split of what is paid (a surcharge is the platform's). */
function bookingTerms(price: BookingPrice, amountMinor: number, surchargeMinor: number, more: { programId: string | null; contractMonth: string | null }): BookingTerms {
  const split = splitAmount(amountMinor - surchargeMinor, price.split, surchargeMinor);
  return {
    hostOrganizationId: price.hostOrganizationId,
    programId: more.programId,
    contractId: price.contract?.id ?? null,
    contractVersion: price.contract?.version ?? null,
    contractMonth: more.contractMonth,
    ratePriceId: price.ratePriceId,
    priceSource: price.source,
    splitPlatformBps: price.split.platformBps,
    splitHostBps: price.split.hostBps,
    splitExpertBps: price.split.expertBps,
    splitPlatformMinor: split.platformMinor,
    splitHostMinor: split.hostMinor,
    splitExpertMinor: split.expertMinor,
  };
}

async function payMyself(em: EntityManager, deps: BillingDeps, userId: string, input: CheckoutInput, paymentId: string) {
  if (input.purchaseOrderId) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'purchaseOrderId'], 'Purchase orders apply to purchases through an organization.')]);
  const price = await priceBooking(em, priceRequest(input, null, null));
  const amountMinor = chargedAmount(price.unitPriceMinor, input.personalDiscountMinor, false);
  const booking = bookingTerms(price, amountMinor, 0, { programId: null, contractMonth: null });
  return startCardPayment(em, deps, { ...purchase(userId, input), payerKind: 'PERSONAL', organizationId: null, amountMinor, listAmountMinor: price.unitPriceMinor, booking }, input.provider, paymentId);
}

async function checkoutThroughOrganization(
  em: EntityManager,
  deps: BillingDeps,
  principal: Principal & { kind: 'user' },
  input: CheckoutInput,
  organizationId: string,
  paymentId: string,
): Promise<PaymentRow> {
  const membership = membershipIn(principal, organizationId);
  if (membership?.status !== 'ACTIVE') throw forbidden('You can pay through an organization only as its active member.');
  const account = await lockAccountForCheckout(em, organizationId);
  // the org's terms as they are now go with the purchase; later edits never reach it
  const policy = await currentPolicyOf(em, organizationId);
  // a program assignment is the member's entitlement to spend; otherwise the spending policy decides
  if (!input.programId && !maySpendOrgFunds(membership, account.spendingRoles)) throw forbidden(`This organization's spending policy does not let ${membership.role} members spend its funds.`);
  if (account.status === 'FROZEN' || !SPENDING_ORGANIZATION_STATUSES.includes(account.organizationStatus)) {
    throw new UserErrorsThrown([userError('CONFLICT', ['input', 'organizationId'], `Spending through this organization is paused${account.frozenReason ? `: ${account.frozenReason}` : ''}.`)]);
  }
  const orgFunded = account.mode !== 'TAG_ONLY';
  if (input.programId && !orgFunded) throw new UserErrorsThrown([userError('CONFLICT', ['input', 'programId'], "Programs spend the organization's funds, and this organization only tags purchases.")]);
  if (orgFunded && input.currency !== account.currency) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'currency'], `This organization pays in ${account.currency}.`)]);
  const today = await orgToday(em, organizationId);
  const price = await priceBooking(em, priceRequest(input, organizationId, today));
  const use = input.programId ? await useProgram(em, { organizationId, programId: input.programId, userId: principal.userId, priceMinor: price.unitPriceMinor, currency: input.currency, today }) : null;
  const surchargeMinor = use?.surchargeMinor ?? 0;
  const listAmountMinor = price.unitPriceMinor + surchargeMinor;
  const programId = use?.programId ?? null;

  if (!orgFunded || use?.outcome === 'OVERAGE_MEMBER') {
    if (input.purchaseOrderId) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'purchaseOrderId'], 'Purchase orders apply to purchases the organization pays on its invoice.')]);
    // the buyer's own card pays; the org is only named on the payment
    const amountMinor = chargedAmount(listAmountMinor, input.personalDiscountMinor, false);
    const booking = bookingTerms(price, amountMinor, Math.min(surchargeMinor, amountMinor), { programId, contractMonth: null });
    const payment = await startCardPayment(em, deps, { ...purchase(principal.userId, input, policy), payerKind: 'PERSONAL', organizationId, amountMinor, listAmountMinor, booking }, input.provider, paymentId);
    if (use) await recordUtilization(em, payment.id, use);
    return payment;
  }

  const amountMinor = listAmountMinor;
  // a contract's cap limits what the org itself spends with the host, counted in the org's month
  const contractMonth = price.contract ? cycleContaining('MONTHLY', today).startDate : null;
  if (price.contract) await spendUnderContract(em, price.contract, contractMonth!, amountMinor, input.currency);
  const funding = account.mode === 'SEAT_PACK' ? 'WALLET' : 'INVOICE';
  if (funding === 'INVOICE') {
    await refuseWhenPastGrace(em, deps, organizationId, today);
    await holdWithinCreditLimit(em, account, amountMinor);
  }
  else if (input.purchaseOrderId) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'purchaseOrderId'], 'Purchase orders apply to invoiced organizations.')]);
  const booking = bookingTerms(price, amountMinor, surchargeMinor, { programId, contractMonth });
  const payment = await insertPayment(em, { ...purchase(principal.userId, input, policy), payerKind: 'ORGANIZATION', organizationId, funding, amountMinor, listAmountMinor, status: 'SUCCEEDED', expiresAt: null, booking }, paymentId);
  if (use) await recordUtilization(em, payment.id, use);
  if (funding === 'INVOICE' && (account.requiresPurchaseOrder || input.purchaseOrderId)) {
    const purchaseOrderId = await drawPurchaseOrder(em, { organizationId, purchaseOrderId: input.purchaseOrderId, amountMinor, currency: account.currency, paymentId: payment.id }, deps);
    await em.execute(`update "billing"."payment" set purchase_order_id = ? where id = ?`, [purchaseOrderId, payment.id]);
    payment.purchaseOrderId = purchaseOrderId;
  }
  try {
    await postTransaction(em, { kind: 'BOOKING', idempotencyKey: `booking:${payment.id}`, organizationId, paymentId: payment.id, memo: `${input.kind} ${payment.reference}`, entries: bookingEntries(payment, amountMinor) });
  } catch (error) {
    if (!(error instanceof InsufficientFunds)) throw error;
    const balance = await balanceOf(em, wallet(organizationId, account.currency));
    throw new UserErrorsThrown([userError('INSUFFICIENT_CREDITS', ['input', 'amountMinor'], `The organization has ${formatMoney(balance, account.currency)} of credits; this costs ${formatMoney(amountMinor, account.currency)}.`)]);
  }
  // created and settled in one step: the settled event says both
  recordEvent(em, deps, { type: 'billing.payment.settled', organizationId, aggregateId: payment.id, payload: paymentChange(payment) });
  return payment;
}

/**
 * Every checkout shares the account's row lock (a settings change waits for them, and they for it).
 * Invoiced checkouts also queue on a per-org advisory lock, because the credit limit is a sum over
 * payments: taken after the shared lock by all of them alike, it cannot deadlock.
 */
async function lockAccountForCheckout(em: EntityManager, organizationId: string): Promise<BillingAccountRow> {
  const account = await lockBillingAccount(em, organizationId, 'share');
  if (!account) throw notFound('Billing account');
  if (account.mode === 'INVOICED_MONTHLY') await em.execute(`select pg_advisory_xact_lock(hashtext('billing.credit-limit:' || ?))`, [organizationId]);
  return account;
}

/** Dunning's consequence: an invoice overdue beyond the grace period pauses new invoice charges. */
async function refuseWhenPastGrace(em: EntityManager, deps: BillingDeps, organizationId: string, today: string) {
  const [oldest] = await em.execute<{ number: string; due_date: string }[]>(
    `select number, due_date::text from "billing"."invoice" where organization_id = ? and status = 'OVERDUE' order by due_date limit 1`,
    [organizationId],
  );
  if (!oldest) return;
  if (pastGrace(oldest.due_date, today, deps.services.invoicing.graceDays)) {
    throw new UserErrorsThrown([
      userError('INVOICE_OVERDUE', ['input', 'organizationId'], `Invoice ${oldest.number} was due on ${oldest.due_date} and is still unpaid; purchases on the organization's invoice resume once it is paid.`),
    ]);
  }
}

async function holdWithinCreditLimit(em: EntityManager, account: BillingAccountRow, amountMinor: number) {
  const unbilled = await unbilledNetMinor(em, account.organizationId, account.currency);
  const limit = effectiveCreditLimit(account);
  if (unbilled + amountMinor > limit) {
    const left = Math.max(0, limit - unbilled);
    throw new UserErrorsThrown([
      userError('CREDIT_LIMIT_EXCEEDED', ['input', 'amountMinor'], `This would pass the organization's credit limit of ${formatMoney(limit, account.currency)}; ${formatMoney(left, account.currency)} is left until the next invoice.`),
    ]);
  }
}
