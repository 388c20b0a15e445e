import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { ProgramTerms, StoredProgramStatus } from '../domain/program.js';

export interface ProgramRow extends ProgramTerms {
  id: string;
  organizationId: string;
  name: string;
  description: string | null;
  status: StoredProgramStatus;
  /** YYYY-MM-DD, inclusive. */
  startsOn: string;
  endsOn: string | null;
  termsLockedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export const PROGRAM = '"billing"."program"';
// dates as text: a calendar date must not pass through a time zone
export const PROGRAM_COLUMNS = `id, organization_id, name, description, type, status, cycle, currency, engagements_per_cycle, price_cap_minor, budget_minor,
  overage, overage_surcharge_bps, overage_limit_minor, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on,
  terms_locked_at, created_by, created_at, updated_at`;

export type RawProgram = Omit<ProgramRow, 'priceCapMinor' | 'budgetMinor' | 'overageLimitMinor'> & { priceCapMinor: string | null; budgetMinor: string | null; overageLimitMinor: string | null };
const orNull = (value: string | number | null) => (value === null ? null : Number(value));

// bigint columns come back from the driver as text, char(3) padded
export const toProgramRow = (raw: RawProgram): ProgramRow => ({
  ...raw,
  currency: raw.currency.trim(),
  priceCapMinor: orNull(raw.priceCapMinor),
  budgetMinor: orNull(raw.budgetMinor),
  overageLimitMinor: orNull(raw.overageLimitMinor),
});

export async function selectPrograms(em: EntityManager, where: string, params: unknown[]): Promise<ProgramRow[]> {
  return (await selectRows<RawProgram>(em, `select ${PROGRAM_COLUMNS} from ${PROGRAM} where ${where}`, params)).map(toProgramRow);
}

/** One program of an org; another org's is as unknown as a missing one. */
export async function programOf(em: EntityManager, organizationId: string, programId: string): Promise<ProgramRow | null> {
  const [row] = await selectPrograms(em, 'id = ? and organization_id = ?', [programId, organizationId]);
  return row ?? null;
}

/**
 * The program row under a lock that serializes changes to it (terms, status, the first assignment)
 * without blocking bookings, whose foreign keys only take a key-share lock.
 */
export async function lockProgram(em: EntityManager, organizationId: string, programId: string): Promise<ProgramRow | null> {
  const [row] = await selectPrograms(em, 'id = ? and organization_id = ? for no key update', [programId, organizationId]);
  return row ?? null;
}

export const termsOf = (row: ProgramTerms): ProgramTerms => ({
  type: row.type,
  cycle: row.cycle,
  currency: row.currency,
  engagementsPerCycle: row.engagementsPerCycle,
  priceCapMinor: row.priceCapMinor,
  budgetMinor: row.budgetMinor,
  overage: row.overage,
  overageSurchargeBps: row.overageSurchargeBps,
  overageLimitMinor: row.overageLimitMinor,
});
