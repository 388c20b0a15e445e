import type { PayoutSettings } from '@guildhall/kernel';
import type { PayoutProvider as PayoutProviderName } from '../domain/payout-account.js';
import type { PayoutEventParser, PayoutProvider } from './payout-provider.js';
import { parseRazorpayXEvent } from './razorpayx-events.js';
import { createRazorpayXProvider } from './razorpayx-provider.js';
import { parseStripeConnectEvent } from './stripe-connect-events.js';
import { createStripeConnectProvider } from './stripe-connect-provider.js';

export interface PayoutProviders {
  /** The configured provider, or null when its settings are not there (it is then simply not offered). */
  get(name: PayoutProviderName | string): PayoutProvider | null;
}

const bySettings = new WeakMap<PayoutSettings, PayoutProviders>();

/**
 * Adapters are built on first use and kept for as long as their settings (the process's services):
 * the Stripe one holds an SDK client with its own connection pool.
 */
export function payoutProviders(settings: PayoutSettings): PayoutProviders {
  const known = bySettings.get(settings);
  if (known) return known;
  const built = new Map<string, PayoutProvider>();
  const build = (name: string): PayoutProvider | null => {
    if (name === 'RAZORPAYX') return settings.razorpayx ? createRazorpayXProvider(settings.razorpayx) : null;
    if (name === 'STRIPE_CONNECT') return settings.stripeConnect ? createStripeConnectProvider(settings.stripeConnect) : null;
    return null;
  };
  const providers: PayoutProviders = {
    get(name) {
      const cached = built.get(name);
      if (cached) return cached;
      const provider = build(name);
      if (provider) built.set(name, provider);
      return provider;
    },
  };
  bySettings.set(settings, providers);
  return providers;
}

export const payoutEventParsers: Record<PayoutProviderName, PayoutEventParser> = {
  RAZORPAYX: parseRazorpayXEvent,
  STRIPE_CONNECT: parseStripeConnectEvent,
};
