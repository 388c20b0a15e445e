import { integerFrom, nowSeconds, randomId } from './http-kit.js';

/**
 * The fake Razorpay's money: orders, payments, refunds, disputes, shaped as Razorpay's entities
 * (the fields Guildhall or a curious test might read; not every field Razorpay has).
 */

/** Razorpay sends an empty `notes` as `[]` (a PHP-ism); receivers must not assume an object. */
export type Notes = Record<string, string> | [];

export interface RazorpayOrder {
  id: string;
  entity: 'order';
  amount: number;
  amount_paid: number;
  amount_due: number;
  currency: string;
  receipt: string | null;
  offer_id: null;
  status: 'created' | 'attempted' | 'paid';
  attempts: number;
  notes: Notes;
  created_at: number;
}

export interface RazorpayPayment {
  id: string;
  entity: 'payment';
  amount: number;
  currency: string;
  status: 'authorized' | 'captured' | 'refunded' | 'failed';
  order_id: string;
  invoice_id: null;
  international: boolean;
  method: 'card';
  amount_refunded: number;
  refund_status: null | 'partial' | 'full';
  captured: boolean;
  description: string | null;
  card_id: null;
  bank: null;
  wallet: null;
  vpa: null;
  email: string;
  contact: string;
  notes: Notes;
  fee: number | null;
  tax: number | null;
  error_code: string | null;
  error_description: string | null;
  error_source: string | null;
  error_step: string | null;
  error_reason: string | null;
  acquirer_data: Record<string, string | null>;
  created_at: number;
}

export interface RazorpayRefund {
  id: string;
  entity: 'refund';
  amount: number;
  currency: string;
  payment_id: string;
  notes: Notes;
  receipt: string | null;
  acquirer_data: { arn: string | null };
  created_at: number;
  batch_id: null;
  status: 'pending' | 'processed' | 'failed';
  speed_processed: 'normal';
  speed_requested: 'normal';
}

export type RazorpayDisputeStatus = 'open' | 'under_review' | 'won' | 'lost' | 'closed';

export interface RazorpayDispute {
  id: string;
  entity: 'dispute';
  payment_id: string;
  amount: number;
  currency: string;
  amount_deducted: number;
  reason_code: string;
  reason_description: string;
  respond_by: number;
  status: RazorpayDisputeStatus;
  phase: 'chargeback';
  created_at: number;
}

/** A refusal in Razorpay's words; the server turns it into a 400 BAD_REQUEST_ERROR. */
export class RazorpayRefusal extends Error {}

const CURRENCY = /^[A-Z]{3}$/;

export class RazorpayState {
  readonly orders = new Map<string, RazorpayOrder>();
  readonly payments = new Map<string, RazorpayPayment>();
  readonly refunds = new Map<string, RazorpayRefund>();
  readonly disputes = new Map<string, RazorpayDispute>();

  createOrder(input: Record<string, unknown>): RazorpayOrder {
    const amount = integerFrom(input['amount']);
    if (input['amount'] === undefined) throw new RazorpayRefusal('The amount field is required.');
    if (amount === null) throw new RazorpayRefusal('The amount must be an integer.');
    if (amount < 100) throw new RazorpayRefusal('Order amount less than minimum amount allowed');
    const currency = typeof input['currency'] === 'string' ? input['currency'] : 'INR';
    if (!CURRENCY.test(currency)) throw new RazorpayRefusal('Currency is not supported');
    const receipt = optionalString(input['receipt'], 'receipt', 40);
    const order: RazorpayOrder = {
      id: randomId('order_', 14),
      entity: 'order',
      amount,
      amount_paid: 0,
      amount_due: amount,
      currency,
      receipt,
      offer_id: null,
      status: 'created',
      attempts: 0,
      notes: notesFrom(input['notes']),
      created_at: nowSeconds(),
    };
    this.orders.set(order.id, order);
    return order;
  }

  capture(orderId: string): { order: RazorpayOrder; payment: RazorpayPayment } {
    const order = this.order(orderId);
    if (order.status === 'paid') throw new Error(`Fake Razorpay: order ${orderId} is already paid`);
    const payment = this.newPayment(order, 'captured');
    order.status = 'paid';
    order.amount_paid = order.amount;
    order.amount_due = 0;
    return { order, payment };
  }

  /** The buyer's bank authorized the money; it moves when the merchant captures it (manual capture). */
  authorize(orderId: string): { order: RazorpayOrder; payment: RazorpayPayment } {
    const order = this.order(orderId);
    if (order.status === 'paid') throw new Error(`Fake Razorpay: order ${orderId} is already paid`);
    const payment = this.newPayment(order, 'authorized');
    order.status = 'attempted';
    return { order, payment };
  }

  /** `POST /v1/payments/:id/capture`: the whole authorized amount, once. */
  capturePayment(paymentId: string, input: Record<string, unknown>): { order: RazorpayOrder; payment: RazorpayPayment } {
    const payment = this.payments.get(paymentId);
    if (!payment) throw new RazorpayRefusal('The id provided does not exist');
    if (payment.status !== 'authorized') throw new RazorpayRefusal('This payment has already been captured');
    if (integerFrom(input['amount']) !== payment.amount) throw new RazorpayRefusal('Capture amount must be equal to the amount authorized');
    payment.status = 'captured';
    payment.captured = true;
    const order = this.order(payment.order_id);
    order.status = 'paid';
    order.amount_paid = order.amount;
    order.amount_due = 0;
    return { order, payment };
  }

  fail(orderId: string): { order: RazorpayOrder; payment: RazorpayPayment } {
    const order = this.order(orderId);
    if (order.status === 'paid') throw new Error(`Fake Razorpay: order ${orderId} is already paid`);
    const payment = this.newPayment(order, 'failed');
    order.status = 'attempted';
    return { order, payment };
  }

  /** Refunds `amount` (default: what is left); same notes.refund_id on the same payment → the same refund. */
  refund(paymentId: string, input: Record<string, unknown>): RazorpayRefund {
    const payment = this.payments.get(paymentId);
    if (!payment) throw new RazorpayRefusal('The id provided does not exist');
    const notes = notesFrom(input['notes']);
    const refundKey = Array.isArray(notes) ? undefined : notes['refund_id'];
    if (refundKey !== undefined) {
      const earlier = [...this.refunds.values()].find(
        (r) => r.payment_id === paymentId && !Array.isArray(r.notes) && r.notes['refund_id'] === refundKey,
      );
      if (earlier) return earlier;
    }
    if (!payment.captured) throw new RazorpayRefusal('Only captured payments can be refunded');
    const remaining = payment.amount - payment.amount_refunded;
    if (remaining <= 0) throw new RazorpayRefusal('The payment has been fully refunded already');
    const amount = input['amount'] === undefined ? remaining : integerFrom(input['amount']);
    if (amount === null || amount <= 0) throw new RazorpayRefusal('The amount must be an integer greater than 0.');
    if (amount > remaining) throw new RazorpayRefusal('The refund amount provided is greater than amount captured');
    const refund: RazorpayRefund = {
      id: randomId('rfnd_', 14),
      entity: 'refund',
      amount,
      currency: payment.currency,
      payment_id: paymentId,
      notes,
      receipt: optionalString(input['receipt'], 'receipt', 40),
      acquirer_data: { arn: null },
      created_at: nowSeconds(),
      batch_id: null,
      status: 'processed',
      speed_processed: 'normal',
      speed_requested: 'normal',
    };
    this.refunds.set(refund.id, refund);
    this.applyRefunded(payment, amount);
    return refund;
  }

  /** The bank bounced the refund: the money is the merchant's again. */
  failRefund(refundId: string): { refund: RazorpayRefund; payment: RazorpayPayment } {
    const refund = this.refunds.get(refundId);
    if (!refund) throw new Error(`Fake Razorpay: no refund ${refundId}`);
    const payment = this.payments.get(refund.payment_id);
    if (!payment) throw new Error(`Fake Razorpay: refund ${refundId} has no payment`);
    if (refund.status !== 'failed') this.applyRefunded(payment, -refund.amount);
    refund.status = 'failed';
    return { refund, payment };
  }

  dispute(
    paymentId: string,
    options: { status: RazorpayDisputeStatus; amountMinor?: number; disputeId?: string; reasonCode?: string },
  ): { dispute: RazorpayDispute; payment: RazorpayPayment } {
    const payment = this.payments.get(paymentId);
    if (!payment?.captured) throw new Error(`Fake Razorpay: no captured payment ${paymentId}`);
    const existing = options.disputeId ? this.disputes.get(options.disputeId) : undefined;
    const dispute: RazorpayDispute = existing ?? {
      id: options.disputeId ?? randomId('disp_', 14),
      entity: 'dispute',
      payment_id: paymentId,
      amount: options.amountMinor ?? payment.amount,
      currency: payment.currency,
      amount_deducted: 0,
      reason_code: options.reasonCode ?? 'chargeback',
      reason_description: 'The customer disputed the payment with their bank (test).',
      respond_by: nowSeconds() + 7 * 24 * 3600,
      status: 'open',
      phase: 'chargeback',
      created_at: nowSeconds(),
    };
    if (dispute.payment_id !== paymentId) throw new Error(`Fake Razorpay: dispute ${dispute.id} is about another payment`);
    dispute.status = options.status;
    if (options.amountMinor !== undefined) dispute.amount = options.amountMinor;
    if (options.status === 'lost') dispute.amount_deducted = dispute.amount;
    this.disputes.set(dispute.id, dispute);
    return { dispute, payment };
  }

  order(orderId: string): RazorpayOrder {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`Fake Razorpay: no order ${orderId}`);
    return order;
  }

  private newPayment(order: RazorpayOrder, status: 'authorized' | 'captured' | 'failed'): RazorpayPayment {
    const captured = status === 'captured';
    const failed = status === 'failed';
    const fee = captured ? Math.round(order.amount * 0.02) : null;
    const payment: RazorpayPayment = {
      id: randomId('pay_', 14),
      entity: 'payment',
      amount: order.amount,
      currency: order.currency,
      status,
      order_id: order.id,
      invoice_id: null,
      international: false,
      method: 'card',
      amount_refunded: 0,
      refund_status: null,
      captured,
      description: null,
      card_id: null,
      bank: null,
      wallet: null,
      vpa: null,
      email: 'buyer@example.com',
      contact: '+919999999999',
      notes: order.notes,
      fee,
      tax: fee === null ? null : Math.round(fee * 0.18),
      error_code: failed ? 'BAD_REQUEST_ERROR' : null,
      error_description: failed ? 'Payment failed because the card was declined (test).' : null,
      error_source: failed ? 'customer' : null,
      error_step: failed ? 'payment_authorization' : null,
      error_reason: failed ? 'card_declined' : null,
      acquirer_data: failed ? {} : { auth_code: '123456' },
      created_at: nowSeconds(),
    };
    order.attempts += 1;
    this.payments.set(payment.id, payment);
    return payment;
  }

  private applyRefunded(payment: RazorpayPayment, delta: number): void {
    payment.amount_refunded += delta;
    const full = payment.amount_refunded >= payment.amount;
    payment.refund_status = payment.amount_refunded === 0 ? null : full ? 'full' : 'partial';
    payment.status = full ? 'refunded' : 'captured';
  }
}

function optionalString(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new RazorpayRefusal(`The ${field} must be a string.`);
  if (value.length > max) throw new RazorpayRefusal(`The ${field} may not be greater than ${max} characters.`);
  return value;
}

function notesFrom(value: unknown): Notes {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    if (Array.isArray(value) && value.length === 0) return [];
    throw new RazorpayRefusal('The notes must be an object of key-value pairs.');
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > 15) throw new RazorpayRefusal('Number of fields in notes should be less than or equal to 15');
  const notes: Record<string, string> = {};
  for (const [key, raw] of entries) {
    if (typeof raw !== 'string' && typeof raw !== 'number') throw new RazorpayRefusal('The notes values must be strings or numbers.');
    const text = String(raw);
    if (text.length > 256) throw new RazorpayRefusal('The notes value may not be greater than 256 characters.');
    notes[key] = text;
  }
  return entries.length === 0 ? [] : notes;
}
