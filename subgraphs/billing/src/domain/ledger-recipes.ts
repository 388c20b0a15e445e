import { cash, gstPayable, payeePayable, receivable, orgPayable, transfer, wallet, type AccountRef, type EntryDraft } from './ledger.js';

/** Where a payment's money comes from: a card (through a provider), an org's credits, or its invoice. */
export const FUNDINGS = ['CARD', 'WALLET', 'INVOICE'] as const;
export type Funding = (typeof FUNDINGS)[number];

export interface PaymentFacts {
  funding: Funding;
  organizationId: string | null;
  payeeId: string | null;
  currency: string;
}

function source(p: PaymentFacts): AccountRef {
  if (p.funding === 'CARD') return cash(p.currency);
  if (!p.organizationId) throw new Error(`${p.funding} funding needs an organization`);
  return p.funding === 'WALLET' ? wallet(p.organizationId, p.currency) : receivable(p.organizationId, p.currency);
}

const payee = (p: PaymentFacts): AccountRef => payeePayable(p.payeeId ?? 'platform', p.currency);

/** A purchase: its funding source pays the payee (the split among payees lands with programs). */
export const bookingEntries = (p: PaymentFacts, amountMinor: number): EntryDraft[] => transfer(source(p), payee(p), amountMinor);

/**
 * A refund reverses the booking. An invoiced org charge already on an invoice cannot shrink that
 * invoice: the money becomes owed to the org (ORG_PAYABLE), which the invoicing issue turns into a credit note.
 */
export function refundEntries(p: PaymentFacts, amountMinor: number, alreadyInvoiced: boolean): EntryDraft[] {
  const back = p.funding === 'INVOICE' && alreadyInvoiced ? orgPayable(p.organizationId!, p.currency) : source(p);
  return transfer(payee(p), back, amountMinor);
}

/** Credits bought by card land in the org's wallet. */
export const topUpEntries = (organizationId: string, currency: string, amountMinor: number) => transfer(cash(currency), wallet(organizationId, currency), amountMinor);

/** Refunding a top-up takes the unspent credits back out. */
export const topUpRefundEntries = (organizationId: string, currency: string, amountMinor: number) => transfer(wallet(organizationId, currency), cash(currency), amountMinor);

/** Issuing an invoice adds the GST it charges to what the org owes; the tax is owed onwards. */
export const invoiceTaxEntries = (organizationId: string, currency: string, taxMinor: number) => transfer(receivable(organizationId, currency), gstPayable(currency), taxMinor);

/** Money received against an invoice settles the org's receivable. */
export const invoicePaymentEntries = (organizationId: string, currency: string, amountMinor: number) => transfer(cash(currency), receivable(organizationId, currency), amountMinor);

/**
 * A credit note for a refund already owed to the org (ORG_PAYABLE): it reduces what the invoice asks
 * for, taking back the tax charged on it; or, when the invoice has no due left to reduce, the tax is
 * added to what the org is owed.
 */
export function creditNoteEntries(organizationId: string, currency: string, taxableMinor: number, taxMinor: number, reducesDue: boolean): EntryDraft[] {
  if (!reducesDue) return taxMinor > 0 ? transfer(gstPayable(currency), orgPayable(organizationId, currency), taxMinor) : [];
  const entries: EntryDraft[] = [
    { account: orgPayable(organizationId, currency), side: 'DEBIT', amountMinor: taxableMinor },
    { account: receivable(organizationId, currency), side: 'CREDIT', amountMinor: taxableMinor + taxMinor },
  ];
  if (taxMinor > 0) entries.push({ account: gstPayable(currency), side: 'DEBIT', amountMinor: taxMinor });
  return entries;
}
