import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A webhook exactly as the provider would POST it: the raw body and the headers that sign it. */
export interface SignedWebhook {
  /** RAZORPAYX signs as Razorpay does, STRIPE_CONNECT as Stripe does (each with its own secret and endpoint). */
  provider: 'RAZORPAY' | 'STRIPE' | 'RAZORPAYX' | 'STRIPE_CONNECT';
  body: string;
  /** Lower-case header names, as node presents them to a receiving server. */
  headers: Record<string, string>;
}

export interface DeliveryResult {
  status: number;
  body: string;
}

const SIGNATURE_HEADER = { RAZORPAY: 'x-razorpay-signature', RAZORPAYX: 'x-razorpay-signature', STRIPE: 'stripe-signature', STRIPE_CONNECT: 'stripe-signature' } as const;

/** The same webhook with its signature altered (still well-formed), to prove receivers verify it. */
export function withBadSignature(webhook: SignedWebhook): SignedWebhook {
  const name = SIGNATURE_HEADER[webhook.provider];
  const signature = webhook.headers[name] ?? '';
  // flip the last hex digit of the (last) signature: same shape, wrong value
  const last = signature.slice(-1);
  const flipped = signature.slice(0, -1) + (last === '0' ? '1' : '0');
  return { ...webhook, headers: { ...webhook.headers, [name]: flipped } };
}

/** The same headers over a different body: what a tampering intermediary would send. */
export function withBody(webhook: SignedWebhook, body: string): SignedWebhook {
  return { ...webhook, body };
}

/** The webhook without one header (e.g. its signature), to test receivers' handling of absence. */
export function withoutHeader(webhook: SignedWebhook, name: string): SignedWebhook {
  const headers = { ...webhook.headers };
  delete headers[name.toLowerCase()];
  return { ...webhook, headers };
}

/** POSTs the exact raw body and headers, as the provider would; resolves whatever the receiver answers. */
export function deliverWebhook(webhook: SignedWebhook, url: string): Promise<DeliveryResult> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...webhook.headers, 'content-length': String(Buffer.byteLength(webhook.body)) },
        // one connection per delivery: nothing pooled keeps either side's server from stopping
        agent: false,
        timeout: 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`webhook delivery to ${target.origin} timed out`)));
    req.on('error', reject);
    req.end(webhook.body);
  });
}
