import type { ContractStatus, ContractVersionStatus, PurchaseKind } from '../../gql/graphql';
import { humanize } from '../../lib/format';

export const PURCHASE_KINDS: readonly PurchaseKind[] = ['CONSULTATION', 'SUBSCRIPTION', 'WEBINAR', 'CLASS'];
export const KIND_OPTIONS = PURCHASE_KINDS.map((value) => ({ value, label: humanize(value) }));

export const CONTRACT_TONE: Record<ContractStatus, 'warn' | 'good' | 'bad'> = { PROPOSED: 'warn', ACTIVE: 'good', TERMINATED: 'bad' };
export const VERSION_TONE: Record<ContractVersionStatus, 'neutral' | 'warn' | 'good' | 'bad'> = {
  PROPOSED: 'warn',
  ACCEPTED: 'good',
  SUPERSEDED: 'neutral',
  REJECTED: 'bad',
  WITHDRAWN: 'neutral',
};

/** Basis points as people read them: 1,250 bps → "12.5%". */
export const formatBps = (bps: number) => `${(bps / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`;

/** The field label's money unit: "₹" for rupees, else the ISO code. */
export const moneyUnit = (currency: string) => (currency === 'INR' ? '₹' : currency);

/** What a person types as an amount, e.g. "rupees" in a hint. */
export const moneyWord = (currency: string) => (currency === 'INR' ? 'rupees' : currency);

/** A whole number typed by a person, or null (no decimals, no signs: bps and hours are integers). */
export function parseWhole(text: string): number | null {
  const cleaned = text.replace(/[,\s]/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : null;
}

/** A user id as a name: members of this org by name; anyone else is on the other side. */
export type NameOf = (userId: string) => string | null;
