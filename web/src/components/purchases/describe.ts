import type { PurchasesPaymentFieldsFragment } from '../../gql/graphql';
import { formatMoney, humanize } from '../../lib/format';

export type MyPayment = PurchasesPaymentFieldsFragment;

/** Org names by id, from the viewer's own memberships (the payment carries only the id). */
export type OrgNames = ReadonlyMap<string, string>;

export const money = (m: { amountMinor: number; currency: string }) => formatMoney(m.amountMinor, m.currency);

export const describeItem = (p: MyPayment) =>
  p.purpose === 'TOPUP' ? 'Credit top-up' : p.purpose === 'INVOICE' ? (p.reference ?? 'Invoice payment') : `${humanize(p.kind ?? 'PURCHASE')}${p.reference ? ` · ${p.reference}` : ''}`;

// an org the person has since left is no longer in their session
const orgName = (names: OrgNames, id: string) => names.get(id) ?? 'an organization you are no longer in';

/** Who paid: the person by card (perhaps tagged with an org), or an org from its credits or invoice. */
export function describePayer(p: MyPayment, names: OrgNames): string {
  if (p.payerKind === 'ORGANIZATION' && p.organizationId) {
    const how = p.funding === 'WALLET' ? 'credits' : p.funding === 'INVOICE' ? 'invoice' : 'card';
    return `Through ${orgName(names, p.organizationId)} (${how})`;
  }
  const card = `You, by card${p.provider ? ` (${humanize(p.provider)})` : ''}`;
  return p.organizationId ? `${card}, tagged with ${orgName(names, p.organizationId)}` : card;
}

/**
 * What the server's cancelPurchase accepts from the buyer: a purchase still pending or paid
 * (usecases/cancel-purchase.ts); top-ups and invoice payments are org money, refunded on Billing.
 */
export const cancellable = (p: MyPayment) => p.purpose === 'PURCHASE' && (p.status === 'PENDING' || p.status === 'SUCCEEDED');

/** Where a refund of this payment goes, in words. */
export function refundDestination(p: MyPayment, names: OrgNames): string {
  if (p.funding === 'WALLET' && p.organizationId) return `back to ${orgName(names, p.organizationId)}’s credits`;
  if (p.funding === 'INVOICE' && p.organizationId) return `off ${orgName(names, p.organizationId)}’s invoice`;
  return 'back to your card';
}

/** The question asked before cancelling: what happens to the money, as far as the graph tells. */
export function cancelQuestion(p: MyPayment, names: OrgNames): string {
  const item = describeItem(p);
  if (p.status === 'PENDING') return `Cancel ${item}? Nothing has been charged; the payment will no longer be taken.`;
  // the graph does not expose the policy snapshotted on the payment, only applies it: say so honestly
  const start = p.startsAt ? ` It starts ${new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(p.startsAt))};` : '';
  return `Cancel ${item} (${money(p.amount)})?${start} the refund follows the cancellation policy in force when you bought it and goes ${refundDestination(p, names)}.`;
}
