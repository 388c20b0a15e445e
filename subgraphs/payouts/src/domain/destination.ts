import { userError, type UserErrorValue } from '@guildhall/kernel';
import type { Destination } from '../providers/payout-provider.js';

/**
 * Where a RazorpayX payee is paid, checked before anything is sent or written, and how it is shown.
 * Only the masked form is ever stored: the full account number goes to the provider and nowhere else.
 */
export const IFSC = /^[A-Z]{4}0[A-Z0-9]{6}$/;
export const ACCOUNT_NUMBER = /^[0-9]{9,18}$/;
export const VPA = /^[a-z0-9.\-_]{2,256}@[a-z][a-z0-9]{1,63}$/;
/** RazorpayX contact names are 3-50 characters. */
const HOLDER_MIN = 3;
const HOLDER_MAX = 50;

export interface DestinationInput {
  bankAccount?: { accountHolder: string; ifsc: string; accountNumber: string } | null;
  vpa?: { accountHolder: string; address: string } | null;
}

export type CheckedDestination = { destination: Destination; accountHolder: string };

/** Normalizes (trims, upper-cases the IFSC, drops spaces in the number, lower-cases the VPA) and checks. */
export function checkDestination(input: DestinationInput | null | undefined, path: string[]): { ok: true; value: CheckedDestination } | { ok: false; errors: UserErrorValue[] } {
  const bank = input?.bankAccount ?? null;
  const vpa = input?.vpa ?? null;
  if ((bank === null) === (vpa === null)) {
    return { ok: false, errors: [userError('BAD_USER_INPUT', path, 'Give exactly one destination: a bank account or a UPI address (VPA).')] };
  }
  const errors: UserErrorValue[] = [];
  if (bank) {
    const at = [...path, 'bankAccount'];
    const accountHolder = holder(bank.accountHolder, [...at, 'accountHolder'], errors);
    const ifsc = bank.ifsc.trim().toUpperCase();
    if (!IFSC.test(ifsc)) errors.push(userError('BAD_USER_INPUT', [...at, 'ifsc'], 'An IFSC is 11 characters: 4 letters, a zero, then 6 letters or digits (e.g. HDFC0001234).'));
    const accountNumber = bank.accountNumber.replace(/\s+/g, '');
    if (!ACCOUNT_NUMBER.test(accountNumber)) errors.push(userError('BAD_USER_INPUT', [...at, 'accountNumber'], 'A bank account number is 9 to 18 digits.'));
    return errors.length ? { ok: false, errors } : { ok: true, value: { accountHolder, destination: { kind: 'BANK_ACCOUNT', accountHolder, ifsc, accountNumber } } };
  }
  const at = [...path, 'vpa'];
  const accountHolder = holder(vpa!.accountHolder, [...at, 'accountHolder'], errors);
  const address = vpa!.address.trim().toLowerCase();
  if (!VPA.test(address)) errors.push(userError('BAD_USER_INPUT', [...at, 'address'], 'A UPI address looks like name@bank (e.g. asha@okaxis).'));
  return errors.length ? { ok: false, errors } : { ok: true, value: { accountHolder, destination: { kind: 'VPA', address } } };
}

function holder(raw: string, path: string[], errors: UserErrorValue[]): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  // eslint-disable-next-line no-control-regex
  if (name.length < HOLDER_MIN || name.length > HOLDER_MAX || /[\u0000-\u001f\u007f<>]/.test(name)) {
    errors.push(userError('BAD_USER_INPUT', path, `The account holder's name is ${HOLDER_MIN} to ${HOLDER_MAX} characters, as the bank has it.`));
  }
  return name;
}

/** "HDFC0001234 ••••4321", "ra••@okaxis": enough to recognize, never enough to pay. */
export function maskDestination(destination: Destination): string {
  if (destination.kind === 'BANK_ACCOUNT') return `${destination.ifsc} ••••${destination.accountNumber.slice(-4)}`;
  const [user = '', handle = ''] = destination.address.split('@');
  return `${user.slice(0, user.length > 2 ? 2 : 1)}••@${handle}`;
}

/** A Stripe connected account: "Stripe account ••••9F2a". */
export const maskStripeAccount = (accountId: string) => `Stripe account ••••${accountId.slice(-4)}`;
