import { isCurrency, isPositiveMinor, userError, type UserErrorValue } from '@guildhall/kernel';

/**
 * A purchase order: an org's authorization to spend up to an amount on invoiced purchases. ACTIVE
 * is drawable; EXHAUSTED has nothing left (a restore re-opens it); VOID and CANCELLED are final.
 */
export const PURCHASE_ORDER_STATUSES = ['ACTIVE', 'EXHAUSTED', 'VOID', 'CANCELLED'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

export const PO_NUMBER_MAX = 40;

export interface NewPurchaseOrder {
  number: string;
  amountMinor: number;
  currency: string;
  /** Calendar dates, YYYY-MM-DD, both inclusive. */
  validFrom: string;
  validUntil: string;
}

const f = (name: string) => ['input', name];

/** The number as stored and compared: surrounding spaces are never part of it. */
export const normalizePurchaseOrderNumber = (value: string): string => value.trim();

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Shape checks of a new PO; uniqueness of the number is the database's to decide. */
export function newPurchaseOrderErrors(input: NewPurchaseOrder): UserErrorValue[] {
  const errors: UserErrorValue[] = [];
  const number = normalizePurchaseOrderNumber(input.number);
  // control characters would make a number that looks the same as another on an invoice
  if (number.length < 1 || number.length > PO_NUMBER_MAX || /[\u0000-\u001f\u007f]/.test(number)) {
    errors.push(userError('BAD_USER_INPUT', f('number'), `A purchase order number is 1–${PO_NUMBER_MAX} printable characters.`));
  }
  if (!isPositiveMinor(input.amountMinor)) errors.push(userError('BAD_USER_INPUT', f('amountMinor'), 'The amount is a positive whole number of minor units (paise, cents).'));
  if (!isCurrency(input.currency)) errors.push(userError('BAD_USER_INPUT', f('currency'), 'Unsupported currency.'));
  const fromOk = isCalendarDate(input.validFrom);
  const untilOk = isCalendarDate(input.validUntil);
  if (!fromOk) errors.push(userError('BAD_USER_INPUT', f('validFrom'), 'A date is written YYYY-MM-DD.'));
  if (!untilOk) errors.push(userError('BAD_USER_INPUT', f('validUntil'), 'A date is written YYYY-MM-DD.'));
  // ISO dates compare as strings
  if (fromOk && untilOk && input.validUntil < input.validFrom) {
    errors.push(userError('BAD_USER_INPUT', f('validUntil'), 'The purchase order cannot end before it starts.'));
  }
  return errors;
}

/** Cancelling ends a PO that can still matter; VOID and CANCELLED are already final. */
export const CANCELLABLE_STATUSES: readonly PurchaseOrderStatus[] = ['ACTIVE', 'EXHAUSTED'];

/** Why a PO cannot pay, or null when it can (enough balance is judged separately). */
export function unusableReason(po: { status: PurchaseOrderStatus; currency: string; validFrom: string; validUntil: string }, currency: string, today: string): string | null {
  if (po.status !== 'ACTIVE') return `it is ${po.status.toLowerCase()}`;
  if (today < po.validFrom || today > po.validUntil) return `it is valid from ${po.validFrom} until ${po.validUntil}`;
  if (po.currency !== currency) return `it is in ${po.currency}, this purchase in ${currency}`;
  return null;
}
