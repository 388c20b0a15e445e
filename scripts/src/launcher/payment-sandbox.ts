import { startFakeRazorpay, startFakeRazorpayX, startFakeStripe } from '@guildhall/provider-fakes';

type ProviderSource = 'keys' | 'fake' | 'none';

export interface PaymentSandbox {
  /** For the subgraphs and the worker: the fakes' API URLs and keys. */
  servicesEnv: Record<string, string>;
  /** For the gateway: the fakes' webhook signing secrets. */
  gatewayEnv: Record<string, string>;
  /** One line for the banner: where payments go. */
  summary: string;
  /** One line for the banner: where payouts go. */
  payoutsSummary: string;
  stop(): Promise<void>;
}

/**
 * Card checkout without provider accounts: a provider whose keys are not in the environment is
 * replaced by a local fake, in the launcher's process, whose hosted test page pays an order and
 * delivers signed webhooks to the gateway. The whole flow runs; nothing is charged. Disabled, a
 * provider without keys is simply not offered.
 *
 * Payouts likewise: RazorpayX without RAZORPAYX_ACCOUNT_NUMBER (or without Razorpay keys) is a
 * local fake that validates accounts and processes payouts at once; Stripe Connect comes with the
 * fake Stripe (its test onboarding page enables the account). Nothing is paid.
 */
export async function startPaymentSandbox(env: NodeJS.ProcessEnv, options: { enabled: boolean; webhookBase: string }): Promise<PaymentSandbox> {
  const fakeRazorpay = options.enabled && !env['RAZORPAY_KEY_ID'];
  const fakeStripe = options.enabled && !env['STRIPE_SECRET_KEY'];
  const razorpay = fakeRazorpay ? await startFakeRazorpay({ webhookUrl: `${options.webhookBase}/razorpay` }) : null;
  const stripe = fakeStripe
    ? await startFakeStripe({ webhookUrl: `${options.webhookBase}/stripe`, connectWebhookUrl: `${options.webhookBase}/stripe-connect` }).catch(stopFirst(razorpay))
    : null;
  const fakeRazorpayX = options.enabled && (!env['RAZORPAYX_ACCOUNT_NUMBER'] || !env['RAZORPAY_KEY_ID'] || !env['RAZORPAY_KEY_SECRET']);
  // RazorpayX shares the Razorpay account's key pair: the fake's, or the ones in the environment
  const keys = razorpay ? { keyId: razorpay.keyId, keySecret: razorpay.keySecret } : env['RAZORPAY_KEY_ID'] && env['RAZORPAY_KEY_SECRET'] ? { keyId: env['RAZORPAY_KEY_ID'], keySecret: env['RAZORPAY_KEY_SECRET'] } : {};
  const razorpayx = fakeRazorpayX
    ? await startFakeRazorpayX({ ...keys, webhookUrl: `${options.webhookBase}/razorpayx` }).catch(async (error: unknown) => {
        await stripe?.stop();
        return stopFirst(razorpay)(error);
      })
    : null;
  const servicesEnv: Record<string, string> = {};
  const gatewayEnv: Record<string, string> = {};
  if (razorpay) {
    Object.assign(servicesEnv, { RAZORPAY_KEY_ID: razorpay.keyId, RAZORPAY_KEY_SECRET: razorpay.keySecret, RAZORPAY_API_URL: razorpay.url });
    gatewayEnv['RAZORPAY_WEBHOOK_SECRET'] = razorpay.webhookSecret;
  }
  if (stripe) {
    Object.assign(servicesEnv, { STRIPE_SECRET_KEY: stripe.secretKey, STRIPE_API_URL: stripe.url });
    gatewayEnv['STRIPE_WEBHOOK_SECRET'] = stripe.webhookSecret;
    gatewayEnv['STRIPE_CONNECT_WEBHOOK_SECRET'] = stripe.connectWebhookSecret;
  }
  if (razorpayx) {
    // the key pair too: with only RAZORPAYX_ACCOUNT_NUMBER missing, the real keys stay as they are
    Object.assign(servicesEnv, { RAZORPAY_KEY_ID: razorpayx.keyId, RAZORPAY_KEY_SECRET: razorpayx.keySecret, RAZORPAYX_ACCOUNT_NUMBER: razorpayx.accountNumber, RAZORPAYX_API_URL: razorpayx.url });
    gatewayEnv['RAZORPAYX_WEBHOOK_SECRET'] = razorpayx.webhookSecret;
  }
  const source = (fake: boolean, key: string): ProviderSource => (fake ? 'fake' : env[key] ? 'keys' : 'none');
  return {
    servicesEnv,
    gatewayEnv,
    summary: describePayments({ Razorpay: source(fakeRazorpay, 'RAZORPAY_KEY_ID'), Stripe: source(fakeStripe, 'STRIPE_SECRET_KEY') }),
    payoutsSummary: describePayments({ RazorpayX: source(fakeRazorpayX, 'RAZORPAYX_ACCOUNT_NUMBER'), 'Stripe Connect': source(fakeStripe, 'STRIPE_SECRET_KEY') }, 'paid'),
    async stop() {
      await razorpay?.stop();
      await stripe?.stop();
      await razorpayx?.stop();
    },
  };
}

const stopFirst = (started: { stop(): Promise<void> } | null) => async (error: unknown): Promise<never> => {
  await started?.stop();
  throw error;
};

/** e.g. "test mode: local fake Razorpay and Stripe (nothing is charged)", "Razorpay (your keys); test mode: …". */
export function describePayments(sources: Record<string, ProviderSource>, verb = 'charged'): string {
  const named = (source: ProviderSource) => Object.keys(sources).filter((name) => sources[name] === source).join(' and ');
  const parts = [
    named('keys') && `${named('keys')} (your keys)`,
    named('fake') && `test mode: local fake ${named('fake')} (nothing is ${verb})`,
    named('none') && `${named('none')} not offered (no keys)`,
  ];
  return parts.filter(Boolean).join('; ');
}
