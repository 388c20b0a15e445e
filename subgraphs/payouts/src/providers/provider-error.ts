import type { PayoutProvider as PayoutProviderName } from '../domain/payout-account.js';

/**
 * REJECTED: the provider refused the request (bad details, no balance) — retrying will not help.
 * AUTH: our keys were refused. CONFLICT: an idempotency key was reused with different input.
 * UNAVAILABLE: network, timeout or provider-side failure — safe to retry with the same key.
 */
export type PayoutProviderErrorKind = 'REJECTED' | 'AUTH' | 'CONFLICT' | 'UNAVAILABLE';

/**
 * A provider call that failed, with a message safe to log and to show: never the request (it carries
 * our credentials and the payee's account number) nor the provider's raw response body.
 */
export class PayoutProviderError extends Error {
  override readonly name = 'PayoutProviderError';

  constructor(
    readonly provider: PayoutProviderName,
    readonly kind: PayoutProviderErrorKind,
    message: string,
    /** HTTP status from the provider, when it answered. */
    readonly statusCode: number | null = null,
    /** The provider's machine-readable error code (e.g. Stripe's `balance_insufficient`), when given. */
    readonly providerCode: string | null = null,
    /** What the provider said, for a REJECTED request: safe to show the payee (it names no secrets). */
    readonly providerMessage: string | null = null,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.kind === 'UNAVAILABLE';
  }
}
