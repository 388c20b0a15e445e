import type { PaymentSettings } from '@guildhall/kernel';
import type { ProviderName } from '../domain/purchase.js';
import type { PaymentProvider, ProviderEventParser } from './payment-provider.js';
import { parseRazorpayEvent } from './razorpay-events.js';
import { createRazorpayProvider } from './razorpay-provider.js';
import { parseStripeEvent } from './stripe-events.js';
import { createStripeProvider } from './stripe-provider.js';

export interface PaymentProviders {
  /** The configured provider, or null when its keys are not set (it is then simply not offered). */
  get(name: ProviderName): PaymentProvider | null;
}

const bySettings = new WeakMap<PaymentSettings, PaymentProviders>();

/**
 * Adapters are built on first use and kept for as long as their settings (the process's services):
 * each holds an SDK client with its own connection pool.
 */
export function paymentProviders(settings: PaymentSettings): PaymentProviders {
  const known = bySettings.get(settings);
  if (known) return known;
  const providers = buildProviders(settings);
  bySettings.set(settings, providers);
  return providers;
}

function buildProviders(settings: PaymentSettings): PaymentProviders {
  const built = new Map<ProviderName, PaymentProvider>();
  const build = (name: ProviderName): PaymentProvider | null => {
    if (name === 'RAZORPAY') return settings.razorpay ? createRazorpayProvider(settings.razorpay) : null;
    return settings.stripe ? createStripeProvider(settings.stripe) : null;
  };
  return {
    get(name) {
      const cached = built.get(name);
      if (cached) return cached;
      const provider = build(name);
      if (provider) built.set(name, provider);
      return provider;
    },
  };
}

export const eventParsers: Record<ProviderName, ProviderEventParser> = {
  RAZORPAY: parseRazorpayEvent,
  STRIPE: parseStripeEvent,
};
