import { exportSectionConsumer, selectRows } from '@guildhall/kernel';

/** Payouts' part of an org's data export: its payout account (masked), its balance entries and payouts as a payee. */
export const exportPayoutsSection = exportSectionConsumer('payouts', async (em, org) => {
  const rows = (sql: string) => selectRows(em, sql, [org]);
  return {
    payoutAccounts: await rows(`select id, provider, status, masked_destination, currency, created_at, updated_at from "payouts"."payout_account" where payee_kind = 'ORGANIZATION' and payee_id = ? order by created_at`),
    entries: await rows(`select id, kind, payment_id, refund_id, amount_minor, currency, status, release_at, payout_id, created_at from "payouts"."payee_entry" where payee_kind = 'ORGANIZATION' and payee_id = ? order by created_at`),
    payouts: await rows(`select id, batch_id, provider, currency, gross_minor, tds_section, tds_rate_bps, tds_minor, net_minor, status, failure_reason, created_at, submitted_at, completed_at from "payouts"."payout" where payee_kind = 'ORGANIZATION' and payee_id = ? order by created_at`),
  };
});
