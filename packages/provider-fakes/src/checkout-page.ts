import type { ServerResponse } from 'node:http';
import { redirect, sendHtml, type FakeRequest } from './http-kit.js';
import { deliverWebhook, type SignedWebhook } from './signed-webhook.js';

/** What the hosted test checkout shows about one order / PaymentIntent. */
export interface CheckoutTarget {
  amountMinor: number;
  currency: string;
  description: string | null;
  paid: boolean;
}

export interface CheckoutOps {
  /** "Razorpay" / "Stripe", for the page title. */
  label: string;
  find(id: string): CheckoutTarget | null;
  /** Captures the payment and returns the webhooks announcing it. */
  pay(id: string): SignedWebhook[];
  webhookUrl(): string | null;
}

const CHECKOUT_PATH = /^\/checkout\/([A-Za-z0-9_]+)(\/pay)?$/;

/**
 * The hosted test checkout a browser can use instead of the provider's real widget:
 * GET /checkout/:id shows the amount and a Pay button; POST /checkout/:id/pay captures, delivers
 * the webhooks to the configured URL and then redirects to `?return=` (http(s) only) or says "Paid".
 * Returns false when the request is not for the checkout.
 */
export async function serveCheckout(req: FakeRequest, res: ServerResponse, ops: CheckoutOps): Promise<boolean> {
  const match = CHECKOUT_PATH.exec(req.url.pathname);
  if (!match) return false;
  const id = match[1] ?? '';
  const isPay = match[2] !== undefined;
  if ((isPay && req.method !== 'POST') || (!isPay && req.method !== 'GET')) {
    sendHtml(res, 405, page('Method not allowed', '<p>Use the Pay button.</p>'));
    return true;
  }
  const target = ops.find(id);
  if (!target) {
    sendHtml(res, 404, page('Not found', `<p>No ${escapeHtml(ops.label)} test order <code>${escapeHtml(id)}</code>.</p>`));
    return true;
  }
  const returnUrl = safeReturnUrl(req.url.searchParams.get('return'));
  if (!isPay) {
    sendHtml(res, 200, checkoutPage(ops.label, id, target, returnUrl));
    return true;
  }
  // a second submit (back button, double click) must not capture twice
  let deliveries: string[] = [];
  if (!target.paid) {
    const webhooks = ops.pay(id);
    const url = ops.webhookUrl();
    deliveries = url ? await deliverAll(webhooks, url) : ['No webhook URL is configured; nothing was delivered.'];
  }
  if (returnUrl) {
    redirect(res, returnUrl);
    return true;
  }
  const items = deliveries.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  sendHtml(res, 200, page('Paid', `<p>Paid ${escapeHtml(formatAmount(target.amountMinor, target.currency))}.</p>${items ? `<ul>${items}</ul>` : ''}`));
  return true;
}

async function deliverAll(webhooks: SignedWebhook[], url: string): Promise<string[]> {
  const lines: string[] = [];
  // in order, so the receiver sees them as the provider would send them
  for (const webhook of webhooks) {
    const type = eventType(webhook.body);
    try {
      const result = await deliverWebhook(webhook, url);
      lines.push(`${type}: delivered, HTTP ${result.status}`);
    } catch {
      lines.push(`${type}: not delivered (the webhook URL did not answer)`);
    }
  }
  return lines;
}

function eventType(body: string): string {
  try {
    const parsed = JSON.parse(body) as { event?: unknown; type?: unknown };
    return String(parsed.event ?? parsed.type ?? 'event');
  } catch {
    return 'event';
  }
}

function checkoutPage(label: string, id: string, target: CheckoutTarget, returnUrl: string | null): string {
  const amount = escapeHtml(formatAmount(target.amountMinor, target.currency));
  if (target.paid) return page('Paid', `<p>This order is already paid (${amount}).</p>`);
  const action = `/checkout/${encodeURIComponent(id)}/pay${returnUrl ? `?return=${encodeURIComponent(returnUrl)}` : ''}`;
  const description = target.description ? `<p>${escapeHtml(target.description)}</p>` : '';
  return page(
    `${label} test checkout`,
    `<p><strong>Test payment — nothing is charged.</strong></p>
     ${description}
     <p>Amount: <span data-testid="amount">${amount}</span></p>
     <form method="post" action="${escapeHtml(action)}"><button type="submit">Pay ${amount}</button></form>`,
  );
}

/** A minimal HTML page (the fakes' hosted pages share it). */
export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/** Only absolute http(s) URLs: anything else (javascript:, relative paths) is ignored. */
export function safeReturnUrl(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function formatAmount(amountMinor: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amountMinor / 10 ** digits);
  } catch {
    return `${amountMinor} ${currency.toUpperCase()} (minor units)`;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
