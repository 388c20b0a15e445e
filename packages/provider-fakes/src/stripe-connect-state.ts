import { objectField, stringField, type FormObject } from './form-body.js';
import { nowSeconds, randomId } from './http-kit.js';
import { StripeRefusal } from './stripe-state.js';

/**
 * The fake Stripe's Connect side: Express connected accounts, their onboarding links, and transfers
 * from the platform's balance to them (the fields Guildhall or a curious test might read).
 */

export type CapabilityStatus = 'inactive' | 'pending' | 'active';

export interface StripeAccount {
  id: string;
  object: 'account';
  business_profile: { name: string | null; url: string | null };
  capabilities: { transfers?: CapabilityStatus };
  charges_enabled: boolean;
  controller: { type: 'application'; is_controller: true; stripe_dashboard: { type: 'express' }; fees: { payer: string }; losses: { payments: string } };
  country: string;
  created: number;
  default_currency: string;
  details_submitted: boolean;
  email: string | null;
  metadata: Record<string, string>;
  payouts_enabled: boolean;
  requirements: {
    currently_due: string[];
    eventually_due: string[];
    past_due: string[];
    pending_verification: string[];
    disabled_reason: string | null;
    errors: { code: string; reason: string; requirement: string }[];
  };
  type: 'express';
}

export interface StripeAccountLink {
  object: 'account_link';
  created: number;
  expires_at: number;
  url: string;
}

export interface StripeTransfer {
  id: string;
  object: 'transfer';
  amount: number;
  amount_reversed: number;
  balance_transaction: string;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  destination_payment: string;
  livemode: false;
  metadata: Record<string, string>;
  reversals: { object: 'list'; data: { id: string; object: 'transfer_reversal'; amount: number; currency: string; transfer: string; created: number }[]; has_more: false; total_count: number; url: string };
  reversed: boolean;
  source_transaction: null;
  source_type: 'card';
  transfer_group: string | null;
}

const DEFAULT_CURRENCY: Readonly<Record<string, string>> = {
  US: 'usd', GB: 'gbp', IN: 'inr', SG: 'sgd', AU: 'aud', CA: 'cad', AE: 'aed', JP: 'jpy', CH: 'chf',
  DE: 'eur', FR: 'eur', NL: 'eur', IE: 'eur', ES: 'eur', IT: 'eur', BE: 'eur', AT: 'eur', FI: 'eur', PT: 'eur',
};
const DUE = ['business_type', 'external_account', 'individual.first_name', 'individual.last_name', 'tos_acceptance.date', 'tos_acceptance.ip'];

export class StripeConnectState {
  readonly accounts = new Map<string, StripeAccount>();
  readonly transfers = new Map<string, StripeTransfer>();
  /** Idempotency-Key → the transfer it made. */
  readonly transferKeys = new Map<string, string>();

  /** Express accounts only: `type=express`, or controller.stripe_dashboard.type=express (the newer form). */
  createAccount(form: FormObject): StripeAccount {
    const type = stringField(form, 'type');
    const controller = objectField(form, 'controller');
    const dashboard = controller ? objectField(controller, 'stripe_dashboard') : undefined;
    const dashboardType = dashboard ? stringField(dashboard, 'type') : undefined;
    if (type !== undefined && type !== 'express') throw new StripeRefusal(`This fake makes Express accounts only, not '${type.slice(0, 20)}'.`, 'type', 'parameter_invalid_string');
    if (type === undefined && dashboardType !== 'express') throw new StripeRefusal('Pass type=express or controller[stripe_dashboard][type]=express.', 'controller');
    const country = (stringField(form, 'country') ?? 'US').toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) throw new StripeRefusal(`Country '${country.slice(0, 10)}' is unknown.`, 'country', 'country_unsupported');
    const email = stringField(form, 'email') ?? null;
    const currency = stringField(form, 'default_currency')?.toLowerCase() ?? DEFAULT_CURRENCY[country] ?? 'usd';
    const capabilities = objectField(form, 'capabilities');
    const transfers = capabilities ? objectField(capabilities, 'transfers') : undefined;
    const businessProfile = objectField(form, 'business_profile');
    const fees = controller ? objectField(controller, 'fees') : undefined;
    const losses = controller ? objectField(controller, 'losses') : undefined;
    const account: StripeAccount = {
      id: randomId('acct_', 16),
      object: 'account',
      business_profile: { name: (businessProfile && stringField(businessProfile, 'name')) ?? null, url: null },
      capabilities: transfers && stringField(transfers, 'requested') === 'true' ? { transfers: 'inactive' } : {},
      charges_enabled: false,
      controller: {
        type: 'application',
        is_controller: true,
        stripe_dashboard: { type: 'express' },
        fees: { payer: (fees && stringField(fees, 'payer')) ?? 'application' },
        losses: { payments: (losses && stringField(losses, 'payments')) ?? 'application' },
      },
      country,
      created: nowSeconds(),
      default_currency: currency,
      details_submitted: false,
      email,
      metadata: metadataOf(form),
      payouts_enabled: false,
      requirements: { currently_due: [...DUE], eventually_due: [...DUE], past_due: [], pending_verification: [], disabled_reason: 'requirements.past_due', errors: [] },
      type: 'express',
    };
    this.accounts.set(account.id, account);
    return account;
  }

  account(id: string): StripeAccount {
    const account = this.accounts.get(id);
    if (!account) throw new StripeRefusal(`No such account: '${id.slice(0, 40)}'`, 'account', 'resource_missing', 404);
    return account;
  }

  createAccountLink(form: FormObject, baseUrl: string): StripeAccountLink {
    const accountId = stringField(form, 'account');
    if (!accountId) throw new StripeRefusal('Missing required param: account.', 'account', 'parameter_missing');
    const account = this.accounts.get(accountId);
    if (!account) throw new StripeRefusal(`No such account: '${accountId.slice(0, 40)}'`, 'account', 'resource_missing');
    const type = stringField(form, 'type');
    if (type !== 'account_onboarding') throw new StripeRefusal('This fake makes account_onboarding links only.', 'type', 'parameter_invalid_string');
    const returnUrl = httpUrl(form, 'return_url');
    const refreshUrl = httpUrl(form, 'refresh_url');
    const created = nowSeconds();
    const query = new URLSearchParams({ return: returnUrl, refresh: refreshUrl });
    return { object: 'account_link', created, expires_at: created + 300, url: `${baseUrl}/connect/onboarding/${account.id}?${query}` };
  }

  /** The connected account finished onboarding: KYC done, transfers and payouts enabled. */
  completeOnboarding(id: string): { account: StripeAccount; previous: Partial<StripeAccount> } {
    const account = this.account(id);
    const previous = { charges_enabled: account.charges_enabled, payouts_enabled: account.payouts_enabled, details_submitted: account.details_submitted, capabilities: { ...account.capabilities } };
    account.charges_enabled = true;
    account.payouts_enabled = true;
    account.details_submitted = true;
    if (account.capabilities.transfers !== undefined) account.capabilities.transfers = 'active';
    account.requirements = { currently_due: [], eventually_due: [], past_due: [], pending_verification: [], disabled_reason: null, errors: [] };
    return { account, previous };
  }

  /** Stripe turned the account down (or a platform rejected it): nothing can be sent to it. */
  rejectAccount(id: string, reason: string): { account: StripeAccount; previous: Partial<StripeAccount> } {
    const account = this.account(id);
    const previous = { charges_enabled: account.charges_enabled, payouts_enabled: account.payouts_enabled, capabilities: { ...account.capabilities } };
    account.charges_enabled = false;
    account.payouts_enabled = false;
    if (account.capabilities.transfers !== undefined) account.capabilities.transfers = 'inactive';
    account.requirements = { ...account.requirements, disabled_reason: reason };
    return { account, previous };
  }

  createTransfer(form: FormObject, idempotencyKey: string | undefined): StripeTransfer {
    const amountText = stringField(form, 'amount');
    if (amountText === undefined) throw new StripeRefusal('Missing required param: amount.', 'amount', 'parameter_missing');
    if (!/^\d{1,15}$/.test(amountText) || Number(amountText) < 1) throw new StripeRefusal('Invalid positive integer', 'amount', 'parameter_invalid_integer');
    const currency = stringField(form, 'currency')?.toLowerCase();
    if (!currency) throw new StripeRefusal('Missing required param: currency.', 'currency', 'parameter_missing');
    const destinationId = stringField(form, 'destination');
    if (!destinationId) throw new StripeRefusal('Missing required param: destination.', 'destination', 'parameter_missing');
    const destination = this.accounts.get(destinationId);
    if (!destination) throw new StripeRefusal(`No such destination: '${destinationId.slice(0, 40)}'`, 'destination', 'resource_missing');
    const capable = destination.capabilities.transfers === 'active' || (destination.capabilities.transfers === undefined && destination.payouts_enabled);
    if (!capable) {
      throw new StripeRefusal(
        'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
        'destination',
        'insufficient_capabilities_for_transfer',
      );
    }
    const id = randomId('tr_', 24);
    const transfer: StripeTransfer = {
      id,
      object: 'transfer',
      amount: Number(amountText),
      amount_reversed: 0,
      balance_transaction: randomId('txn_', 24),
      created: nowSeconds(),
      currency,
      description: stringField(form, 'description') ?? null,
      destination: destination.id,
      destination_payment: randomId('py_', 24),
      livemode: false,
      metadata: metadataOf(form),
      reversals: { object: 'list', data: [], has_more: false, total_count: 0, url: `/v1/transfers/${id}/reversals` },
      reversed: false,
      source_transaction: null,
      source_type: 'card',
      transfer_group: stringField(form, 'transfer_group') ?? null,
    };
    this.transfers.set(id, transfer);
    if (idempotencyKey !== undefined) this.transferKeys.set(idempotencyKey, id);
    return transfer;
  }

  transfer(id: string): StripeTransfer {
    const transfer = this.transfers.get(id);
    if (!transfer) throw new StripeRefusal(`No such transfer: '${id.slice(0, 40)}'`, 'id', 'resource_missing', 404);
    return transfer;
  }

  /** The whole transfer comes back to the platform (what `transfer.reversed` announces). */
  reverseTransfer(id: string): StripeTransfer {
    const transfer = this.transfers.get(id);
    if (!transfer) throw new Error(`Fake Stripe: no transfer ${id}`);
    if (transfer.reversed) throw new Error(`Fake Stripe: transfer ${id} is already reversed`);
    const amount = transfer.amount - transfer.amount_reversed;
    transfer.reversals.data.push({ id: randomId('trr_', 24), object: 'transfer_reversal', amount, currency: transfer.currency, transfer: id, created: nowSeconds() });
    transfer.reversals.total_count = transfer.reversals.data.length;
    transfer.amount_reversed = transfer.amount;
    transfer.reversed = true;
    return transfer;
  }
}

function httpUrl(form: FormObject, name: string): string {
  const value = stringField(form, name);
  if (!value) throw new StripeRefusal(`Missing required param: ${name}.`, name, 'parameter_missing');
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // refused below
  }
  throw new StripeRefusal(`Not a valid URL: ${name}`, name, 'url_invalid');
}

function metadataOf(form: FormObject): Record<string, string> {
  const metadata = objectField(form, 'metadata') ?? {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata)) if (typeof value === 'string' && value !== '') out[key] = value;
  return out;
}
