import type { BillingMode, InvoiceStatus, PaymentStatus, PurchaseOrderStatus } from '../../gql/graphql';

/** What each billing mode means for a purchase "through the org" (docs/billing.md). */
export const MODE_LABELS: Readonly<Record<BillingMode, { label: string; explains: string }>> = {
  TAG_ONLY: { label: 'Tag only', explains: 'Members pay by card themselves; purchases are tagged with the organization.' },
  SEAT_PACK: { label: 'Seat pack (credits)', explains: 'Purchases are paid from the organization’s prepaid credits.' },
  INVOICED_MONTHLY: { label: 'Invoiced monthly', explains: 'Purchases go on a monthly GST invoice, up to the credit limit.' },
};

type Tone = 'neutral' | 'good' | 'warn' | 'bad';

export const PAYMENT_TONE: Readonly<Record<PaymentStatus, Tone>> = {
  PENDING: 'warn',
  SUCCEEDED: 'good',
  FAILED: 'bad',
  EXPIRED: 'neutral',
  CANCELLED: 'neutral',
};

export const INVOICE_TONE: Readonly<Record<InvoiceStatus, Tone>> = {
  DRAFT: 'neutral',
  ISSUED: 'warn',
  PARTIALLY_PAID: 'warn',
  PAID: 'good',
  OVERDUE: 'bad',
  VOID: 'neutral',
};

export const PURCHASE_ORDER_TONE: Readonly<Record<PurchaseOrderStatus, Tone>> = {
  ACTIVE: 'good',
  EXHAUSTED: 'warn',
  VOID: 'neutral',
  CANCELLED: 'neutral',
};
