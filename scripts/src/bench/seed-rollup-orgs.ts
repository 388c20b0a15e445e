import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface RollupSeed {
  organizationIds: string[];
  payments: number;
}

/**
 * Fixture data for the rollup benchmark, written straight into billing's tables by a few set-based
 * statements (generate_series), not through checkout: the scenario measures the monthly invoice job,
 * and 100,000 checkouts through the graph would take the best part of an hour. The rows are what
 * invoiced checkouts leave behind: `orgs` INVOICED_MONTHLY accounts (INVOICE funding, INR), each with
 * a billing profile (every other org in Karnataka, '29', the rest in Maharashtra, '27', so both intra-
 * and inter-state GST come up), and `paymentsPerOrg` settled org-funded purchases per org, charged to
 * the invoice at random moments of the period [start, end), about 5% partly or wholly refunded.
 * The ledger and the organization/identity rows are not seeded: the rollup reads neither.
 */
export async function seedRollupOrgs(databaseUrl: string, options: { orgs: number; paymentsPerOrg: number; start: Date; end: Date }): Promise<RollupSeed> {
  const organizationIds = Array.from({ length: options.orgs }, () => randomUUID());
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('begin');
    await db.query(
      `insert into billing.billing_account (id, organization_id, mode, funding_mode, currency, organization_status)
       select gen_random_uuid(), o.id, 'INVOICED_MONTHLY', 'INVOICE', 'INR', 'ACTIVE' from unnest($1::uuid[]) as o (id)`,
      [organizationIds],
    );
    await db.query(
      `insert into billing.billing_profile (organization_id, display_name, state_code, country, timezone)
       select o.id, 'Bench Invoiced Org ' || o.n, case when o.n % 2 = 0 then '29' else '27' end, 'IN', 'Asia/Kolkata'
         from unnest($1::uuid[]) with ordinality as o (id, n)`,
      [organizationIds],
    );
    // random() in the inner select list is drawn per row; created_at stays a second clear of the period's end
    const inserted = await db.query(
      `insert into billing.payment (id, purpose, kind, reference, payer_kind, payer_user_id, organization_id, funding, payee_id,
         amount_minor, list_amount_minor, refunded_minor, currency, status, settled_at, created_at, updated_at)
       select gen_random_uuid(), 'PURCHASE', 'CONSULTATION', 'bench-' || s.n || '-' || s.i, 'ORGANIZATION', gen_random_uuid(), s.org, 'INVOICE', 'bench-expert',
              s.amount, s.amount, case when s.refund_draw < 0.05 then 1 + floor(random() * s.amount)::bigint else 0 end, 'INR', 'SUCCEEDED',
              s.created_at + interval '1 second', s.created_at, s.created_at + interval '1 second'
         from (select o.id as org, o.n, i,
                      100 + floor(random() * 499901)::bigint as amount,
                      random() as refund_draw,
                      $3::timestamptz + random() * ($4::timestamptz - $3::timestamptz - interval '1 second') as created_at
                 from unnest($1::uuid[]) with ordinality as o (id, n)
                cross join generate_series(1, $2::int) as i) as s`,
      [organizationIds, options.paymentsPerOrg, options.start, options.end],
    );
    await db.query('commit');
    // a production table has statistics (autovacuum keeps them); a freshly filled one would not yet
    await db.query('analyze billing.billing_account, billing.billing_profile, billing.payment');
    return { organizationIds, payments: inserted.rowCount ?? 0 };
  } catch (error) {
    await db.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
