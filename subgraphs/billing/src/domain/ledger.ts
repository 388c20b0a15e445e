/**
 * The double-entry rules. Every movement of value is one transaction whose entries are positive
 * amounts on DEBIT or CREDIT sides and balance per currency. An account's balance is kept in its
 * normal direction, so a WALLET (credit-normal) of 500 holds 500 worth of credits.
 */
export const ACCOUNT_KINDS = ['CASH', 'ORG_RECEIVABLE', 'PLATFORM_PROMO', 'WALLET', 'PAYEE_PAYABLE', 'ORG_PAYABLE', 'GST_PAYABLE'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const DEBIT_NORMAL: readonly AccountKind[] = ['CASH', 'ORG_RECEIVABLE', 'PLATFORM_PROMO'];
export const normalSide = (kind: AccountKind): Side => (DEBIT_NORMAL.includes(kind) ? 'DEBIT' : 'CREDIT');

/** Accounts whose balance may never go below zero: spending them is a conditional update. */
export const NEVER_NEGATIVE: readonly AccountKind[] = ['WALLET'];

export const TRANSACTION_KINDS = ['BOOKING', 'TOPUP', 'TOPUP_REFUND', 'REFUND', 'GRANT', 'ADJUSTMENT', 'INVOICE_ISSUED', 'INVOICE_PAID', 'CREDIT_NOTE'] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

export const SIDES = ['DEBIT', 'CREDIT'] as const;
export type Side = (typeof SIDES)[number];

/** Which account: its kind, its owner (an org, a payee, or none for the platform's own), a currency. */
export interface AccountRef {
  kind: AccountKind;
  ownerId: string | null;
  currency: string;
}

export interface EntryDraft {
  account: AccountRef;
  side: Side;
  amountMinor: number;
}

/** The signed change an entry makes to its account's balance (in the account's normal direction). */
export const balanceDelta = (entry: EntryDraft): number => (entry.side === normalSide(entry.account.kind) ? entry.amountMinor : -entry.amountMinor);

/** Why a set of entries cannot be a transaction, or null when it is a sound one. */
export function unbalancedReason(entries: readonly EntryDraft[]): string | null {
  if (entries.length < 2) return 'a transaction needs at least two entries';
  const net = new Map<string, number>();
  for (const e of entries) {
    if (!Number.isSafeInteger(e.amountMinor) || e.amountMinor <= 0) return `entry amounts are positive integers (got ${e.amountMinor})`;
    net.set(e.account.currency, (net.get(e.account.currency) ?? 0) + (e.side === 'DEBIT' ? e.amountMinor : -e.amountMinor));
  }
  for (const [currency, sum] of net) if (sum !== 0) return `debits and credits differ by ${sum} in ${currency}`;
  return null;
}

/** One amount moving from one account to another: debit `from`, credit `to`. */
export const transfer = (from: AccountRef, to: AccountRef, amountMinor: number): EntryDraft[] => [
  { account: from, side: 'DEBIT', amountMinor },
  { account: to, side: 'CREDIT', amountMinor },
];

export const cash = (currency: string): AccountRef => ({ kind: 'CASH', ownerId: null, currency });
export const promo = (currency: string): AccountRef => ({ kind: 'PLATFORM_PROMO', ownerId: null, currency });
export const wallet = (organizationId: string, currency: string): AccountRef => ({ kind: 'WALLET', ownerId: organizationId, currency });
export const receivable = (organizationId: string, currency: string): AccountRef => ({ kind: 'ORG_RECEIVABLE', ownerId: organizationId, currency });
export const orgPayable = (organizationId: string, currency: string): AccountRef => ({ kind: 'ORG_PAYABLE', ownerId: organizationId, currency });
export const payeePayable = (payeeId: string, currency: string): AccountRef => ({ kind: 'PAYEE_PAYABLE', ownerId: payeeId, currency });
export const gstPayable = (currency: string): AccountRef => ({ kind: 'GST_PAYABLE', ownerId: null, currency });
