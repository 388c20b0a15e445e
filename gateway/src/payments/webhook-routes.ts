import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Logger } from '@guildhall/kernel';
import type { SubgraphClient } from '../auth/subgraph-client.js';
import { verifyRazorpayWebhook, verifyStripeWebhook, type VerifiedWebhook } from './verify-webhook.js';

export interface WebhookRoutesOptions {
  client: SubgraphClient;
  billingUrl: string;
  payoutsUrl: string;
  razorpayWebhookSecret: string | null;
  stripeWebhookSecret: string | null;
  /** RazorpayX payouts: signed as Razorpay signs, with the RazorpayX webhook's own secret. */
  razorpayxWebhookSecret: string | null;
  /** Stripe Connect (connected accounts, transfers): the Connect endpoint's own secret. */
  stripeConnectWebhookSecret: string | null;
  log: Logger;
}

/** Provider webhooks are small JSON documents; a dispute with evidence metadata stays well under this. */
const WEBHOOK_BODY_LIMIT_BYTES = 256 * 1024;

const INGEST_PAYMENT = `mutation ($input: ProviderEventInput!) { ingestProviderEvent(input: $input) { duplicate outcome } }`;
const INGEST_PAYOUT = `mutation ($input: PayoutProviderEventInput!) { ingestPayoutProviderEvent(input: $input) { duplicate outcome } }`;

type Verify = (body: string, headers: IncomingMessage['headers']) => VerifiedWebhook | null;

interface Endpoint {
  verify: Verify;
  /** Who stores and applies it: billing (payments) or payouts. */
  service: 'billing' | 'payouts';
  url: string;
  mutation: string;
  field: 'ingestProviderEvent' | 'ingestPayoutProviderEvent';
}

/** The same verification under another provider name (RazorpayX signs as Razorpay; Connect as Stripe). */
const as = (provider: VerifiedWebhook['provider'], verify: Verify): Verify => (body, headers) => {
  const event = verify(body, headers);
  return event && { ...event, provider };
};

/**
 * `POST /webhooks/razorpay|stripe` (payments, to billing) and `POST /webhooks/razorpayx|stripe-connect`
 * (payouts): the signature is checked here, on the raw bytes, with each SDK's own function; only a
 * verified event reaches the subgraph, which stores it once and applies it. A bad signature is 400
 * and nothing is written. A provider retries on 5xx, so a subgraph outage answers 503 and the event
 * comes again. An endpoint without its secret configured answers 404.
 */
export function createWebhookRoutes(options: WebhookRoutesOptions) {
  const billing = { service: 'billing', url: options.billingUrl, mutation: INGEST_PAYMENT, field: 'ingestProviderEvent' } as const;
  const payouts = { service: 'payouts', url: options.payoutsUrl, mutation: INGEST_PAYOUT, field: 'ingestPayoutProviderEvent' } as const;
  const endpoint = (secret: string | null, verify: (secret: string) => Verify, target: Omit<Endpoint, 'verify'>): Endpoint | null =>
    secret ? { verify: verify(secret), ...target } : null;
  const endpoints: Record<string, Endpoint | null> = {
    razorpay: endpoint(options.razorpayWebhookSecret, (secret) => (body, headers) => verifyRazorpayWebhook(body, headers, secret), billing),
    stripe: endpoint(options.stripeWebhookSecret, (secret) => (body, headers) => verifyStripeWebhook(body, headers, secret), billing),
    razorpayx: endpoint(options.razorpayxWebhookSecret, (secret) => as('RAZORPAYX', (body, headers) => verifyRazorpayWebhook(body, headers, secret)), payouts),
    'stripe-connect': endpoint(options.stripeConnectWebhookSecret, (secret) => as('STRIPE_CONNECT', (body, headers) => verifyStripeWebhook(body, headers, secret)), payouts),
  };
  return async (req: IncomingMessage, res: ServerResponse) => {
    const name = (req.url ?? '').split('?')[0]!.replace(/^\/webhooks\//, '');
    const target = Object.hasOwn(endpoints, name) ? endpoints[name] : null;
    if (!target) return sendJson(res, 404, { error: 'NOT_FOUND', message: 'No such webhook endpoint.' });
    const body = await readRawBody(req, WEBHOOK_BODY_LIMIT_BYTES);
    if (body === null) return sendJson(res, 413, { error: 'PAYLOAD_TOO_LARGE', message: 'The webhook body is too large.' });
    const event = target.verify(body, req.headers);
    if (!event) {
      options.log.warn(`refused a ${name} webhook with a bad signature`);
      return sendJson(res, 400, { error: 'INVALID_SIGNATURE', message: 'The webhook signature does not verify.' });
    }
    try {
      const data = await options.client<Record<string, { duplicate: boolean; outcome: string }>>(target.service, target.url, target.mutation, { input: event });
      sendJson(res, 200, { received: true, duplicate: data[target.field]!.duplicate });
    } catch (error) {
      options.log.error(`${target.service} did not take ${event.provider} event ${event.eventId}: ${(error as Error).message}`);
      sendJson(res, 503, { error: 'UNAVAILABLE', message: 'Try again later.' });
    }
  };
}

async function readRawBody(req: IncomingMessage, limitBytes: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > limitBytes) {
    req.resume();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
