import type { DisputeStatus, ProviderName } from '../domain/purchase.js';

/**
 * The port billing talks to for card money. Razorpay and Stripe adapters implement it with their
 * official SDKs; tests point those SDKs at local fake servers.
 */
export interface PaymentProvider {
  readonly name: ProviderName;
  /** Opens what the buyer pays: a Razorpay order or a Stripe PaymentIntent. `paymentId` makes it idempotent. */
  createOrder(input: { paymentId: string; amountMinor: number; currency: string; description: string }): Promise<ProviderOrder>;
  /** Captures an authorized payment in full (accounts that do not capture automatically). */
  capture(input: { orderId: string; providerPaymentId: string; amountMinor: number; currency: string }): Promise<void>;
  /** Refunds part or all of a captured payment. `refundId` makes it idempotent. */
  refund(input: { refundId: string; orderId: string; providerPaymentId: string | null; amountMinor: number; currency: string }): Promise<ProviderRefund>;
}

export interface ProviderOrder {
  /** Razorpay order id or Stripe PaymentIntent id: the key webhooks are matched on. */
  orderId: string;
  /** What the browser needs to pay: Stripe's client secret; null for Razorpay (the order id and key id suffice). */
  clientSecret: string | null;
  /** The publishable key id the browser uses (Razorpay key id); null for Stripe. */
  publicKey: string | null;
}

export interface ProviderRefund {
  providerRefundId: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
}

/**
 * A verified provider webhook, reduced to what billing acts on. Different event kinds about the same
 * money (Razorpay's payment.captured and order.paid; Stripe's payment_intent.succeeded and
 * charge.succeeded) normalize to the same `payment.captured`, which settles once.
 */
export type ProviderEvent =
  | { kind: 'payment.captured'; orderId: string; providerPaymentId: string; amountMinor: number; currency: string }
  /** Money held for us but not yet taken: billing captures it, unless the purchase is gone. */
  | { kind: 'payment.authorized'; orderId: string; providerPaymentId: string; amountMinor: number; currency: string }
  | { kind: 'payment.failed'; orderId: string; providerPaymentId: string | null; reason: string }
  | {
      kind: 'refund.processed' | 'refund.failed';
      providerRefundId: string;
      orderId: string | null;
      providerPaymentId: string | null;
      amountMinor: number;
      currency: string;
    }
  | {
      kind: 'dispute.changed';
      providerDisputeId: string;
      orderId: string | null;
      providerPaymentId: string | null;
      amountMinor: number;
      currency: string;
      status: DisputeStatus;
      reason: string;
      evidenceDueBy: Date | null;
    };

/** Turns a verified webhook body into an event billing acts on; null for kinds billing ignores. */
export type ProviderEventParser = (body: unknown) => ProviderEvent | null;
