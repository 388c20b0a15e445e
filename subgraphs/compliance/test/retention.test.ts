import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '@guildhall/kernel';
import { compliance, pruneAuditLog, retentionCutoff } from '@guildhall/compliance';
import { startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';
import { AUDIT_CATEGORIES, RETENTION_YEARS, type AuditCategory } from '../src/domain/audit-catalog.js';

let system: RunningSystem;
let db: pg.Pool;
let orm: MikroORM;
beforeAll(async () => {
  system = await startSystem();
  db = new pg.Pool({ connectionString: system.databaseUrl, max: 3 });
  orm = await createOrm({ schema: 'compliance', databaseUrl: system.databaseUrl, entities: compliance.entities, migrations: compliance.migrations, poolMax: 2 });
  // the worker runs the daily job once at start; let that run finish before seeding old rows
  await waitUntil(async () => (await db.query(`select 1 from public.agenda_jobs where name = 'compliance:prune-audit-log' and last_finished_at is not null`)).rowCount === 1, 20_000, 'the first scheduled prune');
}, 120_000);
afterAll(async () => {
  await orm?.close();
  await db?.end();
  await system?.stop();
});

async function seed(organizationId: string | null, category: AuditCategory, occurredAt: Date, label: string) {
  const id = randomUUID();
  await db.query(
    `insert into compliance.audit_entry (id, organization_id, category, action, actor_kind, actor_id, target_type, target_id, event_id, event_type, metadata, occurred_at)
     values ($1, $2, $3, 'SEEDED', 'system', null, 'THING', $4, $5, 'test.seeded', '{}', $6)`,
    [id, organizationId, category, label, randomUUID(), occurredAt.toISOString()],
  );
  return id;
}
const exists = async (id: string) => (await db.query('select 1 from compliance.audit_entry where id = $1', [id])).rowCount === 1;
const prunedEntries = async () =>
  (await db.query(`select organization_id, category, actor_kind, actor_id, metadata from compliance.audit_entry where action = 'AUDIT_PRUNED' order by organization_id nulls first`)).rows;

describe('audit log retention', () => {
  it('computes each cutoff by the UTC calendar: 7 years for money and consent, 2 for the rest', () => {
    const now = new Date('2026-11-30T10:00:00.000Z');
    expect(retentionCutoff('INVOICE', now).toISOString()).toBe('2019-11-30T10:00:00.000Z');
    expect(retentionCutoff('CONSENT', now).toISOString()).toBe('2019-11-30T10:00:00.000Z');
    expect(retentionCutoff('MEMBER', now).toISOString()).toBe('2024-11-30T10:00:00.000Z');
    expect(AUDIT_CATEGORIES.filter((c) => RETENTION_YEARS[c] === 7)).toEqual(['INVOICE', 'PAYOUT', 'WALLET', 'CONTRACT', 'CONSENT']);
  });

  it('deletes what is past each category’s retention, keeps the boundary, and writes one AUDIT_PRUNED per org', async () => {
    const now = new Date();
    const orgA = randomUUID();
    const orgB = randomUUID();
    const gone: string[] = [];
    const kept: string[] = [];
    for (const category of AUDIT_CATEGORIES) {
      const cutoff = retentionCutoff(category, now);
      gone.push(await seed(orgA, category, new Date(cutoff.getTime() - 1_000), 'a-expired'));
      kept.push(await seed(orgA, category, cutoff, 'a-boundary')); // exactly at the cutoff: not older, kept
      kept.push(await seed(orgA, category, new Date(cutoff.getTime() + 3_600_000), 'a-recent'));
    }
    // org B: an expired MEMBER row (2 years) and a WALLET row older than 2 years but within 7
    gone.push(await seed(orgB, 'MEMBER', new Date(retentionCutoff('MEMBER', now).getTime() - 86_400_000), 'b-expired'));
    kept.push(await seed(orgB, 'WALLET', new Date(retentionCutoff('MEMBER', now).getTime() - 86_400_000), 'b-wallet'));
    // platform-level entries (no org)
    gone.push(await seed(null, 'SYSTEM', new Date(retentionCutoff('SYSTEM', now).getTime() - 1_000), 'p-expired'));
    gone.push(await seed(null, 'PAYOUT', new Date(retentionCutoff('PAYOUT', now).getTime() - 1_000), 'p-payout'));

    const summaries = await pruneAuditLog(orm.em.fork(), now);
    for (const id of gone) expect(await exists(id)).toBe(false);
    for (const id of kept) expect(await exists(id)).toBe(true);
    const byOrg = new Map(summaries.map((s) => [s.organizationId, s.deleted]));
    expect(byOrg.size).toBe(3);
    expect(byOrg.get(orgA)).toEqual(Object.fromEntries(AUDIT_CATEGORIES.map((c) => [c, 1])));
    expect(byOrg.get(orgB)).toEqual({ MEMBER: 1 });
    expect(byOrg.get(null)).toEqual({ SYSTEM: 1, PAYOUT: 1 });

    // the audit consumer turns each summary into one SYSTEM entry, by the system, with the counts
    await waitUntil(async () => (await prunedEntries()).length === 3, 15_000, 'three AUDIT_PRUNED entries');
    const entries = await prunedEntries();
    const forA = entries.find((e) => e.organization_id === orgA);
    expect(forA).toMatchObject({ category: 'SYSTEM', actor_kind: 'service', actor_id: 'compliance' });
    expect(forA.metadata.deleted).toEqual(Object.fromEntries(AUDIT_CATEGORIES.map((c) => [c, 1])));
    expect(forA.metadata.olderThan['INVOICE']).toBe(retentionCutoff('INVOICE', now).toISOString());
    expect(entries.find((e) => e.organization_id === orgB).metadata.deleted).toEqual({ MEMBER: 1 });
    expect(entries.find((e) => e.organization_id === null).metadata.deleted).toEqual({ SYSTEM: 1, PAYOUT: 1 });

    // a second run finds nothing to delete and records nothing
    expect(await pruneAuditLog(orm.em.fork(), now)).toEqual([]);
    await new Promise((r) => setTimeout(r, 500));
    expect(await prunedEntries()).toHaveLength(3);
  });

  it('lets nothing but the pruning job delete or rewrite entries', async () => {
    const id = await seed(randomUUID(), 'MEMBER', new Date(), 'guarded');
    await expect(db.query('delete from compliance.audit_entry where id = $1', [id])).rejects.toThrow(/deleted only by retention pruning/);
    await expect(db.query(`update compliance.audit_entry set action = 'FORGED' where id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(db.query('truncate compliance.audit_entry')).rejects.toThrow(/deleted only by retention pruning/);
    // the setting is transaction-local: it does not outlive the job's transaction
    const client = await db.connect();
    try {
      await client.query('begin');
      await client.query(`set local compliance.pruning = 'on'`);
      await client.query('commit');
      await expect(client.query('delete from compliance.audit_entry where id = $1', [id])).rejects.toThrow(/deleted only by retention pruning/);
    } finally {
      client.release();
    }
    expect(await exists(id)).toBe(true);
  });

  it('is scheduled daily as compliance:prune-audit-log', async () => {
    const [job] = (await db.query(`select repeat_interval from public.agenda_jobs where name = 'compliance:prune-audit-log'`)).rows;
    expect(job.repeat_interval).toBe('1 day');
  });
});
