import type { ProviderName } from '../domain/purchase.js';

/**
 * REJECTED: the provider refused the request (bad input, over-refund) — retrying will not help.
 * AUTH: our keys were refused. CONFLICT: an idempotency key was reused with different input.
 * UNAVAILABLE: network, timeout or provider-side failure — safe to retry with the same key.
 */
export type ProviderErrorKind = 'REJECTED' | 'AUTH' | 'CONFLICT' | 'UNAVAILABLE';

/**
 * A provider call that failed, with a message safe to log: never the SDK error itself, whose
 * request config carries our credentials, nor the provider's raw response body.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';

  constructor(
    readonly provider: ProviderName,
    readonly kind: ProviderErrorKind,
    message: string,
    /** HTTP status from the provider, when it answered. */
    readonly statusCode: number | null = null,
    /** The provider's machine-readable error code (e.g. Stripe's `amount_too_large`), when given. */
    readonly providerCode: string | null = null,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.kind === 'UNAVAILABLE';
  }
}
