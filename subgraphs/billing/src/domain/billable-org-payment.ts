/**
 * The one definition of what an org spent and what it owes. An org-funded purchase is a settled
 * purchase paid from the org's credits or charged to its invoice (a cancelled one still counts for
 * what was not refunded). A billable org payment is such a purchase on the invoice; unbilled ones are
 * not on an invoice yet. Checkout's credit limit, the billing summary, analytics and invoicing all
 * use these, so they can never disagree. What a payment counts for is its amount less refunds.
 */
export interface PaymentFacts {
  payerKind: string;
  funding: string;
  purpose: string;
  status: string;
  invoiceId: string | null;
}

export const isOrgFundedPurchase = (p: PaymentFacts): boolean =>
  p.payerKind === 'ORGANIZATION' && p.purpose === 'PURCHASE' && (p.funding === 'WALLET' || p.funding === 'INVOICE') && (p.status === 'SUCCEEDED' || p.status === 'CANCELLED');

export const isBillableOrgPayment = (p: PaymentFacts): boolean => isOrgFundedPurchase(p) && p.funding === 'INVOICE';

export const isUnbilled = (p: PaymentFacts): boolean => isBillableOrgPayment(p) && p.invoiceId === null;

/** The same rules as SQL over `billing.payment` aliased `alias` (constants only, never input). */
export const orgFundedPurchaseSql = (alias = 'p') =>
  `(${alias}.payer_kind = 'ORGANIZATION' and ${alias}.purpose = 'PURCHASE' and ${alias}.funding in ('WALLET', 'INVOICE') and ${alias}.status in ('SUCCEEDED', 'CANCELLED'))`;

export const billableOrgPaymentSql = (alias = 'p') => `(${orgFundedPurchaseSql(alias)} and ${alias}.funding = 'INVOICE')`;

export const unbilledOrgPaymentSql = (alias = 'p') => `(${billableOrgPaymentSql(alias)} and ${alias}.invoice_id is null)`;

export const netMinorSql = (alias = 'p') => `(${alias}.amount_minor - ${alias}.refunded_minor)`;
