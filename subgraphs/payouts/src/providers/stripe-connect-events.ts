import type { PayoutAccountStatus } from '../domain/payout-account.js';
import { asBody, objectAt, text, unixDate, type Json } from '@guildhall/kernel/json-fields';
import type { PayoutEventParser, PayoutProviderEvent } from './payout-provider.js';

/**
 * What a connected account's state means for payouts. VERIFIED once Stripe lets money reach it
 * (payouts enabled, and the transfers capability active — or, for an account without capabilities
 * listed, charges enabled too); REJECTED when Stripe turned it down (`rejected.*`); otherwise still
 * PENDING_VERIFICATION, with what Stripe is waiting for.
 */
export function stripeAccountStatus(account: Json): { status: PayoutAccountStatus; detail: string | null } {
  const requirements = objectAt(account, 'requirements');
  const disabledReason = text(requirements?.['disabled_reason']);
  if (disabledReason?.startsWith('rejected.')) return { status: 'REJECTED', detail: `Stripe rejected the account (${disabledReason}).` };
  const transfers = text(objectAt(account, 'capabilities')?.['transfers']);
  const enabled = account['payouts_enabled'] === true && (transfers === 'active' || (transfers === null && account['charges_enabled'] === true));
  if (enabled) return { status: 'VERIFIED', detail: null };
  const due = Array.isArray(requirements?.['currently_due']) ? (requirements['currently_due'] as unknown[]).filter((r): r is string => typeof r === 'string') : [];
  const detail = due.length ? `Stripe needs: ${due.slice(0, 5).join(', ')}${due.length > 5 ? ', …' : ''}.` : disabledReason ? `Stripe: ${disabledReason}.` : null;
  return { status: 'PENDING_VERIFICATION', detail };
}

/**
 * A Stripe Connect event body → PayoutProviderEvent. `account.updated` (of a connected account: the
 * id is the event's `account`, else the object's) changes an account; a transfer is instant, so
 * `transfer.created` confirms the payout PROCESSED, and `transfer.reversed` in full makes it
 * REVERSED. A partial reversal is never Guildhall's doing and is ignored: counting it as REVERSED
 * would pay the payee the whole amount again. Other kinds, and anything malformed, → null.
 */
export const parseStripeConnectEvent: PayoutEventParser = (raw) => {
  const body = asBody(raw);
  const type = text(body?.['type']);
  const object = objectAt(body, 'data', 'object');
  if (!body || !type || !object) return null;
  switch (type) {
    case 'account.updated':
      return accountChanged(body, object);
    case 'transfer.created':
      return transfer(object, 'PROCESSED', null);
    case 'transfer.reversed':
      return object['reversed'] === true ? transfer(object, 'REVERSED', 'Stripe: the transfer was reversed.') : null;
    default:
      return null;
  }
};

function accountChanged(event: Json, account: Json): PayoutProviderEvent | null {
  const providerAccountId = text(event['account']) ?? text(account['id']);
  if (!providerAccountId || text(account['object']) !== 'account') return null;
  return { kind: 'account.changed', providerAccountId, ...stripeAccountStatus(account), occurredAt: unixDate(event['created']) };
}

function transfer(object: Json, outcome: 'PROCESSED' | 'REVERSED', reason: string | null): PayoutProviderEvent | null {
  const providerPayoutId = text(object['id']);
  if (!providerPayoutId || text(object['object']) !== 'transfer') return null;
  return { kind: 'payout.changed', providerPayoutId, outcome, reason };
}
