import { billing, closeMonths } from '@guildhall/billing';
import { createLogger, createOrm, parseConfig, sqlStatements, subgraphServices, type SubgraphServices } from '@guildhall/kernel';
import { workerConfigSchema } from '@guildhall/worker';
import pg from 'pg';
import type { BenchStack } from './bench-stack.js';
import { seedRollupOrgs } from './seed-rollup-orgs.js';

const IST_OFFSET_MS = 5.5 * 3_600_000; // Asia/Kolkata has no DST

/** The calendar month before the one containing `at`, in IST: what the monthly job closes at `at`. */
function previousIstMonth(at: Date): { start: Date; end: Date; label: string } {
  const ist = new Date(at.getTime() + IST_OFFSET_MS);
  const start = new Date(Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth() - 1, 1) - IST_OFFSET_MS);
  const end = new Date(Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth(), 1) - IST_OFFSET_MS);
  return { start, end, label: new Date(start.getTime() + IST_OFFSET_MS).toISOString().slice(0, 7) };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/**
 * Scenario 5: the monthly invoice job (`closeMonths`, what the worker runs hourly) over `orgs`
 * INVOICED_MONTHLY orgs with `paymentsPerOrg` unbilled invoice charges each from last month. It runs
 * in the bench process against the bench database, with billing's services built from the services'
 * environment, and prints seconds, invoices, lines, payments stamped, throughput and the bench
 * process's peak RSS (PostgreSQL's memory is not measured). Then it checks every invoice against the
 * payments and fails when anything is off.
 */
export async function runRollupScenario(bench: BenchStack, options: { orgs: number; paymentsPerOrg: number }): Promise<void> {
  const databaseUrl = bench.stack.databaseUrl;
  const now = new Date(); // any moment of this month: last month is the closed period
  const period = previousIstMonth(now);
  const seedStarted = performance.now();
  const seed = await seedRollupOrgs(databaseUrl, { ...options, start: period.start, end: period.end });
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  // the services a job gets in the worker: the worker's config read from the services' environment
  const services = subgraphServices(parseConfig(workerConfigSchema, bench.serviceEnv), createLogger('bench', 'warn'));
  const orm = await createOrm({ schema: 'billing', databaseUrl, entities: billing.entities, migrations: billing.migrations, poolMax: 2 });
  let issued: string[];
  let seconds: number;
  let statements: number;
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sample = () => void (rssPeak = Math.max(rssPeak, process.memoryUsage().rss));
  try {
    const sampler = setInterval(sample, 50);
    const statementsBefore = sqlStatements.total;
    const started = performance.now();
    try {
      issued = await closeMonths(orm.em.fork(), services, now);
    } finally {
      seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      sample();
    }
    statements = sqlStatements.total - statementsBefore;
  } finally {
    await orm.close();
    await services.mailer.close();
  }
  const maxRss = process.resourceUsage().maxRSS * 1024; // KiB; the process's high-water mark so far

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [counts] = (
      await db.query<{ stamped: number; unstamped: number; lines: number }>(
        `select (select count(*)::int from billing.payment where organization_id = any($1::uuid[]) and invoice_id is not null) as stamped,
                (select count(*)::int from billing.payment where organization_id = any($1::uuid[]) and invoice_id is null) as unstamped,
                (select count(*)::int from billing.invoice_line l join billing.invoice i on i.id = l.invoice_id where i.organization_id = any($1::uuid[])) as lines`,
        [seed.organizationIds],
      )
    ).rows;
    process.stdout.write(
      [
        `\n5. monthly invoice rollup (closeMonths in the bench process): ${seed.payments} payments across ${options.orgs} orgs, period ${period.label} (IST)`,
        `  seeded in        ${seedSeconds.toFixed(1)} s (set-based SQL, not timed below)`,
        `  rollup           ${seconds.toFixed(2)} s   (${(seconds / options.orgs * 1000).toFixed(0)} ms per org, ${(statements / options.orgs).toFixed(1)} SQL statements per org)`,
        `  invoices issued  ${issued.length}`,
        `  lines written    ${counts!.lines}`,
        `  payments stamped ${counts!.stamped}`,
        `  throughput       ${(counts!.stamped / seconds).toFixed(0)} payments/s`,
        `  peak RSS         ${mib(rssPeak)} sampled every 50 ms during the rollup (${mib(rssBefore)} before it); process maxRSS ${mib(maxRss)}; PostgreSQL's memory not measured`,
        '',
      ].join('\n'),
    );
    const problems = [...(await checkInvoices(db, seed.organizationIds, options.paymentsPerOrg, services)), ...(counts!.unstamped ? [`${counts!.unstamped} seeded payments have no invoice`] : [])];
    if (issued.length !== options.orgs) problems.push(`closeMonths issued ${issued.length} invoices, not ${options.orgs}`);
    if (problems.length) {
      process.stdout.write(`  checks FAILED:\n${problems.slice(0, 20).map((p) => `    ${p}`).join('\n')}${problems.length > 20 ? `\n    … and ${problems.length - 20} more` : ''}\n`);
      throw new Error(`rollup scenario failed: ${problems.length} checks failed`);
    }
    process.stdout.write('  checks ok\n');
  } finally {
    await db.end();
  }
}

interface InvoiceFacts {
  id: string;
  number: string | null;
  fiscal_year: string | null;
  status: string;
  supply_type: string;
  state_code: string;
  taxable_minor: string;
  cgst_minor: string;
  sgst_minor: string;
  igst_minor: string;
  total_minor: string;
  payments: string;
  net: string;
  billable: string;
  half_tax: string;
  full_tax: string;
  lines: string;
  line_taxable: string;
}

/**
 * Every invoice against its payments, recomputed in SQL independently of the code under test: one
 * ISSUED invoice per org, numbered 1..orgs without gaps in one fiscal year; its taxable value is the sum
 * of its payments' net (amount less refunds) and its lines are its payments with something left; GST
 * per line is rounded half up, CGST = SGST (each half the rate) when the buyer is in the supplier's
 * state, IGST otherwise.
 */
async function checkInvoices(db: pg.Client, organizationIds: string[], paymentsPerOrg: number, services: SubgraphServices): Promise<string[]> {
  const { rateBps, supplier, prefix } = services.invoicing;
  const { rows } = await db.query<InvoiceFacts>(
    `select i.id, i.number, i.fiscal_year, i.status, i.supply_type, trim(bp.state_code) as state_code,
            i.taxable_minor, i.cgst_minor, i.sgst_minor, i.igst_minor, i.total_minor,
            p.payments, p.net, p.billable, p.half_tax, p.full_tax, coalesce(l.lines, 0) as lines, coalesce(l.line_taxable, 0) as line_taxable
       from billing.invoice i
       join billing.billing_profile bp on bp.organization_id = i.organization_id
       left join lateral (
         select count(*) as payments, coalesce(sum(q.net), 0) as net, count(*) filter (where q.net > 0) as billable,
                coalesce(sum(floor((q.net * $2::numeric / 2 + 5000) / 10000)) filter (where q.net > 0), 0) as half_tax,
                coalesce(sum(floor((q.net * $2::numeric + 5000) / 10000)) filter (where q.net > 0), 0) as full_tax
           from (select (x.amount_minor - x.refunded_minor)::numeric as net from billing.payment x where x.invoice_id = i.id) as q) as p on true
       left join lateral (
         select count(*) as lines, sum(y.taxable_minor) as line_taxable from billing.invoice_line y where y.invoice_id = i.id) as l on true
      where i.organization_id = any($1::uuid[])`,
    [organizationIds, rateBps],
  );
  const problems: string[] = [];
  if (rows.length !== organizationIds.length) problems.push(`${rows.length} invoices for ${organizationIds.length} orgs`);
  for (const r of rows) {
    const n = (v: string) => BigInt(v);
    const at = `invoice ${r.number ?? r.id}`;
    if (r.status !== 'ISSUED') problems.push(`${at} is ${r.status}`);
    if (Number(r.payments) !== paymentsPerOrg) problems.push(`${at} has ${r.payments} payments, not ${paymentsPerOrg}`);
    if (n(r.taxable_minor) !== n(r.net)) problems.push(`${at}: taxable ${r.taxable_minor} ≠ its payments' net ${r.net}`);
    if (n(r.lines) !== n(r.billable) || n(r.line_taxable) !== n(r.net)) problems.push(`${at}: ${r.lines} lines for ${r.billable} payments with a net, lines' taxable ${r.line_taxable}`);
    const intra = r.state_code === supplier.stateCode;
    const expected = intra ? { supply: 'INTRA_STATE', cgst: n(r.half_tax), igst: 0n } : { supply: 'INTER_STATE', cgst: 0n, igst: n(r.full_tax) };
    if (r.supply_type !== expected.supply) problems.push(`${at}: ${r.supply_type} for a buyer in state ${r.state_code} (supplier ${supplier.stateCode})`);
    if (n(r.cgst_minor) !== expected.cgst || n(r.sgst_minor) !== expected.cgst || n(r.igst_minor) !== expected.igst) {
      problems.push(`${at}: CGST ${r.cgst_minor} SGST ${r.sgst_minor} IGST ${r.igst_minor}, expected ${expected.cgst}/${expected.cgst}/${expected.igst}`);
    }
    if (n(r.total_minor) !== n(r.taxable_minor) + n(r.cgst_minor) + n(r.sgst_minor) + n(r.igst_minor)) problems.push(`${at}: total ${r.total_minor} is not taxable + tax`);
  }
  if (!rows.length) return problems;
  const years = [...new Set(rows.map((r) => r.fiscal_year))];
  if (years.length !== 1) problems.push(`the invoices are of fiscal years ${years.join(', ')}, not one`);
  const sequences = rows.map((r) => Number(r.number?.slice(r.number.lastIndexOf('/') + 1))).sort((a, b) => a - b);
  const gapless = sequences.every((s, i) => s === i + 1);
  if (!gapless) problems.push(`invoice numbers are not 1..${rows.length}: ${sequences.slice(0, 5).join(', ')}…`);
  const counter = await db.query<{ last_value: number }>(`select last_value from billing.document_counter where supplier = $1 and series = 'INVOICE' and fiscal_year = $2`, [prefix, years[0]]);
  if (counter.rows[0]?.last_value !== rows.length) problems.push(`the ${years[0]} invoice counter is at ${counter.rows[0]?.last_value}, not ${rows.length}`);
  return problems;
}
