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
  booking: p.booking && {
    kind: p.kind,
    hostOrganizationId: p.booking.hostOrganizationId,
    startsAt: p.startsAt?.toISOString() ?? null,
    platformMinor: p.booking.splitPlatformMinor,
    hostMinor: p.booking.splitHostMinor,
    expertMinor: p.booking.splitExpertMinor,
  },
});
