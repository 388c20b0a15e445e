import { z } from 'zod';
import type { paymentFields } from './payment-fields.js';

/**
 * Payout provider settings, read by payouts (linking accounts, sending payouts) and the worker.
 * RazorpayX authenticates with the Razorpay key pair (RAZORPAY_KEY_ID / _SECRET) and pays from the
 * RazorpayX account RAZORPAYX_ACCOUNT_NUMBER; Stripe Connect uses the platform's STRIPE_SECRET_KEY.
 * A provider without its settings is simply not offered. `*_API_URL` points at another host: the
 * local fake providers of tests and of `npm start`.
 */
export const payoutFields = {
  /** The RazorpayX current account payouts are sent from (its "account number", not a bank account of a payee). */
  RAZORPAYX_ACCOUNT_NUMBER: z.string().regex(/^[0-9A-Za-z]{6,32}$/, 'must be 6-32 letters or digits').optional(),
  RAZORPAYX_API_URL: z.url().optional(),
};

/** The gateway verifies payout provider webhooks with these (unset: that endpoint answers 404). */
export const payoutWebhookFields = {
  RAZORPAYX_WEBHOOK_SECRET: z.string().min(1).optional(),
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().min(1).optional(),
};

export interface PayoutSettings {
  razorpayx: { keyId: string; keySecret: string; accountNumber: string; apiUrl: string } | null;
  stripeConnect: { secretKey: string; apiUrl: string | null } | null;
}

const RAZORPAYX_DEFAULT_API_URL = 'https://api.razorpay.com';

type PayoutConfig = { [K in keyof typeof payoutFields]?: z.infer<(typeof payoutFields)[K]> } & {
  [K in 'RAZORPAY_KEY_ID' | 'RAZORPAY_KEY_SECRET' | 'STRIPE_SECRET_KEY' | 'STRIPE_API_URL']?: z.infer<(typeof paymentFields)[K]>;
};

/** Settings from parsed config; a partial one (tests, scripts) simply offers no provider. */
export function payoutSettings(config: PayoutConfig): PayoutSettings {
  return {
    razorpayx:
      config.RAZORPAY_KEY_ID && config.RAZORPAY_KEY_SECRET && config.RAZORPAYX_ACCOUNT_NUMBER
        ? {
            keyId: config.RAZORPAY_KEY_ID,
            keySecret: config.RAZORPAY_KEY_SECRET,
            accountNumber: config.RAZORPAYX_ACCOUNT_NUMBER,
            apiUrl: (config.RAZORPAYX_API_URL ?? RAZORPAYX_DEFAULT_API_URL).replace(/\/+$/, ''),
          }
        : null,
    stripeConnect: config.STRIPE_SECRET_KEY ? { secretKey: config.STRIPE_SECRET_KEY, apiUrl: config.STRIPE_API_URL ?? null } : null,
  };
}
