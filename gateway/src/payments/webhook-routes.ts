import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Logger } from '@guildhall/kernel';
import type { SubgraphClient } from '../auth/subgraph-client.js';
import { verifyRazorpayWebhook, verifyStripeWebhook, type VerifiedWebhook } from './verify-webhook.js';

export interface WebhookRoutesOptions {
  client: SubgraphClient;
  billingUrl: string;
  razorpayWebhookSecret: string | null;
  stripeWebhookSecret: string | null;
  log: Logger;
}

/** Provider webhooks are small JSON documents; a dispute with evidence metadata stays well under this. */
const WEBHOOK_BODY_LIMIT_BYTES = 256 * 1024;

const INGEST = `mutation ($input: ProviderEventInput!) { ingestProviderEvent(input: $input) { duplicate outcome } }`;

/**
 * `POST /webhooks/razorpay` and `POST /webhooks/stripe`: the signature is checked here, on the raw
 * bytes, with each SDK's own function; only a verified event reaches billing, which stores it once
 * and settles it. A bad signature is 400 and nothing is written. A provider retries on 5xx, so a
 * billing outage answers 503 and the event comes again.
 */
export function createWebhookRoutes(options: WebhookRoutesOptions) {
  const verifiers: Record<string, ((body: string, headers: IncomingMessage['headers']) => VerifiedWebhook | null) | null> = {
    razorpay: options.razorpayWebhookSecret ? (body, headers) => verifyRazorpayWebhook(body, headers, options.razorpayWebhookSecret!) : null,
    stripe: options.stripeWebhookSecret ? (body, headers) => verifyStripeWebhook(body, headers, options.stripeWebhookSecret!) : null,
  };
  return async (req: IncomingMessage, res: ServerResponse) => {
    const provider = (req.url ?? '').split('?')[0]!.replace(/^\/webhooks\//, '');
    const verify = verifiers[provider];
    if (!verify) return sendJson(res, 404, { error: 'NOT_FOUND', message: 'No such webhook endpoint.' });
    const body = await readRawBody(req, WEBHOOK_BODY_LIMIT_BYTES);
    if (body === null) return sendJson(res, 413, { error: 'PAYLOAD_TOO_LARGE', message: 'The webhook body is too large.' });
    const event = verify(body, req.headers);
    if (!event) {
      options.log.warn(`refused a ${provider} webhook with a bad signature`);
      return sendJson(res, 400, { error: 'INVALID_SIGNATURE', message: 'The webhook signature does not verify.' });
    }
    try {
      const data = await options.client<{ ingestProviderEvent: { duplicate: boolean; outcome: string } }>('billing', options.billingUrl, INGEST, { input: event });
      sendJson(res, 200, { received: true, duplicate: data.ingestProviderEvent.duplicate });
    } catch (error) {
      options.log.error(`billing did not take ${event.provider} event ${event.eventId}: ${(error as Error).message}`);
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
