import type { PayeeInput, PayoutAccountStatus, PayoutStatus } from '../../gql/graphql';

/**
 * Whose payouts the page shows: an org (a host org's share, read by its payouts.read roles) or the
 * signed-in person (an expert paid personally). The "may" flags come from the server's own predicates.
 */
export interface PayeeScope {
  payee: PayeeInput;
  /** The org's name, or null for the person themselves. */
  organizationName: string | null;
  mayLinkAccount: boolean;
  mayEditTaxProfile: boolean;
}

export const personal = (scope: PayeeScope) => scope.payee.kind === 'USER';

/** For mutations whose payee defaults to "yourself": the org's payee, else nothing. */
export const payeeArgument = (scope: PayeeScope) => (personal(scope) ? {} : { payee: scope.payee });

export const ACCOUNT_TONE: Record<PayoutAccountStatus, 'good' | 'warn' | 'bad' | 'neutral'> = { PENDING_VERIFICATION: 'warn', VERIFIED: 'good', REJECTED: 'bad', DISABLED: 'neutral' };
export const PAYOUT_TONE: Record<PayoutStatus, 'good' | 'warn' | 'bad' | 'neutral'> = { CREATED: 'neutral', PROCESSING: 'warn', PROCESSED: 'good', FAILED: 'bad', REVERSED: 'bad' };

/** Statements count India dates (Asia/Kolkata), whatever the browser's time zone. */
export function indiaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export const percentOfBps = (bps: number) => `${(bps / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`;

export const TDS_LABEL = { SECTION_194O: '194O (e-commerce)', SECTION_194J: '194J (professional fees)', SECTION_195: '195 (payee abroad)' } as const;
