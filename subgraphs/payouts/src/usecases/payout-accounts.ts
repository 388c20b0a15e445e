import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  fail,
  forbidden,
  hasOrgAccess,
  isUuid,
  notFound,
  principalCan,
  selectRows,
  succeed,
  userError,
  type EventCause,
  type Outcome,
  type Principal,
  type SubgraphServices,
  type UserErrorValue,
} from '@guildhall/kernel';
import { rolesWith } from '@guildhall/roles';
import { checkDestination, type DestinationInput } from '../domain/destination.js';
import type { Payee, PayeeKind } from '../domain/payee.js';
import type { PayoutProvider as PayoutProviderName } from '../domain/payout-account.js';
import type { Destination } from '../providers/payout-provider.js';
import { PayoutProviderError } from '../providers/provider-error.js';
import { payoutProviders } from '../providers/providers.js';
import { recordAccountEvent } from './account-changes.js';
import { ACCOUNT, currentAccountOf, lockPayee, type PayoutAccountRow } from './payout-account-store.js';
import { applyWaitingEvents } from './provider-events.js';

export interface AccountDeps extends EventCause {
  em: EntityManager;
  services: Pick<SubgraphServices, 'payouts' | 'webUrl' | 'development'>;
}

export interface LinkPayoutAccountInput {
  /** Null: the signed-in person, for themselves. */
  payee: { kind: PayeeKind; id: string } | null;
  provider: PayoutProviderName;
  destination: DestinationInput | null;
  returnUrl: string | null;
  country: string | null;
  currency: string | null;
}

const PROVIDER_LABEL: Record<PayoutProviderName, string> = { RAZORPAYX: 'RazorpayX', STRIPE_CONNECT: 'Stripe Connect' };
const DEFAULT_STRIPE_CURRENCY = 'USD';

/**
 * Who may link or re-onboard a payee's account: for an org, its OWNER (payoutAccount.manage) —
 * a member without it is FORBIDDEN, anyone outside the org gets NOT_FOUND; for an expert, only
 * themselves. Any org whose OWNER asks may link one (billing, not payouts, knows which orgs host
 * experts; an account of an org that hosts nobody simply never receives anything).
 */
export function requireAccountManager(principal: Principal, requested: { kind: PayeeKind; id: string } | null): asserts principal is Principal & { kind: 'user' } {
  if (principal.kind !== 'user') throw forbidden('Sign in as a person to link a payout account.');
  const payee = requested ?? { kind: 'USER', id: principal.userId };
  if (payee.kind === 'USER') {
    if (payee.id !== principal.userId) throw forbidden("An expert's payout account is theirs alone to link.");
    return;
  }
  if (!isUuid(payee.id) || !hasOrgAccess(principal, payee.id)) throw notFound('Organization');
  if (!principalCan(principal, payee.id, 'payoutAccount.manage')) {
    throw forbidden(`Only an ${rolesWith('payoutAccount.manage').join(' or ')} of this organization can link its payout account (payoutAccount.manage).`);
  }
}

export const payeeFor = (principal: Principal & { kind: 'user' }, requested: { kind: PayeeKind; id: string } | null): Payee => requested ?? { kind: 'USER', id: principal.userId };

/**
 * Links where a payee is paid: checks the input (nothing is sent or written on bad input), opens the
 * account at the provider (a RazorpayX contact, fund account and validation; a Stripe Express account
 * and its onboarding link), then stores it PENDING_VERIFICATION in one transaction that DISABLES the
 * payee's previous account (re-linking replaces: a payee changes banks). The provider's webhook
 * verifies it. A provider that cannot be reached is PAYMENT_PROVIDER_UNAVAILABLE and nothing is stored.
 */
export async function linkPayoutAccount(deps: AccountDeps, input: LinkPayoutAccountInput): Promise<Outcome<{ account: PayoutAccountRow; onboardingUrl: string | null }>> {
  const { principal } = deps;
  requireAccountManager(principal, input.payee);
  const payee = payeeFor(principal, input.payee);
  const provider = payoutProviders(deps.services.payouts).get(input.provider);
  if (!provider) return fail(userError('BAD_USER_INPUT', ['input', 'provider'], `Payouts through ${PROVIDER_LABEL[input.provider]} are not set up on this platform.`));

  const errors: UserErrorValue[] = [];
  let destination: Destination | null = null;
  let displayName = principal.email;
  let returnUrl: string | null = null;
  let country: string | null = null;
  let currency: string;
  if (input.provider === 'RAZORPAYX') {
    const checked = checkDestination(input.destination, ['input', 'destination']);
    if (checked.ok) ({ destination, accountHolder: displayName } = checked.value);
    else errors.push(...checked.errors);
    if (input.country && input.country.trim().toUpperCase() !== 'IN') errors.push(userError('BAD_USER_INPUT', ['input', 'country'], 'RazorpayX pays accounts in India only.'));
    currency = (input.currency ?? 'INR').trim().toUpperCase();
    if (!provider.currencies.includes(currency)) errors.push(userError('BAD_USER_INPUT', ['input', 'currency'], 'RazorpayX pays out in INR only.'));
  } else {
    if (input.destination) errors.push(userError('BAD_USER_INPUT', ['input', 'destination'], 'Stripe collects the bank details itself during onboarding: give a returnUrl, not a destination.'));
    returnUrl = checkReturnUrl(input.returnUrl, deps.services, errors);
    if (input.country) {
      country = input.country.trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(country)) errors.push(userError('BAD_USER_INPUT', ['input', 'country'], 'A country is an ISO 3166-1 alpha-2 code, e.g. DE.'));
    }
    currency = (input.currency ?? DEFAULT_STRIPE_CURRENCY).trim().toUpperCase();
    if (!provider.currencies.includes(currency)) errors.push(userError('BAD_USER_INPUT', ['input', 'currency'], `Stripe Connect payouts are in ${provider.currencies.join(', ')}.`));
  }
  if (errors.length) return fail(...errors);

  let opened;
  try {
    opened = await provider.openAccount({ payeeRef: payeeRef(payee), displayName, email: principal.email, destination, returnUrl, country, currency });
  } catch (error) {
    if (!(error instanceof PayoutProviderError)) throw error;
    if (error.kind === 'REJECTED') return fail(userError('BAD_USER_INPUT', ['input', input.provider === 'RAZORPAYX' ? 'destination' : 'country'], `${PROVIDER_LABEL[input.provider]} refused these details${error.providerMessage ? `: ${error.providerMessage}` : '.'}`));
    return fail(userError('PAYMENT_PROVIDER_UNAVAILABLE', null, `${error.message} Nothing was linked; try again shortly.`));
  }

  const account = await deps.em.fork().transactional(async (tx) => {
    await lockPayee(tx, payee);
    const previous = await currentAccountOf(tx, payee, true);
    if (previous) {
      await tx.execute(`update ${ACCOUNT} set status = 'DISABLED', status_detail = 'Replaced by a newer payout account.', updated_at = now() where id = ?`, [previous.id]);
      recordAccountEvent(tx, deps, { ...previous, status: 'DISABLED' }, previous.status, 'replaced');
    }
    const [row] = await selectRows<PayoutAccountRow>(
      tx,
      `insert into ${ACCOUNT} (id, payee_kind, payee_id, provider, provider_account_id, provider_contact_id, currency, status, masked_destination)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
      [randomUUID(), payee.kind, payee.id, input.provider, opened.providerAccountId, opened.providerContactId, currency, opened.status, opened.maskedDestination],
    );
    recordAccountEvent(tx, deps, row!, null, 'linked');
    await tx.flush();
    return row!;
  });
  // a webhook about this account may have come before the account was stored: apply it now
  await applyWaitingEvents(deps.em, deps, input.provider, opened.providerAccountId);
  const [current] = await selectRows<PayoutAccountRow>(deps.em, `select * from ${ACCOUNT} where id = ?`, [account.id]);
  return succeed({ account: current ?? account, onboardingUrl: opened.onboardingUrl });
}

/** A fresh Stripe onboarding link for the payee's account still PENDING_VERIFICATION (links expire in minutes). */
export async function payoutOnboardingLink(deps: AccountDeps, input: { payee: { kind: PayeeKind; id: string } | null; returnUrl: string }): Promise<Outcome<string>> {
  const { principal } = deps;
  requireAccountManager(principal, input.payee);
  const payee = payeeFor(principal, input.payee);
  const errors: UserErrorValue[] = [];
  const returnUrl = checkReturnUrl(input.returnUrl, deps.services, errors);
  if (errors.length) return fail(...errors);
  const account = await currentAccountOf(deps.em, payee);
  if (!account || account.provider !== 'STRIPE_CONNECT' || account.status !== 'PENDING_VERIFICATION') {
    return fail(userError('CONFLICT', null, 'Only a Stripe Connect payout account still PENDING_VERIFICATION has onboarding to finish.'));
  }
  const provider = payoutProviders(deps.services.payouts).get(account.provider);
  if (!provider) return fail(userError('PAYMENT_PROVIDER_UNAVAILABLE', null, 'Stripe Connect is not set up on this platform any more.'));
  try {
    const url = await provider.onboardingLink(account.providerAccountId, returnUrl!);
    if (!url) return fail(userError('CONFLICT', null, 'This payout account has no onboarding to finish.'));
    return succeed(url);
  } catch (error) {
    if (!(error instanceof PayoutProviderError)) throw error;
    return fail(userError('PAYMENT_PROVIDER_UNAVAILABLE', null, `${error.message} Try again shortly.`));
  }
}

/** RazorpayX's contact reference id (40 characters at most): `org_<uuid>` or `usr_<uuid>`. */
const payeeRef = (payee: Payee) => `${payee.kind === 'ORGANIZATION' ? 'org' : 'usr'}_${payee.id}`;

/**
 * Where Stripe sends the payee back: an absolute http(s) URL; in production an https URL on the
 * dashboard's own origin (WEB_URL), so an onboarding link never bounces anyone elsewhere.
 */
function checkReturnUrl(raw: string | null, services: AccountDeps['services'], errors: UserErrorValue[]): string | null {
  const field = ['input', 'returnUrl'];
  if (!raw?.trim()) {
    errors.push(userError('BAD_USER_INPUT', field, 'Stripe onboarding needs a returnUrl: where the payee comes back to.'));
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    errors.push(userError('BAD_USER_INPUT', field, 'The returnUrl must be an absolute http(s) URL.'));
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    errors.push(userError('BAD_USER_INPUT', field, 'The returnUrl must be an absolute http(s) URL.'));
    return null;
  }
  if (!services.development && (url.protocol !== 'https:' || url.origin !== new URL(services.webUrl).origin)) {
    errors.push(userError('BAD_USER_INPUT', field, `The returnUrl must be an https page of the dashboard (${new URL(services.webUrl).origin}).`));
    return null;
  }
  return url.toString();
}
