import { exportSectionConsumer, selectRows } from '@guildhall/kernel';

const PAYMENT_COLUMNS = `id, purpose, kind, reference, payer_kind, payer_user_id, organization_id, funding, payee_id, amount_minor, list_amount_minor, refunded_minor, currency,
  status, provider, purchase_order_id, invoice_id, starts_at, settled_at, cancelled_at, created_at, host_organization_id, program_id, contract_id, contract_version, price_source,
  split_platform_minor, split_host_minor, split_expert_minor`;

/**
 * Billing's part of an org's data export: its account, payments (never provider secrets), refunds,
 * ledger transactions, invoices and credit notes (without the PDFs), purchase orders, programs and
 * assignments, rate cards and contracts it is party to.
 */
export const exportBillingSection = exportSectionConsumer('billing', async (em, org) => {
  const rows = (sql: string, params: unknown[] = [org]) => selectRows<Record<string, unknown>>(em, sql, params);
  const [account] = await rows(`select organization_id, mode, funding_mode, currency, status, credit_limit_minor, spending_roles, requires_purchase_order, created_at from "billing"."billing_account" where organization_id = ?`);
  return {
    account: account ?? null,
    payments: await rows(`select ${PAYMENT_COLUMNS} from "billing"."payment" where organization_id = ? or host_organization_id = ? order by created_at`, [org, org]),
    refunds: await rows(`select r.id, r.payment_id, r.amount_minor, r.currency, r.source, r.reason, r.status, r.adjustment, r.created_at from "billing"."refund" r join "billing"."payment" p on p.id = r.payment_id where p.organization_id = ? order by r.created_at`),
    ledgerTransactions: await rows(`select id, kind, payment_id, refund_id, memo, created_at from "billing"."ledger_transaction" where organization_id = ? order by created_at`),
    invoices: await rows(`select id, number, fiscal_year, status, period_start, period_end, currency, supply_type, place_of_supply, taxable_minor, cgst_minor, sgst_minor, igst_minor, total_minor, amount_due_minor, paid_minor, credited_minor, due_date, issued_at, paid_at, created_at from "billing"."invoice" where organization_id = ? order by created_at`),
    creditNotes: await rows(`select n.id, n.invoice_id, n.refund_id, n.number, n.taxable_minor, n.cgst_minor, n.sgst_minor, n.igst_minor, n.total_minor, n.settlement, n.issued_at from "billing"."credit_note" n join "billing"."invoice" i on i.id = n.invoice_id where i.organization_id = ? order by n.issued_at`),
    purchaseOrders: await rows(`select id, number, amount_minor, remaining_minor, currency, valid_from, valid_until, status, created_by, created_at from "billing"."purchase_order" where organization_id = ? order by created_at`),
    programs: await rows(`select * from "billing"."program" where organization_id = ? order by created_at`),
    programAssignments: await rows(`select id, program_id, user_id, status, starts_on, ends_on, assigned_by, revoked_reason, revoked_at, created_at from "billing"."program_assignment" where organization_id = ? order by created_at`),
    rateCards: await rows(`select c.id, c.name, c.currency, c.is_default, c.archived_at, c.created_at, coalesce(json_agg(p.* order by p.effective_from) filter (where p.id is not null), '[]') as prices
      from "billing"."rate_card" c left join "billing"."rate_card_price" p on p.rate_card_id = c.id where c.organization_id = ? group by c.id order by c.created_at`),
    contracts: await rows(`select c.id, c.title, c.status, c.sponsor_organization_id, c.host_organization_id, c.accepted_version, c.created_at,
        (select json_agg(v.* order by v.version) from "billing"."contract_version" v where v.contract_id = c.id) as versions
      from "billing"."contract" c where c.sponsor_organization_id = ? or c.host_organization_id = ? order by c.created_at`, [org, org]),
  };
});
