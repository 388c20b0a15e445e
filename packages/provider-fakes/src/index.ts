/**
 * Local fake Razorpay, RazorpayX and Stripe (with Connect) servers for tests and for `npm start`
 * without real keys. They fake only the endpoints Guildhall uses, and the official SDKs (and payouts'
 * RazorpayX HTTP client) talk to them unchanged.
 */
export { startFakeRazorpay, type FakeRazorpay, type FakeRazorpayOptions, type FakeRazorpayDisputeStatus } from './fake-razorpay.js';
export { startFakeStripe, type FakeStripe, type FakeStripeOptions } from './fake-stripe.js';
export type { StripeDisputeStatus as FakeStripeDisputeStatus } from './stripe-state.js';
export { deliverWebhook, withBadSignature, withBody, withoutHeader, type DeliveryResult, type SignedWebhook } from './signed-webhook.js';
export { startFakeRazorpayX, type FakeRazorpayX, type FakeRazorpayXOptions } from './fake-razorpayx.js';
export type { RazorpayXPayout, RazorpayXFundAccount, ValidationResult as FakeRazorpayXValidationResult } from './razorpayx-state.js';
export type { StripeAccount as FakeStripeAccount, StripeTransfer as FakeStripeTransfer } from './stripe-connect-state.js';
