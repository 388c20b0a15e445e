import { SPONSORING_MODES } from '../domain/program.js';
import { fail, formatMoney, isPositiveMinor, notFound, recordEvent, userError, UserErrorsThrown, type FieldChanges, type FieldValue, type Outcome, type UserErrorValue } from '@guildhall/kernel';
import { ROLES } from '@guildhall/roles';
import { DEFAULT_FUNDING, type BillingMode } from '../domain/billing-modes.js';
import { promo, wallet, transfer } from '../domain/ledger.js';
import { unbilledNetMinor } from './billable-queries.js';
import { lockBillingAccount, type BillingAccountRow } from './billing-account-store.js';
import type { BillingDeps } from './deps.js';
import { requireFinanceManager, requirePlatformAdmin } from './finance-access.js';
import { claimIdempotencyKey } from './idempotency.js';
import { balanceOf, postTransaction } from './ledger-posting.js';
import { inTransaction } from './transaction.js';

export interface BillingSettingsInput {
  organizationId: string;
  mode: BillingMode | null;
  spendingRoles: string[] | null;
  requiresPurchaseOrder: boolean | null;
}

/**
 * OWNER or BILLING_ADMIN set how the org pays and who may spend. Changing the mode never strands
 * money: leaving SEAT_PACK needs the credits used or refunded, leaving INVOICED_MONTHLY needs the
 * unbilled charges invoiced first.
 */
export async function updateBillingSettings(deps: BillingDeps, input: BillingSettingsInput): Promise<Outcome<BillingAccountRow>> {
  requireFinanceManager(deps.principal, input.organizationId);
  const errors: UserErrorValue[] = [];
  if (input.spendingRoles && input.spendingRoles.some((r) => !(ROLES as readonly string[]).includes(r))) errors.push(userError('BAD_USER_INPUT', ['input', 'spendingRoles'], 'Unknown role.'));
  if (errors.length) return fail(...errors);
  return inTransaction(deps.em, async (em) => {
    const account = await lockBillingAccount(em, input.organizationId, 'update');
    if (!account) throw notFound('Billing account');
    const fields: string[] = [];
    if (input.mode && input.mode !== account.mode) {
      await refuseStrandingMoney(em, account);
      if (!SPONSORING_MODES.includes(input.mode)) await refuseStrandingPrograms(em, account.organizationId);
      await em.execute(`update "billing"."billing_account" set mode = ?, funding_mode = ? where id = ?`, [input.mode, DEFAULT_FUNDING[input.mode], account.id]);
      fields.push('mode', 'fundingMode');
    }
    if (input.spendingRoles) {
      const roles = ROLES.filter((r) => input.spendingRoles!.includes(r)); // canonical order, no duplicates
      await em.execute(`update "billing"."billing_account" set spending_roles = ?::text[] where id = ?`, [`{${roles.join(',')}}`, account.id]);
      fields.push('spendingRoles');
    }
    if (input.requiresPurchaseOrder !== null && input.requiresPurchaseOrder !== account.requiresPurchaseOrder) {
      await em.execute(`update "billing"."billing_account" set requires_purchase_order = ? where id = ?`, [input.requiresPurchaseOrder, account.id]);
      fields.push('requiresPurchaseOrder');
    }
    return recordChange(deps, em, account, fields);
  });
}

/** Programs spend the org's funds: an org that only tags purchases could not honour them. */
async function refuseStrandingPrograms(em: Parameters<typeof unbilledNetMinor>[0], organizationId: string) {
  const [live] = await em.execute<{ n: string }[]>(`select count(*) as n from "billing"."program" where organization_id = ? and status <> 'CANCELLED' and (ends_on is null or ends_on >= current_date)`, [organizationId]);
  if (Number(live?.n) > 0) {
    throw new UserErrorsThrown([userError('CONFLICT', ['input', 'mode'], `${live!.n} programs still spend this organization's funds; cancel them before it only tags purchases.`)]);
  }
}

async function refuseStrandingMoney(em: Parameters<typeof unbilledNetMinor>[0], account: BillingAccountRow) {
  const credits = await balanceOf(em, wallet(account.organizationId, account.currency));
  if (credits > 0) {
    throw new UserErrorsThrown([userError('CONFLICT', ['input', 'mode'], `${formatMoney(credits, account.currency)} of credits would be stranded; use or refund them before leaving SEAT_PACK.`)]);
  }
  const unbilled = await unbilledNetMinor(em, account.organizationId, account.currency);
  if (unbilled > 0) {
    throw new UserErrorsThrown([userError('CONFLICT', ['input', 'mode'], `${formatMoney(unbilled, account.currency)} of unbilled charges would be stranded; invoice them before changing the mode.`)]);
  }
}

/** The platform carries the risk of invoice credit, so a platform admin sets the limit. */
export async function setCreditLimit(deps: BillingDeps, input: { organizationId: string; creditLimitMinor: number }): Promise<Outcome<BillingAccountRow>> {
  requirePlatformAdmin(deps.principal);
  if (!Number.isSafeInteger(input.creditLimitMinor) || input.creditLimitMinor < 0) return fail(userError('BAD_USER_INPUT', ['input', 'creditLimitMinor'], 'A credit limit is a whole number of minor units, zero or more.'));
  return inTransaction(deps.em, async (em) => {
    const account = await lockBillingAccount(em, input.organizationId, 'update');
    if (!account) throw notFound('Billing account');
    await em.execute(`update "billing"."billing_account" set credit_limit_minor = ? where id = ?`, [input.creditLimitMinor, account.id]);
    return recordChange(deps, em, account, ['creditLimit']);
  });
}

/** Credits the platform grants (goodwill, a pilot): a GRANT from the platform's promo account. */
export async function grantCredits(deps: BillingDeps, input: { organizationId: string; amountMinor: number; reason: string; idempotencyKey: string }): Promise<Outcome<BillingAccountRow>> {
  requirePlatformAdmin(deps.principal);
  const principal = deps.principal;
  if (!isPositiveMinor(input.amountMinor)) return fail(userError('BAD_USER_INPUT', ['input', 'amountMinor'], 'The amount is a positive whole number of minor units.'));
  if (!input.reason.trim() || input.reason.length > 500) return fail(userError('BAD_USER_INPUT', ['input', 'reason'], 'Say why, in 1–500 characters.'));
  return inTransaction(deps.em, async (em) => {
    const account = await lockBillingAccount(em, input.organizationId, 'share');
    if (!account) throw notFound('Billing account');
    const claim = await claimIdempotencyKey(em, principal, { operation: 'grant-credits', key: input.idempotencyKey, input: { ...input, idempotencyKey: undefined }, resultId: account.id });
    if (claim.fresh) {
      await postTransaction(em, { kind: 'GRANT', idempotencyKey: `grant:${principal.userId}:${input.idempotencyKey}`, organizationId: account.organizationId, memo: input.reason.trim(), entries: transfer(promo(account.currency), wallet(account.organizationId, account.currency), input.amountMinor) });
    }
    return account;
  });
}

async function recordChange(deps: BillingDeps, em: Parameters<typeof unbilledNetMinor>[0], account: BillingAccountRow, fields: string[]): Promise<BillingAccountRow> {
  if (!fields.length) return account;
  await em.execute(`update "billing"."billing_account" set updated_at = now() where id = ?`, [account.id]);
  const updated = (await lockBillingAccount(em, account.organizationId, 'update'))!;
  recordEvent(em, deps, { type: 'billing.account.changed', organizationId: account.organizationId, aggregateId: account.id, payload: { organizationId: account.organizationId, billingAccountId: account.id, fields, mode: updated.mode, changes: settingChanges(account, updated, fields) } });
  return updated;
}

/** The changed settings' values before and after, for the audit log's diff (settings only: nothing personal). */
const SETTING_VALUES: Record<string, (a: BillingAccountRow) => FieldValue> = {
  mode: (a) => a.mode,
  fundingMode: (a) => a.fundingMode,
  spendingRoles: (a) => [...a.spendingRoles],
  requiresPurchaseOrder: (a) => a.requiresPurchaseOrder,
  creditLimit: (a) => a.creditLimitMinor,
};
function settingChanges(before: BillingAccountRow, after: BillingAccountRow, fields: string[]): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const value = SETTING_VALUES[field];
    if (value) changes[field] = { before: value(before), after: value(after) };
  }
  return changes;
}
