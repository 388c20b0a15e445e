import Stripe from 'stripe';
import type { PayoutSettings } from '@guildhall/kernel';
import { maskStripeAccount } from '../domain/destination.js';
import type { PayoutProvider, SubmittedPayout } from './payout-provider.js';
import { PayoutProviderError, type PayoutProviderErrorKind } from './provider-error.js';
import { stripeAccountStatus } from './stripe-connect-events.js';

type StripeConnectSettings = NonNullable<PayoutSettings['stripeConnect']>;

const TIMEOUT_MS = 15_000;

/**
 * Stripe Connect through the official SDK, with the platform's key: an Express account per payee
 * (transfers capability), onboarding links to Stripe's hosted KYC, and transfers from the platform's
 * balance with Stripe's idempotency keys (so the SDK's own retries are off: the caller retries with the
 * same key). A transfer is instant: created means PROCESSING until `transfer.created` confirms it.
 */
export function createStripeConnectProvider(settings: StripeConnectSettings): PayoutProvider {
  const stripe = new Stripe(settings.secretKey, { maxNetworkRetries: 0, timeout: TIMEOUT_MS, telemetry: false, ...hostOptions(settings.apiUrl) });

  const link = (accountId: string, returnUrl: string) =>
    call('create the onboarding link', () => stripe.accountLinks.create({ account: accountId, type: 'account_onboarding', return_url: returnUrl, refresh_url: returnUrl }));

  return {
    name: 'STRIPE_CONNECT',
    currencies: ['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'SGD', 'AED', 'CHF'],

    async openAccount({ payeeRef, email, returnUrl, country }) {
      if (!returnUrl) throw new PayoutProviderError('STRIPE_CONNECT', 'REJECTED', 'Stripe onboarding needs a return URL.');
      const account = await call('create the connected account', () =>
        stripe.accounts.create({
          ...(country ? { country } : {}),
          ...(email ? { email } : {}),
          // Express: Stripe hosts onboarding and the payee's dashboard; the platform pays fees and carries losses
          controller: { stripe_dashboard: { type: 'express' }, fees: { payer: 'application' }, losses: { payments: 'application' } },
          capabilities: { transfers: { requested: true } },
          metadata: { payee_ref: payeeRef },
        }),
      );
      const { status } = stripeAccountStatus(account as unknown as Record<string, unknown>);
      // the account exists now: without a link (Stripe hiccup) it is still kept, and payoutOnboardingLink makes one
      const onboardingUrl = status === 'PENDING_VERIFICATION' ? await link(account.id, returnUrl).then((l) => l.url, () => null) : null;
      return { providerAccountId: account.id, providerContactId: null, maskedDestination: maskStripeAccount(account.id), status, onboardingUrl };
    },

    async onboardingLink(providerAccountId, returnUrl) {
      return (await link(providerAccountId, returnUrl)).url;
    },

    async createPayout({ idempotencyKey, providerAccountId, amountMinor, currency, reference, narration, purposeCode }): Promise<SubmittedPayout> {
      try {
        const transfer = await call('create the transfer', () =>
          stripe.transfers.create(
            {
              amount: amountMinor,
              currency: currency.toLowerCase(),
              destination: providerAccountId,
              description: narration,
              transfer_group: reference,
              metadata: { payout_id: reference, ...(purposeCode ? { purpose_code: purposeCode } : {}) },
            },
            { idempotencyKey },
          ),
        );
        return { providerPayoutId: transfer.id, status: transfer.reversed ? 'REVERSED' : 'PROCESSING', failureReason: null };
      } catch (error) {
        // Stripe refused it (no balance, the account cannot take transfers): nothing moved, the payout failed
        if (error instanceof PayoutProviderError && error.kind === 'REJECTED') {
          return { providerPayoutId: `refused:${idempotencyKey}`, status: 'FAILED', failureReason: error.providerMessage ?? error.message };
        }
        throw error;
      }
    },
  };
}

/** STRIPE_API_URL → the SDK's host/port/protocol (it takes no base URL). */
function hostOptions(apiUrl: string | null): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol };
}

async function call<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toProviderError(action, error);
  }
}

/** The SDK's error, reduced to what is safe to log: its class, HTTP status and Stripe's error code. */
function toProviderError(action: string, error: unknown): PayoutProviderError {
  if (!(error instanceof Stripe.errors.StripeError)) {
    return new PayoutProviderError('STRIPE_CONNECT', 'UNAVAILABLE', `Stripe failed unexpectedly when asked to ${action}.`);
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : null;
  const code = typeof error.code === 'string' ? error.code : null;
  const kind = kindOf(error.type, status);
  const what = { AUTH: 'refused our API key', CONFLICT: 'saw an idempotency key reused with other input', UNAVAILABLE: 'is unavailable', REJECTED: 'refused' }[kind];
  const detail = [status ? `HTTP ${status}` : null, code].filter(Boolean).join(', ');
  const shown = kind === 'REJECTED' && typeof error.message === 'string' ? error.message.slice(0, 200) : null;
  return new PayoutProviderError('STRIPE_CONNECT', kind, `Stripe ${what} when asked to ${action}${detail ? ` (${detail})` : ''}.`, status, code, shown);
}

function kindOf(type: string, status: number | null): PayoutProviderErrorKind {
  if (type === 'StripeAuthenticationError' || type === 'StripePermissionError') return 'AUTH';
  if (type === 'StripeIdempotencyError') return 'CONFLICT';
  if (type === 'StripeConnectionError' || type === 'StripeAPIError' || type === 'StripeRateLimitError') return 'UNAVAILABLE';
  // 409: a concurrent request holds the same idempotency key; it resolves on retry
  if (status === 409 || (status !== null && status >= 500)) return 'UNAVAILABLE';
  return 'REJECTED';
}
