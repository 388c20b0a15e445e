import { nowSeconds, randomId } from './http-kit.js';
import { objectField, stringField, type FormObject } from './form-body.js';

/**
 * The fake Stripe's money: PaymentIntents, their Charges, Refunds and Disputes, shaped as Stripe's
 * objects (the fields Guildhall or a curious test might read; not every field Stripe has).
 */

export interface StripePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  automatic_payment_methods: { enabled: boolean } | null;
  capture_method: 'automatic';
  client_secret: string;
  confirmation_method: 'automatic';
  created: number;
  currency: string;
  customer: null;
  description: string | null;
  last_payment_error: { charge: string; code: string; decline_code: string; message: string; type: 'card_error' } | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Record<string, string>;
  payment_method: string | null;
  payment_method_types: string[];
  status: 'requires_payment_method' | 'succeeded';
}

export interface StripeCharge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  captured: boolean;
  created: number;
  currency: string;
  description: string | null;
  disputed: boolean;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Record<string, string>;
  paid: boolean;
  payment_intent: string;
  payment_method: string;
  refunded: boolean;
  status: 'succeeded' | 'failed';
}

export interface StripeRefund {
  id: string;
  object: 'refund';
  amount: number;
  charge: string;
  created: number;
  currency: string;
  failure_reason?: string;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: string | null;
  status: 'pending' | 'succeeded' | 'failed' | 'canceled';
}

export type StripeDisputeStatus = 'needs_response' | 'under_review' | 'won' | 'lost';

export interface StripeDispute {
  id: string;
  object: 'dispute';
  amount: number;
  charge: string;
  created: number;
  currency: string;
  evidence_details: { due_by: number | null; has_evidence: boolean; past_due: boolean; submission_count: number };
  is_charge_refundable: boolean;
  livemode: false;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: string;
  status: StripeDisputeStatus;
}

/** A refusal in Stripe's words; the server turns it into `{error:{type:'invalid_request_error', …}}`. */
export class StripeRefusal extends Error {
  constructor(
    message: string,
    readonly param?: string,
    readonly code?: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export class StripeState {
  readonly paymentIntents = new Map<string, StripePaymentIntent>();
  readonly charges = new Map<string, StripeCharge>();
  readonly refunds = new Map<string, StripeRefund>();
  readonly disputes = new Map<string, StripeDispute>();

  createPaymentIntent(form: FormObject): StripePaymentIntent {
    const amount = requiredInteger(form, 'amount');
    if (amount < 1) throw new StripeRefusal('This value must be greater than or equal to 1.', 'amount', 'parameter_invalid_integer');
    const currency = stringField(form, 'currency')?.toLowerCase();
    if (!currency) throw new StripeRefusal('Missing required param: currency.', 'currency', 'parameter_missing');
    if (!/^[a-z]{3}$/.test(currency)) throw new StripeRefusal(`Invalid currency: ${currency.slice(0, 10)}.`, 'currency', 'parameter_invalid_string');
    const automatic = objectField(form, 'automatic_payment_methods');
    // API 2026-10-28 calls the request field allowed_payment_method_types; older SDKs payment_method_types
    const types = objectField(form, 'allowed_payment_method_types') ?? objectField(form, 'payment_method_types');
    const id = randomId('pi_', 24);
    const intent: StripePaymentIntent = {
      id,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      automatic_payment_methods: automatic ? { enabled: automatic['enabled'] === 'true' } : null,
      capture_method: 'automatic',
      client_secret: `${id}_secret_${randomId('', 25)}`,
      confirmation_method: 'automatic',
      created: nowSeconds(),
      currency,
      customer: null,
      description: stringField(form, 'description') ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: metadataFrom(form),
      payment_method: null,
      payment_method_types: types ? Object.values(types).filter((t): t is string => typeof t === 'string') : ['card'],
      status: 'requires_payment_method',
    };
    this.paymentIntents.set(id, intent);
    return intent;
  }

  capture(paymentIntentId: string): { intent: StripePaymentIntent; charge: StripeCharge } {
    const intent = this.intent(paymentIntentId);
    if (intent.status === 'succeeded') throw new Error(`Fake Stripe: ${paymentIntentId} has already succeeded`);
    const charge = this.newCharge(intent, 'succeeded');
    intent.status = 'succeeded';
    intent.amount_received = intent.amount;
    intent.latest_charge = charge.id;
    intent.payment_method = charge.payment_method;
    intent.last_payment_error = null;
    return { intent, charge };
  }

  fail(paymentIntentId: string): { intent: StripePaymentIntent; charge: StripeCharge } {
    const intent = this.intent(paymentIntentId);
    if (intent.status === 'succeeded') throw new Error(`Fake Stripe: ${paymentIntentId} has already succeeded`);
    const charge = this.newCharge(intent, 'failed');
    intent.latest_charge = charge.id;
    intent.last_payment_error = { charge: charge.id, code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.', type: 'card_error' };
    return { intent, charge };
  }

  refund(form: FormObject): StripeRefund {
    const charge = this.refundableCharge(form);
    const remaining = charge.amount_captured - charge.amount_refunded;
    if (remaining <= 0) throw new StripeRefusal(`Charge ${charge.id} has already been refunded.`, undefined, 'charge_already_refunded');
    const amount = form['amount'] === undefined ? remaining : requiredInteger(form, 'amount');
    if (amount < 1) throw new StripeRefusal('Refund amount must be greater than 0.', 'amount');
    if (amount > remaining) {
      throw new StripeRefusal(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, 'amount');
    }
    const refund: StripeRefund = {
      id: randomId('re_', 24),
      object: 'refund',
      amount,
      charge: charge.id,
      created: nowSeconds(),
      currency: charge.currency,
      metadata: metadataFrom(form),
      payment_intent: charge.payment_intent,
      reason: stringField(form, 'reason') ?? null,
      status: 'succeeded',
    };
    this.refunds.set(refund.id, refund);
    this.applyRefunded(charge, amount);
    return refund;
  }

  /** The card network bounced the refund: the money is the merchant's again. */
  failRefund(refundId: string): StripeRefund {
    const refund = this.refunds.get(refundId);
    if (!refund) throw new Error(`Fake Stripe: no refund ${refundId}`);
    const charge = this.charges.get(refund.charge);
    if (charge && refund.status !== 'failed') this.applyRefunded(charge, -refund.amount);
    refund.status = 'failed';
    refund.failure_reason = 'expired_or_canceled_card';
    return refund;
  }

  dispute(
    paymentIntentId: string,
    options: { status: StripeDisputeStatus; amountMinor?: number; disputeId?: string; reason?: string },
  ): { dispute: StripeDispute; previousStatus: StripeDisputeStatus | null } {
    const intent = this.intent(paymentIntentId);
    const charge = intent.latest_charge ? this.charges.get(intent.latest_charge) : undefined;
    if (intent.status !== 'succeeded' || !charge) throw new Error(`Fake Stripe: ${paymentIntentId} has no successful charge to dispute`);
    const existing = options.disputeId ? this.disputes.get(options.disputeId) : undefined;
    const previousStatus = existing?.status ?? null;
    const dispute: StripeDispute = existing ?? {
      id: options.disputeId ?? randomId('dp_', 24),
      object: 'dispute',
      amount: options.amountMinor ?? charge.amount,
      charge: charge.id,
      created: nowSeconds(),
      currency: charge.currency,
      evidence_details: { due_by: nowSeconds() + 7 * 24 * 3600, has_evidence: false, past_due: false, submission_count: 0 },
      is_charge_refundable: false,
      livemode: false,
      metadata: {},
      payment_intent: intent.id,
      reason: options.reason ?? 'fraudulent',
      status: 'needs_response',
    };
    if (dispute.payment_intent !== intent.id) throw new Error(`Fake Stripe: dispute ${dispute.id} is about another payment`);
    dispute.status = options.status;
    if (options.amountMinor !== undefined) dispute.amount = options.amountMinor;
    charge.disputed = true;
    this.disputes.set(dispute.id, dispute);
    return { dispute, previousStatus };
  }

  intent(paymentIntentId: string): StripePaymentIntent {
    const intent = this.paymentIntents.get(paymentIntentId);
    if (!intent) throw new StripeRefusal(`No such payment_intent: '${paymentIntentId.slice(0, 40)}'`, 'id', 'resource_missing', 404);
    return intent;
  }

  private refundableCharge(form: FormObject): StripeCharge {
    const intentId = stringField(form, 'payment_intent');
    const chargeId = stringField(form, 'charge');
    if (!intentId && !chargeId) throw new StripeRefusal('Must provide either `charge` or `payment_intent`.');
    if (chargeId) {
      const charge = this.charges.get(chargeId);
      if (!charge) throw new StripeRefusal(`No such charge: '${chargeId.slice(0, 40)}'`, 'charge', 'resource_missing', 404);
      return charge;
    }
    const intent = this.paymentIntents.get(intentId ?? '');
    if (!intent) throw new StripeRefusal(`No such payment_intent: '${(intentId ?? '').slice(0, 40)}'`, 'payment_intent', 'resource_missing', 404);
    const charge = intent.status === 'succeeded' && intent.latest_charge ? this.charges.get(intent.latest_charge) : undefined;
    if (!charge) throw new StripeRefusal(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, 'payment_intent');
    return charge;
  }

  private newCharge(intent: StripePaymentIntent, status: 'succeeded' | 'failed'): StripeCharge {
    const succeeded = status === 'succeeded';
    const charge: StripeCharge = {
      id: randomId('ch_', 24),
      object: 'charge',
      amount: intent.amount,
      amount_captured: succeeded ? intent.amount : 0,
      amount_refunded: 0,
      captured: succeeded,
      created: nowSeconds(),
      currency: intent.currency,
      description: intent.description,
      disputed: false,
      failure_code: succeeded ? null : 'card_declined',
      failure_message: succeeded ? null : 'Your card was declined.',
      livemode: false,
      metadata: intent.metadata,
      paid: succeeded,
      payment_intent: intent.id,
      payment_method: randomId('pm_', 24),
      refunded: false,
      status,
    };
    this.charges.set(charge.id, charge);
    return charge;
  }

  private applyRefunded(charge: StripeCharge, delta: number): void {
    charge.amount_refunded += delta;
    charge.refunded = charge.amount_refunded >= charge.amount_captured;
  }
}

function requiredInteger(form: FormObject, name: string): number {
  const raw = stringField(form, name);
  if (raw === undefined) throw new StripeRefusal(`Missing required param: ${name}.`, name, 'parameter_missing');
  if (!/^-?\d{1,15}$/.test(raw)) throw new StripeRefusal(`Invalid integer: ${raw.slice(0, 20)}`, name, 'parameter_invalid_integer');
  return Number(raw);
}

function metadataFrom(form: FormObject): Record<string, string> {
  const metadata = objectField(form, 'metadata') ?? {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}
