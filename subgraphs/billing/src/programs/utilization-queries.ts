import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reads of the usage counters checkout keeps (one row per program and cycle, and per member and
 * cycle). A missing row is a cycle nobody has used yet: zeros.
 */
export interface UsageTotals {
  engagements: number;
  coveredMinor: number;
  overageMinor: number;
}
export interface MemberUsage extends UsageTotals {
  userId: string;
}

const ZERO: UsageTotals = { engagements: 0, coveredMinor: 0, overageMinor: 0 };
type RawUsage = { engagements: number; covered_minor: string; overage_minor: string };
// bigint columns come back from the driver as text
const totals = (r: RawUsage): UsageTotals => ({ engagements: Number(r.engagements), coveredMinor: Number(r.covered_minor), overageMinor: Number(r.overage_minor) });

export async function programUsage(em: EntityManager, programId: string, periodStart: string): Promise<UsageTotals> {
  const [row] = await em.execute<RawUsage[]>(`select engagements, covered_minor, overage_minor from "billing"."program_usage" where program_id = ? and period_start = ?`, [programId, periodStart]);
  return row ? totals(row) : ZERO;
}

/**
 * Each member's use of a program in a cycle: whoever used it then (assigned now or not), and every
 * member assigned now, at zero when they have not used it. Heaviest users first.
 */
export async function memberUsages(em: EntityManager, programId: string, periodStart: string): Promise<MemberUsage[]> {
  const rows = await em.execute<(RawUsage & { user_id: string })[]>(
    `select coalesce(u.user_id, a.user_id) as user_id, coalesce(u.engagements, 0) as engagements,
            coalesce(u.covered_minor, 0) as covered_minor, coalesce(u.overage_minor, 0) as overage_minor
       from (select user_id, engagements, covered_minor, overage_minor from "billing"."program_member_usage" where program_id = ? and period_start = ?) u
       full join (select user_id from "billing"."program_assignment" where program_id = ? and status = 'ACTIVE') a on a.user_id = u.user_id
      order by 2 desc, 3 desc, 1`,
    [programId, periodStart, programId],
  );
  return rows.map((r) => ({ userId: r.user_id, ...totals(r) }));
}

export interface UsageKey {
  programId: string;
  periodStart: string;
}

/** One person's use of several programs, each in its own cycle, and the programs' totals: two queries. */
export async function usageOfMember(em: EntityManager, userId: string, keys: UsageKey[]): Promise<{ own: (key: UsageKey) => UsageTotals; program: (key: UsageKey) => UsageTotals }> {
  const id = (k: UsageKey) => `${k.programId}/${k.periodStart}`;
  if (!keys.length) return { own: () => ZERO, program: () => ZERO };
  const pairs = keys.map(() => '(?::uuid, ?::date)').join(', ');
  const params = keys.flatMap((k) => [k.programId, k.periodStart]);
  type Keyed = RawUsage & { program_id: string; period_start: string };
  const select = (table: string, extra: string, extraParams: unknown[]) =>
    em.execute<Keyed[]>(
      `select program_id, to_char(period_start, 'YYYY-MM-DD') as period_start, engagements, covered_minor, overage_minor from "billing"."${table}"
        where (program_id, period_start) in (${pairs})${extra}`,
      [...params, ...extraParams],
    );
  const index = (rows: Keyed[]) => new Map(rows.map((r) => [`${r.program_id}/${r.period_start}`, totals(r)]));
  const own = index(await select('program_member_usage', ' and user_id = ?', [userId]));
  const program = index(await select('program_usage', '', []));
  return { own: (k) => own.get(id(k)) ?? ZERO, program: (k) => program.get(id(k)) ?? ZERO };
}
