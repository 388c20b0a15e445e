import { providerRegistry, type PaymentSettings, type ProviderRegistry } from '@guildhall/kernel';
import type { ProviderName } from '../domain/purchase.js';
import type { PaymentProvider, ProviderEventParser } from './payment-provider.js';
import { parseRazorpayEvent } from './razorpay-events.js';
import { createRazorpayProvider } from './razorpay-provider.js';
import { parseStripeEvent } from './stripe-events.js';
import { createStripeProvider } from './stripe-provider.js';

export type PaymentProviders = ProviderRegistry<ProviderName, PaymentProvider>;

export const paymentProviders = providerRegistry((settings: PaymentSettings, name: ProviderName): PaymentProvider | null => {
  if (name === 'RAZORPAY') return settings.razorpay ? createRazorpayProvider(settings.razorpay) : null;
  return settings.stripe ? createStripeProvider(settings.stripe) : null;
});

export const eventParsers: Record<ProviderName, ProviderEventParser> = {
  RAZORPAY: parseRazorpayEvent,
  STRIPE: parseStripeEvent,
};
