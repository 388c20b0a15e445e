import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '@guildhall/kernel';

export interface LedgerFinding {
  check: 'unbalanced-transaction' | 'balance-drift' | 'refund-drift' | 'invoice-drift' | 'usage-drift' | 'unsafe-amount';
  subject: string;
  organizationId: string | null;
  detail: string;
}

const DEBIT_NORMAL_SQL = `a.kind in ('CASH', 'ORG_RECEIVABLE', 'PLATFORM_PROMO')`;

/**
 * The ledger's invariants, checked from the entries up: every transaction balances per currency;
 * every cached balance equals its entries; every payment's refunded amount equals its refunds; every
 * invoice's paid and credited amounts equal its payments and credit notes; every program and
 * contract counter (what gates the next booking) equals the bookings it counted.
 */
export async function findLedgerFindings(em: EntityManager): Promise<LedgerFinding[]> {
  const unbalanced = await em.execute<{ id: string; organization_id: string | null; currency: string; net: string }[]>(
    `select t.id, t.organization_id, a.currency, sum(case when e.side = 'DEBIT' then e.amount_minor else -e.amount_minor end) as net
       from "billing"."ledger_transaction" t
       join "billing"."ledger_entry" e on e.transaction_id = t.id
       join "billing"."ledger_account" a on a.id = e.account_id
      group by t.id, t.organization_id, a.currency
     having sum(case when e.side = 'DEBIT' then e.amount_minor else -e.amount_minor end) <> 0`,
  );
  const drift = await em.execute<{ id: string; kind: string; owner_id: string; balance_minor: string; derived: string }[]>(
    `select a.id, a.kind, a.owner_id, a.balance_minor,
            coalesce(sum(case when (e.side = 'DEBIT') = (${DEBIT_NORMAL_SQL}) then e.amount_minor else -e.amount_minor end), 0) as derived
       from "billing"."ledger_account" a left join "billing"."ledger_entry" e on e.account_id = a.id
      where a.owner_id is not null
      group by a.id
     having a.balance_minor <> coalesce(sum(case when (e.side = 'DEBIT') = (${DEBIT_NORMAL_SQL}) then e.amount_minor else -e.amount_minor end), 0)`,
  );
  const refunds = await em.execute<{ id: string; organization_id: string | null; refunded_minor: string; refunds: string }[]>(
    `select p.id, p.organization_id, p.refunded_minor, coalesce(sum(r.amount_minor) filter (where r.status <> 'FAILED'), 0) as refunds
       from "billing"."payment" p left join "billing"."refund" r on r.payment_id = p.id
      group by p.id
     having p.refunded_minor <> coalesce(sum(r.amount_minor) filter (where r.status <> 'FAILED'), 0)`,
  );
  // an invoice's paid and credited amounts are kept on it; they must equal its payments and credit notes
  const invoices = await em.execute<{ id: string; organization_id: string; paid_minor: string; paid: string; credited_minor: string; credited: string }[]>(
    `select i.id, i.organization_id, i.paid_minor, i.credited_minor,
            coalesce((select sum(p.amount_minor) from "billing"."payment" p where p.pays_invoice_id = i.id and p.settled_at is not null), 0) as paid,
            coalesce((select sum(n.total_minor) from "billing"."credit_note" n where n.invoice_id = i.id and n.settlement = 'REDUCES_DUE'), 0) as credited
       from "billing"."invoice" i where i.status <> 'DRAFT'`,
  );
  const usage = await em.execute<{ subject: string; organization_id: string; detail: string }[]>(USAGE_DRIFT_SQL);
  const unsafe = await em.execute<{ id: string }[]>(`select id::text from "billing"."ledger_account" where abs(balance_minor) > 9007199254740991`);
  return [
    ...unbalanced.map((r) => ({ check: 'unbalanced-transaction' as const, subject: r.id, organizationId: r.organization_id, detail: `off by ${r.net} ${r.currency.trim()}` })),
    ...drift.map((r) => ({
      check: 'balance-drift' as const,
      subject: r.id,
      organizationId: r.kind === 'WALLET' || r.kind === 'ORG_RECEIVABLE' || r.kind === 'ORG_PAYABLE' ? r.owner_id : null,
      detail: `${r.kind} holds ${r.balance_minor}, its entries say ${r.derived}`,
    })),
    ...refunds.map((r) => ({ check: 'refund-drift' as const, subject: r.id, organizationId: r.organization_id, detail: `payment says ${r.refunded_minor} refunded, its refunds say ${r.refunds}` })),
    ...invoices
      .filter((r) => Number(r.paid_minor) !== Number(r.paid) || Number(r.credited_minor) !== Number(r.credited))
      .map((r) => ({ check: 'invoice-drift' as const, subject: r.id, organizationId: r.organization_id, detail: `invoice says paid ${r.paid_minor} and credited ${r.credited_minor}; its payments say ${r.paid}, its credit notes ${r.credited}` })),
    ...usage.map((r) => ({ check: 'usage-drift' as const, subject: r.subject, organizationId: r.organization_id, detail: r.detail })),
    ...unsafe.map((r) => ({ check: 'unsafe-amount' as const, subject: r.id, organizationId: null, detail: 'balance beyond the safe-integer range' })),
  ];
}

// what each counter should hold, from the bookings it counted (released ones gave theirs back)
const COUNTED = `select u.program_id, u.period_start, u.user_id,
    count(*) filter (where u.outcome = 'COVERED') as engagements,
    coalesce(sum(u.covered_minor), 0) as covered,
    coalesce(sum(u.overage_minor) filter (where u.outcome = 'OVERAGE_ORG'), 0) as overage
  from "billing"."program_utilization" u where u.released_at is null group by grouping sets ((u.program_id, u.period_start), (u.program_id, u.period_start, u.user_id))`;
const USAGE_DRIFT_SQL = `
  with counted as (${COUNTED}),
  counters as (
    select program_id, period_start, null::uuid as user_id, engagements, covered_minor, overage_minor from "billing"."program_usage"
    union all select program_id, period_start, user_id, engagements, covered_minor, overage_minor from "billing"."program_member_usage")
  select k.program_id || ' ' || k.period_start || coalesce(' ' || k.user_id, '') as subject, p.organization_id,
         'counts ' || k.engagements || ' engagements, ' || k.covered_minor || ' covered, ' || k.overage_minor || ' overage; its bookings say '
           || coalesce(c.engagements, 0) || ', ' || coalesce(c.covered, 0) || ', ' || coalesce(c.overage, 0) as detail
    from counters k join "billing"."program" p on p.id = k.program_id
    left join counted c on c.program_id = k.program_id and c.period_start = k.period_start and c.user_id is not distinct from k.user_id
   where (k.engagements, k.covered_minor, k.overage_minor) is distinct from (coalesce(c.engagements, 0), coalesce(c.covered, 0), coalesce(c.overage, 0))
  union all
  select s.contract_id || ' ' || s.month_start, c.sponsor_organization_id, 'counts ' || s.spent_minor || ' spent; its bookings say ' || coalesce(sum(p.amount_minor - p.refunded_minor), 0)
    from "billing"."contract_spend" s join "billing"."contract" c on c.id = s.contract_id
    left join "billing"."payment" p on p.contract_id = s.contract_id and p.contract_month = to_char(s.month_start, 'YYYY-MM-DD')
   group by s.contract_id, s.month_start, s.spent_minor, c.sponsor_organization_id
  having s.spent_minor <> coalesce(sum(p.amount_minor - p.refunded_minor), 0)`;

/**
 * The scheduled check. A finding is reported once per run as an event (audited); a drifted org
 * account freezes that org's spending until someone looks, as the seed's reconciler did.
 */
export async function checkLedger(em: EntityManager): Promise<LedgerFinding[]> {
  const findings = await findLedgerFindings(em);
  if (!findings.length) return findings;
  await em.transactional(async (tx) => {
    const byOrg = new Map<string | null, LedgerFinding[]>();
    for (const f of findings) byOrg.set(f.organizationId, [...(byOrg.get(f.organizationId) ?? []), f]);
    for (const [organizationId, list] of byOrg) {
      if (organizationId) {
        await tx.execute(`update "billing"."billing_account" set status = 'FROZEN', frozen_reason = 'the ledger check found a discrepancy', updated_at = now() where organization_id = ? and status = 'ACTIVE'`, [organizationId]);
      }
      recordEvent(tx, { principal: { kind: 'service', service: 'billing' }, origin: null }, {
        type: 'billing.ledger.drift-detected',
        organizationId,
        aggregateId: organizationId ?? 'platform',
        payload: { organizationId, findings: list.map((f) => `${f.check} ${f.subject}: ${f.detail}`) },
      });
    }
    await tx.flush();
  });
  return findings;
}
