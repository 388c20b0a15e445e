import { z } from 'zod';

/**
 * Payment provider credentials, read by billing (checkout, refunds) and the worker (sweeps).
 * A provider without its keys is simply not offered. `*_API_URL` points an SDK at another host:
 * the local fake providers of tests and of `npm start`.
 */
export const paymentFields = {
  RAZORPAY_KEY_ID: z.string().min(1).optional(),
  RAZORPAY_KEY_SECRET: z.string().min(1).optional(),
  RAZORPAY_API_URL: z.url().optional(),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_API_URL: z.url().optional(),
  /** A checkout not paid within this many minutes expires (its order is never settled). */
  PAYMENT_PENDING_TTL_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
};

export interface PaymentSettings {
  razorpay: { keyId: string; keySecret: string; apiUrl: string | null } | null;
  stripe: { secretKey: string; apiUrl: string | null } | null;
  pendingTtlMinutes: number;
}

const paymentConfigSchema = z.object(paymentFields);
type PaymentConfig = z.infer<typeof paymentConfigSchema>;

/** Settings from parsed config; a partial one (tests, scripts) simply offers no provider. */
export function paymentSettings(config: Partial<PaymentConfig>): PaymentSettings {
  return {
    razorpay:
      config.RAZORPAY_KEY_ID && config.RAZORPAY_KEY_SECRET
        ? { keyId: config.RAZORPAY_KEY_ID, keySecret: config.RAZORPAY_KEY_SECRET, apiUrl: config.RAZORPAY_API_URL ?? null }
        : null,
    stripe: config.STRIPE_SECRET_KEY ? { secretKey: config.STRIPE_SECRET_KEY, apiUrl: config.STRIPE_API_URL ?? null } : null,
    pendingTtlMinutes: config.PAYMENT_PENDING_TTL_MINUTES ?? 30,
  };
}
