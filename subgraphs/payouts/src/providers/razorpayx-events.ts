import { asBody, objectAt, text, unixDate, type Json } from '@guildhall/kernel/json-fields';
import type { PayoutEventParser, PayoutProviderEvent } from './payout-provider.js';

type PayoutOutcome = Extract<PayoutProviderEvent, { kind: 'payout.changed' }>['outcome'];

/** A Map, not an object literal: an event named "constructor" must not find Object.prototype's. */
const PAYOUT_OUTCOME = new Map<string, PayoutOutcome>([
  ['payout.processed', 'PROCESSED'],
  ['payout.failed', 'FAILED'],
  // rejected in RazorpayX's approval workflow: never sent
  ['payout.rejected', 'FAILED'],
  ['payout.reversed', 'REVERSED'],
]);

/**
 * A RazorpayX webhook body → PayoutProviderEvent. `payout.processed|failed|rejected|reversed` change a
 * payout (the others — queued, pending, initiated, updated — say it is still on its way);
 * `fund_account.validation.completed` verifies (account active) or rejects (invalid) the fund account;
 * `fund_account.validation.failed` (the check could not be made) leaves it pending with the reason.
 * Other kinds, and anything malformed, → null.
 */
export const parseRazorpayXEvent: PayoutEventParser = (raw) => {
  const body = asBody(raw);
  const event = text(body?.['event']);
  if (!body || !event) return null;
  const outcome = PAYOUT_OUTCOME.get(event);
  if (outcome) return payoutChanged(objectAt(body, 'payload', 'payout', 'entity'), outcome);
  if (event === 'fund_account.validation.completed' || event === 'fund_account.validation.failed') {
    return validated(body, objectAt(body, 'payload', 'fund_account.validation', 'entity'), event === 'fund_account.validation.failed');
  }
  return null;
};

function payoutChanged(payout: Json | null, outcome: PayoutOutcome): PayoutProviderEvent | null {
  const providerPayoutId = text(payout?.['id']);
  if (!payout || !providerPayoutId) return null;
  const reason = outcome === 'PROCESSED' ? null : (text(objectAt(payout, 'status_details')?.['description']) ?? text(payout['failure_reason']) ?? text(objectAt(payout, 'error')?.['description']) ?? `RazorpayX: payout ${outcome.toLowerCase()}.`);
  return { kind: 'payout.changed', providerPayoutId, outcome, reason };
}

function validated(event: Json, validation: Json | null, failed: boolean): PayoutProviderEvent | null {
  const providerAccountId = text(objectAt(validation, 'fund_account')?.['id']) ?? text(validation?.['fund_account_id']);
  if (!validation || !providerAccountId) return null;
  const occurredAt = unixDate(event['created_at']);
  const accountStatus = text(objectAt(validation, 'results')?.['account_status']);
  if (failed || text(validation['status']) === 'failed') {
    return { kind: 'account.changed', providerAccountId, status: 'PENDING_VERIFICATION', detail: 'RazorpayX could not complete the account check; link the account again to retry.', occurredAt };
  }
  if (accountStatus === 'active') return { kind: 'account.changed', providerAccountId, status: 'VERIFIED', detail: null, occurredAt };
  if (accountStatus === 'invalid') return { kind: 'account.changed', providerAccountId, status: 'REJECTED', detail: 'The bank reports this account as invalid or closed.', occurredAt };
  return null;
}
