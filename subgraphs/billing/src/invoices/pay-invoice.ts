import { randomUUID } from 'node:crypto';
import { fail, isPositiveMinor, notFound, recordEvent, userError, UserErrorsThrown, type EventCause, type Outcome } from '@guildhall/kernel';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OPEN_STATUSES, settledStatus } from '../domain/invoice-status.js';
import { PROVIDERS, type ProviderName } from '../domain/purchase.js';
import type { CheckoutResult } from '../usecases/checkout.js';
import type { BillingDeps } from '../usecases/deps.js';
import { requireFinanceManager } from '../usecases/finance-access.js';
import { claimIdempotencyKey } from '../usecases/idempotency.js';
import { findPayment, type PaymentRow } from '../usecases/payment-store.js';
import { startCardPayment } from '../usecases/start-card-payment.js';
import { inTransaction } from '../usecases/transaction.js';
import { findInvoice } from './invoice-store.js';

export interface PayInvoiceInput {
  invoiceId: string;
  /** Omitted: everything still outstanding. */
  amountMinor: number | null;
  provider: ProviderName | null;
  idempotencyKey: string;
}

/** OWNER or BILLING_ADMIN pay an issued invoice by card, in full or in part; the capture settles it. */
export async function payInvoice(deps: BillingDeps, input: PayInvoiceInput): Promise<Outcome<CheckoutResult>> {
  const principal = deps.principal;
  if (input.amountMinor !== null && !isPositiveMinor(input.amountMinor)) return fail(userError('BAD_USER_INPUT', ['input', 'amountMinor'], 'The amount is a positive whole number of minor units.'));
  if (input.provider !== null && !PROVIDERS.includes(input.provider)) return fail(userError('BAD_USER_INPUT', ['input', 'provider'], 'Unknown payment provider.'));
  return inTransaction(deps.em, async (em) => {
    const invoice = await findInvoice(em, input.invoiceId, true);
    if (!invoice || principal.kind !== 'user' || !principal.memberships[invoice.organizationId]) throw notFound('Invoice');
    requireFinanceManager(principal, invoice.organizationId);
    const paymentId = randomUUID();
    const claim = await claimIdempotencyKey(em, principal, { operation: 'pay-invoice', key: input.idempotencyKey, input: { ...input, idempotencyKey: undefined }, resultId: paymentId });
    if (!claim.fresh) return { payment: (await findPayment(em, { id: claim.resultId }))!, replayed: true };
    if (!OPEN_STATUSES.includes(invoice.status)) throw new UserErrorsThrown([userError('CONFLICT', ['input', 'invoiceId'], `This invoice is ${invoice.status.toLowerCase()}; there is nothing to pay.`)]);
    const outstanding = invoice.amountDueMinor - invoice.paidMinor - invoice.creditedMinor;
    const amountMinor = input.amountMinor ?? outstanding;
    if (amountMinor > outstanding) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'amountMinor'], `Only ${outstanding} minor units are outstanding.`)]);
    const payment = await startCardPayment(
      em,
      deps,
      { purpose: 'INVOICE', kind: null, reference: `Invoice ${invoice.number}`, payerKind: 'ORGANIZATION', payerUserId: principal.userId, organizationId: invoice.organizationId, payeeId: null, amountMinor, listAmountMinor: amountMinor, currency: invoice.currency, startsAt: null, cancellationPolicy: null },
      input.provider,
      paymentId,
    );
    await em.execute(`update "billing"."payment" set pays_invoice_id = ? where id = ?`, [invoice.id, payment.id]);
    return { payment, replayed: false };
  });
}

/** A settled invoice payment counts against its invoice; the last one that covers it marks it PAID. */
export async function applyInvoicePayment(em: EntityManager, cause: EventCause, payment: PaymentRow) {
  const [link] = await em.execute<{ pays_invoice_id: string }[]>(`select pays_invoice_id from "billing"."payment" where id = ?`, [payment.id]);
  const invoice = link?.pays_invoice_id ? await findInvoice(em, link.pays_invoice_id, true) : null;
  if (!invoice) return;
  const paid = invoice.paidMinor + payment.amountMinor;
  const status = settledStatus(invoice.amountDueMinor, paid, invoice.creditedMinor, invoice.status === 'OVERDUE');
  await em.execute(`update "billing"."invoice" set paid_minor = ?, status = ?, paid_at = case when ? = 'PAID' then now() else paid_at end, updated_at = now() where id = ?`, [paid, status, status, invoice.id]);
  if (status === 'PAID') {
    recordEvent(em, cause, { type: 'billing.invoice.paid', organizationId: invoice.organizationId, aggregateId: invoice.id, payload: { organizationId: invoice.organizationId, invoiceId: invoice.id, amountDueMinor: invoice.amountDueMinor, currency: invoice.currency, number: invoice.number! } });
  }
}
