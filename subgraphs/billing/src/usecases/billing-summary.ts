import type { EntityManager } from '@mikro-orm/postgresql';
import { netMinorSql, orgFundedPurchaseSql } from '../domain/billable-org-payment.js';
import { wallet } from '../domain/ledger.js';
import { unbilledNetMinor } from './billable-queries.js';
import { balanceOf } from './ledger-posting.js';

export interface SpendRow {
  key: string;
  grossMinor: number;
  refundsMinor: number;
  netMinor: number;
  count: number;
}

export interface SummaryFacts {
  total: SpendRow;
  byMember: SpendRow[];
  byMonth: SpendRow[];
  unbilledMinor: number;
  creditsMinor: number;
}

/** Spend through the org's funds in [from, to), grouped in one pass by member and by month. */
export async function billingSummary(em: EntityManager, organizationId: string, currency: string, from: Date, to: Date): Promise<SummaryFacts> {
  const rows = await em.execute<{ member: string | null; month: string | null; gross: string; refunds: string; net: string; count: string }[]>(
    `with spend as (
       select p.payer_user_id::text as member, to_char(date_trunc('month', p.created_at at time zone 'UTC'), 'YYYY-MM') as month,
              p.amount_minor, p.refunded_minor, ${netMinorSql()} as net_minor
         from "billing"."payment" p
        where p.organization_id = ? and p.currency = ? and p.created_at >= ? and p.created_at < ? and ${orgFundedPurchaseSql()})
     select member, month, sum(amount_minor) as gross, sum(refunded_minor) as refunds, sum(net_minor) as net, count(*) as count
       from spend group by grouping sets ((member), (month), ())`,
    [organizationId, currency, from, to],
  );
  const line = (key: string, r: { gross: string; refunds: string; net: string; count: string }): SpendRow => ({
    key,
    grossMinor: Number(r.gross),
    refundsMinor: Number(r.refunds),
    netMinor: Number(r.net),
    count: Number(r.count),
  });
  const total = rows.find((r) => r.member === null && r.month === null);
  return {
    total: total ? line('total', total) : { key: 'total', grossMinor: 0, refundsMinor: 0, netMinor: 0, count: 0 },
    byMember: rows.filter((r) => r.member !== null).map((r) => line(r.member!, r)),
    byMonth: rows.filter((r) => r.month !== null && r.member === null).map((r) => line(r.month!, r)).sort((a, b) => a.key.localeCompare(b.key)),
    unbilledMinor: await unbilledNetMinor(em, organizationId, currency),
    creditsMinor: await balanceOf(em, wallet(organizationId, currency)),
  };
}
