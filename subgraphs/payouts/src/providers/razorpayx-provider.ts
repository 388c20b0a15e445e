import type { PayoutSettings } from '@guildhall/kernel';
import { maskDestination } from '../domain/destination.js';
import type { Destination, PayoutProvider, SubmittedPayout } from './payout-provider.js';
import { PayoutProviderError, type PayoutProviderErrorKind } from './provider-error.js';

type RazorpayXSettings = NonNullable<PayoutSettings['razorpayx']>;

const TIMEOUT_MS = 15_000;
/** IMPS carries up to ₹5,00,000 at once; above that NEFT (no upper limit, slower). In paise. */
const IMPS_LIMIT_MINOR = 50_000_000;

interface Contact {
  id: string;
}
interface FundAccount {
  id: string;
  account_type: 'bank_account' | 'vpa';
}
interface Payout {
  id: string;
  status: string;
  failure_reason?: string | null;
  status_details?: { description?: string | null } | null;
}

/**
 * RazorpayX over its HTTP API (it has no official Node SDK for payouts): Basic auth with the Razorpay
 * key pair, payouts from the RazorpayX account RAZORPAYX_ACCOUNT_NUMBER, and `X-Payout-Idempotency` on
 * every payout, the same on every retry of one payout, so RazorpayX makes it once. RazorpayX answers
 * a repeated contact or fund account (same details) with the existing one, so linking again reuses them.
 */
export function createRazorpayXProvider(settings: RazorpayXSettings): PayoutProvider {
  const authorization = `Basic ${Buffer.from(`${settings.keyId}:${settings.keySecret}`).toString('base64')}`;
  // a fund account's type never changes: the payout mode (UPI or IMPS/NEFT) follows from it
  const accountTypes = new Map<string, FundAccount['account_type']>();

  async function call<T>(action: string, method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${settings.apiUrl}${path}`, {
        method,
        headers: { authorization, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      text = await response.text();
    } catch {
      throw new PayoutProviderError('RAZORPAYX', 'UNAVAILABLE', `Could not reach RazorpayX to ${action}.`);
    }
    const json = parseJson(text);
    if (response.ok && json !== null) return json as T;
    throw toProviderError(action, response.status, json);
  }

  async function accountTypeOf(fundAccountId: string): Promise<FundAccount['account_type']> {
    const known = accountTypes.get(fundAccountId);
    if (known) return known;
    const fundAccount = await call<FundAccount>('read the fund account', 'GET', `/v1/fund_accounts/${encodeURIComponent(fundAccountId)}`);
    accountTypes.set(fundAccountId, fundAccount.account_type);
    return fundAccount.account_type;
  }

  return {
    name: 'RAZORPAYX',
    currencies: ['INR'],

    async openAccount({ payeeRef, displayName, email, destination }) {
      if (!destination) throw new PayoutProviderError('RAZORPAYX', 'REJECTED', 'RazorpayX needs a bank account or a UPI address.');
      const contact = await call<Contact>('create the contact', 'POST', '/v1/contacts', {
        name: displayName,
        ...(email ? { email } : {}),
        type: 'vendor',
        reference_id: payeeRef,
        notes: { payee: payeeRef },
      });
      const fundAccount = await call<FundAccount>('create the fund account', 'POST', '/v1/fund_accounts', { contact_id: contact.id, ...fundAccountDetails(destination) });
      accountTypes.set(fundAccount.id, fundAccount.account_type);
      // the penny drop (or VPA check); `fund_account.validation.completed` verifies the account
      await call('validate the fund account', 'POST', '/v1/fund_accounts/validations', {
        account_number: settings.accountNumber,
        fund_account: { id: fundAccount.id },
        ...(destination.kind === 'BANK_ACCOUNT' ? { amount: 100, currency: 'INR' } : {}),
        notes: { payee: payeeRef },
      });
      return { providerAccountId: fundAccount.id, providerContactId: contact.id, maskedDestination: maskDestination(destination), status: 'PENDING_VERIFICATION', onboardingUrl: null };
    },

    // RazorpayX has no hosted onboarding: the validation webhook decides
    onboardingLink: () => Promise.resolve(null),

    async createPayout({ idempotencyKey, providerAccountId, amountMinor, currency, reference, narration, purposeCode }): Promise<SubmittedPayout> {
      if (currency !== 'INR') return refused(idempotencyKey, `RazorpayX pays out in INR only, not ${currency}.`);
      try {
        const type = await accountTypeOf(providerAccountId);
        const mode = type === 'vpa' ? 'UPI' : amountMinor <= IMPS_LIMIT_MINOR ? 'IMPS' : 'NEFT';
        const payout = await call<Payout>(
          'create the payout',
          'POST',
          '/v1/payouts',
          {
            account_number: settings.accountNumber,
            fund_account_id: providerAccountId,
            amount: amountMinor,
            currency: 'INR',
            mode,
            purpose: 'payout',
            // a low balance queues the payout (processing) instead of failing it
            queue_if_low_balance: true,
            reference_id: reference.slice(0, 40),
            narration: narration.replace(/[^A-Za-z0-9 ]/g, ' ').slice(0, 30).trim(),
            notes: { payout_id: reference, ...(purposeCode ? { purpose_code: purposeCode } : {}) },
          },
          { 'X-Payout-Idempotency': idempotencyKey },
        );
        return submitted(payout);
      } catch (error) {
        // a refusal made nothing at RazorpayX: the payout failed; anything else is retried with the same key
        if (error instanceof PayoutProviderError && error.kind === 'REJECTED') return refused(idempotencyKey, error.providerMessage ?? error.message);
        throw error;
      }
    },
  };
}

function fundAccountDetails(destination: Destination) {
  return destination.kind === 'BANK_ACCOUNT'
    ? { account_type: 'bank_account', bank_account: { name: destination.accountHolder, ifsc: destination.ifsc, account_number: destination.accountNumber } }
    : { account_type: 'vpa', vpa: { address: destination.address } };
}

const refused = (idempotencyKey: string, reason: string): SubmittedPayout => ({ providerPayoutId: `refused:${idempotencyKey}`, status: 'FAILED', failureReason: reason });

/** RazorpayX's payout statuses → ours: queued, pending, scheduled and processing all wait for a webhook. */
function submitted(payout: Payout): SubmittedPayout {
  const reason = payout.status_details?.description ?? payout.failure_reason ?? null;
  switch (payout.status) {
    case 'processed':
      return { providerPayoutId: payout.id, status: 'PROCESSED', failureReason: null };
    case 'reversed':
      return { providerPayoutId: payout.id, status: 'REVERSED', failureReason: reason };
    case 'failed':
    case 'rejected':
    case 'cancelled':
      return { providerPayoutId: payout.id, status: 'FAILED', failureReason: reason ?? `RazorpayX ${payout.status} the payout.` };
    default:
      return { providerPayoutId: payout.id, status: 'PROCESSING', failureReason: null };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** RazorpayX's `{ error: { code, description } }`, reduced to what is safe to log and show. */
function toProviderError(action: string, status: number, body: unknown): PayoutProviderError {
  const error = (body as { error?: { code?: unknown; description?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : null;
  const description = typeof error?.description === 'string' ? error.description.slice(0, 200) : null;
  let kind: PayoutProviderErrorKind = status === 401 || status === 403 ? 'AUTH' : status === 429 || status >= 500 || status < 400 ? 'UNAVAILABLE' : 'REJECTED';
  // the same idempotency key with another body: a payout may exist; never count it as failed
  if (kind === 'REJECTED' && description && /idempotenc/i.test(description)) kind = 'CONFLICT';
  const what = { AUTH: 'refused our API keys', CONFLICT: 'saw an idempotency key reused with other input', UNAVAILABLE: 'is unavailable', REJECTED: 'refused' }[kind];
  return new PayoutProviderError('RAZORPAYX', kind, `RazorpayX ${what} when asked to ${action} (HTTP ${status}${code ? `, ${code}` : ''}).`, status, code, kind === 'REJECTED' ? description : null);
}
