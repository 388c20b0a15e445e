import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type EventCause } from '@guildhall/kernel';
import type { PayoutAccountStatus, PayoutProvider as PayoutProviderName } from '../domain/payout-account.js';
import type { PayoutProviderEvent } from '../providers/payout-provider.js';
import { ACCOUNT, accountByProviderId, type PayoutAccountRow } from './payout-account-store.js';

/**
 * A provider's word on an account (verified, rejected, still pending). An event older than the one
 * that set the current status changes nothing; a DISABLED (replaced) account is never revived.
 * Null when no current account has that provider id.
 */
export async function applyAccountChange(em: EntityManager, cause: EventCause, provider: PayoutProviderName, event: Extract<PayoutProviderEvent, { kind: 'account.changed' }>): Promise<string | null> {
  const account = await accountByProviderId(em, provider, event.providerAccountId);
  if (!account) return null;
  if (event.occurredAt && account.statusEventAt && event.occurredAt < account.statusEventAt) return 'stale';
  if (account.status === event.status && account.statusDetail === event.detail) return 'unchanged';
  await em.execute(`update ${ACCOUNT} set status = ?, status_detail = ?, status_event_at = coalesce(?, now()), updated_at = now() where id = ?`, [
    event.status,
    event.detail,
    event.occurredAt,
    account.id,
  ]);
  if (account.status !== event.status) recordAccountEvent(em, cause, { ...account, status: event.status }, account.status, 'status-changed');
  return event.status.toLowerCase();
}

export function recordAccountEvent(em: EntityManager, cause: EventCause, account: PayoutAccountRow, previousStatus: PayoutAccountStatus | null, change: 'linked' | 'replaced' | 'status-changed') {
  recordEvent(em, cause, {
    type: 'payouts.account.changed',
    organizationId: account.payeeKind === 'ORGANIZATION' ? account.payeeId : null,
    aggregateId: account.id,
    payload: {
      organizationId: account.payeeKind === 'ORGANIZATION' ? account.payeeId : null,
      payeeKind: account.payeeKind,
      payeeId: account.payeeId,
      payoutAccountId: account.id,
      provider: account.provider,
      status: account.status,
      previousStatus,
      change,
    },
  });
}
