import { isCurrency, isPositiveMinor, isUuid, userError, UserErrorsThrown, type UserErrorValue } from '@guildhall/kernel';
import { PROVIDERS, PURCHASE_KINDS, type ProviderName, type PurchaseKind } from './purchase.js';

export interface CheckoutInput {
  idempotencyKey: string;
  /** null: "pay myself"; an org id: "through <org>". */
  organizationId: string | null;
  kind: PurchaseKind;
  reference: string;
  /** The price the buyer was shown; may be left out where a rate card prices the booking. */
  amountMinor: number | null;
  currency: string;
  /** The expert's host org, whose rate cards and contracts price the booking; null for an independent expert. */
  hostOrganizationId: string | null;
  /** With an org: book through this program of it (the assignment is the member's entitlement). */
  programId: string | null;
  payeeId: string;
  startsAt: Date | null;
  /** A discount the marketplace grants this buyer personally (promo, referral credit). */
  personalDiscountMinor: number | null;
  provider: ProviderName | null;
  purchaseOrderId: string | null;
}

const f = (name: string) => ['input', name];

/** Shape checks of a checkout; none of them needs the database. */
export function checkoutInputErrors(input: CheckoutInput): UserErrorValue[] {
  const errors: UserErrorValue[] = [];
  if (input.organizationId !== null && !isUuid(input.organizationId)) errors.push(userError('BAD_USER_INPUT', f('organizationId'), 'Not an organization id.'));
  if (!PURCHASE_KINDS.includes(input.kind)) errors.push(userError('BAD_USER_INPUT', f('kind'), 'Unknown purchase kind.'));
  if (!input.reference.trim() || input.reference.length > 200) errors.push(userError('BAD_USER_INPUT', f('reference'), 'A reference of 1–200 characters names what is bought.'));
  if (input.hostOrganizationId !== null && !isUuid(input.hostOrganizationId)) errors.push(userError('BAD_USER_INPUT', f('hostOrganizationId'), 'Not an organization id.'));
  if (input.programId !== null && !isUuid(input.programId)) errors.push(userError('BAD_USER_INPUT', f('programId'), 'Not a program id.'));
  if (input.programId !== null && input.organizationId === null) errors.push(userError('BAD_USER_INPUT', f('programId'), 'A program pays through its organization; name the organization.'));
  if (input.amountMinor !== null && !isPositiveMinor(input.amountMinor)) errors.push(userError('BAD_USER_INPUT', f('amountMinor'), 'The amount is a positive whole number of minor units (paise, cents).'));
  if (!isCurrency(input.currency)) errors.push(userError('BAD_USER_INPUT', f('currency'), 'Unsupported currency.'));
  if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(input.payeeId)) errors.push(userError('BAD_USER_INPUT', f('payeeId'), 'The payee is an id of 1–100 letters, digits or -_.:'));
  if (input.startsAt && Number.isNaN(input.startsAt.getTime())) errors.push(userError('BAD_USER_INPUT', f('startsAt'), 'Not a date.'));
  if (input.provider !== null && !PROVIDERS.includes(input.provider)) errors.push(userError('BAD_USER_INPUT', f('provider'), 'Unknown payment provider.'));
  if (input.purchaseOrderId !== null && !isUuid(input.purchaseOrderId)) errors.push(userError('BAD_USER_INPUT', f('purchaseOrderId'), 'Not a purchase order id.'));
  const discount = input.personalDiscountMinor;
  if (discount !== null && (!Number.isSafeInteger(discount) || discount < 0 || (isPositiveMinor(input.amountMinor) && discount >= input.amountMinor))) {
    errors.push(userError('BAD_USER_INPUT', f('personalDiscountMinor'), 'A discount is a whole number of minor units below the amount.'));
  }
  return errors;
}

/**
 * The discount policy: a personal discount belongs to the buyer, not to their org. A purchase paid
 * by the org (credits or invoice) is charged at the list amount and the buyer keeps their discount
 * for their own purchases; a card payment, tagged with an org or not, is the buyer's money and gets it.
 */
export function chargedAmount(priceMinor: number, personalDiscountMinor: number | null, orgFunded: boolean): number {
  if (orgFunded || !personalDiscountMinor) return priceMinor;
  if (personalDiscountMinor >= priceMinor) throw new UserErrorsThrown([userError('BAD_USER_INPUT', f('personalDiscountMinor'), 'A discount is a whole number of minor units below the price.')]);
  return priceMinor - personalDiscountMinor;
}
