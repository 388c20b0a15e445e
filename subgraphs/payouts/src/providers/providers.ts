import { providerRegistry, type PayoutSettings, type ProviderRegistry } from '@guildhall/kernel';
import type { PayoutProvider as PayoutProviderName } from '../domain/payout-account.js';
import type { PayoutEventParser, PayoutProvider } from './payout-provider.js';
import { parseRazorpayXEvent } from './razorpayx-events.js';
import { createRazorpayXProvider } from './razorpayx-provider.js';
import { parseStripeConnectEvent } from './stripe-connect-events.js';
import { createStripeConnectProvider } from './stripe-connect-provider.js';

/** Keyed by any string: a payout row names its provider as text. */
export type PayoutProviders = ProviderRegistry<string, PayoutProvider>;

export const payoutProviders = providerRegistry((settings: PayoutSettings, name: string): PayoutProvider | null => {
  if (name === 'RAZORPAYX') return settings.razorpayx ? createRazorpayXProvider(settings.razorpayx) : null;
  if (name === 'STRIPE_CONNECT') return settings.stripeConnect ? createStripeConnectProvider(settings.stripeConnect) : null;
  return null;
});

export const payoutEventParsers: Record<PayoutProviderName, PayoutEventParser> = {
  RAZORPAYX: parseRazorpayXEvent,
  STRIPE_CONNECT: parseStripeConnectEvent,
};
