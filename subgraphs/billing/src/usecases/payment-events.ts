import type { PaymentChange } from '@guildhall/kernel';
import type { PaymentRow } from './payment-store.js';

export const paymentChange = (p: PaymentRow): PaymentChange => ({
  organizationId: p.organizationId,
  paymentId: p.id,
  payerUserId: p.payerUserId,
  payeeId: p.payeeId,
  purpose: p.purpose,
  funding: p.funding,
  amountMinor: p.amountMinor,
  currency: p.currency,
});
