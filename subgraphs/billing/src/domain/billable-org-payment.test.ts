import { isBillableOrgPayment, isOrgFundedPurchase, isUnbilled } from './billable-org-payment.js';

const invoiced = { payerKind: 'ORGANIZATION', funding: 'INVOICE', purpose: 'PURCHASE', status: 'SUCCEEDED', invoiceId: null };

describe('the billable org payment rule', () => {
  it('bills settled invoice purchases, cancelled ones for what was kept', () => {
    expect(isBillableOrgPayment(invoiced)).toBe(true);
    expect(isBillableOrgPayment({ ...invoiced, status: 'CANCELLED' })).toBe(true);
    expect(isUnbilled(invoiced)).toBe(true);
    expect(isUnbilled({ ...invoiced, invoiceId: 'inv' })).toBe(false);
  });
  it('never bills card money, credits, top-ups or unsettled payments', () => {
    expect(isBillableOrgPayment({ ...invoiced, funding: 'CARD', payerKind: 'PERSONAL' })).toBe(false);
    expect(isBillableOrgPayment({ ...invoiced, funding: 'WALLET' })).toBe(false);
    expect(isOrgFundedPurchase({ ...invoiced, funding: 'WALLET' })).toBe(true);
    expect(isOrgFundedPurchase({ ...invoiced, purpose: 'TOPUP' })).toBe(false);
    expect(isOrgFundedPurchase({ ...invoiced, status: 'PENDING' })).toBe(false);
  });
});
