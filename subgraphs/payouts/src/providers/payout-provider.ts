import type { PayoutAccountStatus, PayoutProvider as PayoutProviderName } from '../domain/payout-account.js';
import type { PayoutOutcome } from '../domain/payout-rules.js';

/** Where money lands for a RazorpayX fund account: a bank account or a UPI address (never stored whole). */
export type Destination = { kind: 'BANK_ACCOUNT'; accountHolder: string; ifsc: string; accountNumber: string } | { kind: 'VPA'; address: string };

export interface OpenedAccount {
  /** RazorpayX fund account id, or the Stripe connected account id: what payouts are sent to. */
  providerAccountId: string;
  /** RazorpayX contact id; null for Stripe. */
  providerContactId: string | null;
  /** e.g. "HDFC0001234 ••••4321", "ra••@okaxis", "Stripe account ••••9F2a". */
  maskedDestination: string;
  status: PayoutAccountStatus;
  /** Stripe Connect: where the payee finishes onboarding (KYC) at Stripe; null for RazorpayX. */
  onboardingUrl: string | null;
}

export interface SubmittedPayout {
  /**
   * The provider's payout (RazorpayX) or transfer (Stripe) id. A request refused on the spot made
   * nothing at the provider: it is then `refused:<idempotencyKey>`, a local id unique to that payout.
   */
  providerPayoutId: string;
  /** Most providers answer "processing" and confirm by webhook; a refusal on the spot is FAILED. */
  status: 'PROCESSING' | PayoutOutcome;
  failureReason: string | null;
}

/**
 * The port payouts talks to. RazorpayX (contacts, fund accounts, payouts over its HTTP API) and
 * Stripe Connect (Express accounts, onboarding links, transfers, with the official SDK) implement it;
 * tests point them at local fake servers.
 */
export interface PayoutProvider {
  readonly name: PayoutProviderName;
  /** Currencies it pays out in. */
  readonly currencies: readonly string[];
  /**
   * Opens where a payee is paid. RazorpayX: a contact (`payeeRef` is its reference id, `displayName`
   * its name), a fund account for `destination`, and a validation of it (penny drop / VPA check),
   * whose webhook verifies the account. Stripe Connect: an Express account in `country` (null: the
   * platform's) and its onboarding link, back to `returnUrl`. Throws PayoutProviderError.
   */
  openAccount(input: {
    payeeRef: string;
    displayName: string;
    email: string | null;
    destination: Destination | null;
    returnUrl: string | null;
    country: string | null;
    currency: string;
  }): Promise<OpenedAccount>;
  /** A fresh onboarding link for an account still being verified (Stripe); null where there is none. */
  onboardingLink(providerAccountId: string, returnUrl: string): Promise<string | null>;
  /** Sends money. `idempotencyKey` is the same on every retry of one payout, so the provider pays once. */
  createPayout(input: { idempotencyKey: string; providerAccountId: string; amountMinor: number; currency: string; reference: string; narration: string; purposeCode: string | null }): Promise<SubmittedPayout>;
}

/** A verified provider webhook, reduced to what payouts acts on. */
export type PayoutProviderEvent =
  /** `occurredAt`: when the provider says it happened; an older event never overrides a newer one. */
  | { kind: 'account.changed'; providerAccountId: string; status: PayoutAccountStatus; detail: string | null; occurredAt: Date | null }
  | { kind: 'payout.changed'; providerPayoutId: string; outcome: PayoutOutcome; reason: string | null };

/** Turns a verified webhook body (parsed or raw) into an event payouts acts on; null for kinds it ignores. */
export type PayoutEventParser = (body: unknown) => PayoutProviderEvent | null;
