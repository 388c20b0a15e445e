import { createHash } from 'node:crypto';
import Razorpay from 'razorpay';
import Stripe from 'stripe';

/** A provider webhook whose signature checked out: enough to dedupe it and hand the raw body on. */
export interface VerifiedWebhook {
  /** RAZORPAYX and STRIPE_CONNECT (payouts) are signed as RAZORPAY and STRIPE are, with their own secrets. */
  provider: 'RAZORPAY' | 'STRIPE' | 'RAZORPAYX' | 'STRIPE_CONNECT';
  /** The provider's event id: the dedupe key for redeliveries. */
  eventId: string;
  type: string;
  /** The raw body, exactly as signed. */
  payload: string;
}

export type WebhookHeaders = Record<string, string | string[] | undefined>;

/** Stripe's default: a signed body older than this is a replay. */
const STRIPE_TOLERANCE_SECONDS = 300;

/**
 * Razorpay signs the raw body with HMAC-SHA256 (hex) in X-Razorpay-Signature. The event id header is
 * not always present (older webhooks, manual resends), so the body's hash stands in for it:
 * a byte-identical redelivery dedupes either way. Null on any failure; never throws.
 */
export function verifyRazorpayWebhook(rawBody: string, headers: WebhookHeaders, secret: string): VerifiedWebhook | null {
  const signature = single(headers, 'x-razorpay-signature');
  if (!signature || !secret) return null;
  try {
    if (!Razorpay.validateWebhookSignature(rawBody, signature, secret)) return null;
    const body: unknown = JSON.parse(rawBody);
    const type = typeof body === 'object' && body !== null ? (body as { event?: unknown }).event : undefined;
    if (typeof type !== 'string' || type === '') return null;
    const eventId = single(headers, 'x-razorpay-event-id') || createHash('sha256').update(rawBody).digest('hex');
    return { provider: 'RAZORPAY', eventId, type, payload: rawBody };
  } catch {
    return null;
  }
}

/**
 * Stripe signs `timestamp.body` (HMAC-SHA256) in Stripe-Signature and the SDK rejects stale
 * timestamps; the event id is in the body. Null on any failure; never throws.
 */
export function verifyStripeWebhook(
  rawBody: string,
  headers: WebhookHeaders,
  secret: string,
  toleranceSeconds = STRIPE_TOLERANCE_SECONDS,
): VerifiedWebhook | null {
  const signature = single(headers, 'stripe-signature');
  if (!signature || !secret) return null;
  try {
    // the static helper: verification needs no API key, so no client is built for it
    const event = Stripe.webhooks.constructEvent(rawBody, signature, secret, toleranceSeconds);
    if (typeof event.id !== 'string' || event.id === '' || typeof event.type !== 'string') return null;
    return { provider: 'STRIPE', eventId: event.id, type: event.type, payload: rawBody };
  } catch {
    return null;
  }
}

/** A header's one value, looked up case-insensitively; repeated signature headers are refused. */
function single(headers: WebhookHeaders, name: string): string | null {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  if (Array.isArray(value)) return value.length === 1 && value[0] ? value[0] : null;
  return value ? value : null;
}
