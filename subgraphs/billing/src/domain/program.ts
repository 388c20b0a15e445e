import { applyBps, isCurrency, isPositiveMinor, userError, type UserErrorValue } from '@guildhall/kernel';
import type { BillingMode } from './billing-modes.js';

/**
 * Programs: how a sponsor org lets its members book at the org's expense. A LICENSED_SEAT program
 * covers a number of engagements per member per cycle; a CREDIT_POOL covers bookings until the
 * cycle's budget is spent. PROJECT, RETAINER and RESELLER are reserved names, refused for now.
 */
export const PROGRAM_TYPES = ['LICENSED_SEAT', 'CREDIT_POOL', 'PROJECT', 'RETAINER', 'RESELLER'] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];
export const AVAILABLE_PROGRAM_TYPES: readonly ProgramType[] = ['LICENSED_SEAT', 'CREDIT_POOL'];

/** Stored states; EXPIRED is derived from the end date, never stored, so it cannot drift. */
export const PROGRAM_STATUSES = ['ACTIVE', 'PAUSED', 'EXPIRED', 'CANCELLED'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export type StoredProgramStatus = Exclude<ProgramStatus, 'EXPIRED'>;

export const PROGRAM_CYCLES = ['MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type ProgramCycle = (typeof PROGRAM_CYCLES)[number];

/** What happens to a booking the program does not cover: refused, paid by the member, or charged to the org. */
export const OVERAGE_ROUTINGS = ['BLOCK', 'CHARGE_MEMBER', 'CHARGE_ORG'] as const;
export type OverageRouting = (typeof OVERAGE_ROUTINGS)[number];

export const ASSIGNMENT_STATUSES = ['ACTIVE', 'REVOKED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
/** Why an assignment ended: an operator unassigned it, the membership or the program ended, or its own end date passed. */
export const REVOKE_REASONS = ['UNASSIGNED', 'MEMBER_REMOVED', 'MEMBER_SUSPENDED', 'MEMBER_ERASED', 'PROGRAM_CANCELLED', 'ENDED'] as const;
export type RevokeReason = (typeof REVOKE_REASONS)[number];

/** How one booking used a program. */
export const UTILIZATION_OUTCOMES = ['COVERED', 'OVERAGE_ORG', 'OVERAGE_MEMBER'] as const;
export type UtilizationOutcome = (typeof UTILIZATION_OUTCOMES)[number];

/** The money terms: fixed once the first member is assigned, so nobody's entitlement changes under them. */
export interface ProgramTerms {
  type: ProgramType;
  cycle: ProgramCycle;
  currency: string;
  /** LICENSED_SEAT: engagements covered per member per cycle; null is unlimited. */
  engagementsPerCycle: number | null;
  /** LICENSED_SEAT: an engagement priced above this is not covered. */
  priceCapMinor: number | null;
  /** CREDIT_POOL: what the program covers per cycle, in minor units. */
  budgetMinor: number | null;
  overage: OverageRouting;
  /** Added to an overage booking's price, in basis points of it. */
  overageSurchargeBps: number;
  /** CHARGE_ORG: the most overage the org takes per cycle; null is no limit. */
  overageLimitMinor: number | null;
}

const f = (name: string) => ['input', name];
const positiveOrNull = (value: number | null) => value === null || isPositiveMinor(value);

export function programTermsErrors(terms: ProgramTerms): UserErrorValue[] {
  if (!(PROGRAM_TYPES as readonly string[]).includes(terms.type)) return [userError('BAD_USER_INPUT', f('type'), 'Unknown program type.')];
  if (!AVAILABLE_PROGRAM_TYPES.includes(terms.type)) {
    return [userError('PROGRAM_TYPE_NOT_AVAILABLE', f('type'), `${terms.type} programs are not available yet; use ${AVAILABLE_PROGRAM_TYPES.join(' or ')}.`)];
  }
  const errors: UserErrorValue[] = [];
  if (!PROGRAM_CYCLES.includes(terms.cycle)) errors.push(userError('BAD_USER_INPUT', f('cycle'), 'Unknown cycle.'));
  if (!isCurrency(terms.currency)) errors.push(userError('BAD_USER_INPUT', f('currency'), 'Unsupported currency.'));
  if (!OVERAGE_ROUTINGS.includes(terms.overage)) errors.push(userError('BAD_USER_INPUT', f('overage'), 'Unknown overage routing.'));
  if (!Number.isInteger(terms.overageSurchargeBps) || terms.overageSurchargeBps < 0 || terms.overageSurchargeBps > 10_000) {
    errors.push(userError('BAD_USER_INPUT', f('overageSurchargeBps'), 'The surcharge is 0 to 10,000 basis points.'));
  }
  if (!positiveOrNull(terms.overageLimitMinor)) errors.push(userError('BAD_USER_INPUT', f('overageLimitMinor'), 'The overage limit is a positive amount in minor units, or none.'));
  if (terms.overageLimitMinor !== null && terms.overage !== 'CHARGE_ORG') errors.push(userError('BAD_USER_INPUT', f('overageLimitMinor'), 'An overage limit applies only when overage is charged to the org.'));
  if (terms.type === 'LICENSED_SEAT') {
    if (terms.engagementsPerCycle !== null && !(Number.isInteger(terms.engagementsPerCycle) && terms.engagementsPerCycle > 0 && terms.engagementsPerCycle <= 10_000)) {
      errors.push(userError('BAD_USER_INPUT', f('engagementsPerCycle'), 'Engagements per member per cycle is 1 to 10,000, or none for unlimited.'));
    }
    if (!positiveOrNull(terms.priceCapMinor)) errors.push(userError('BAD_USER_INPUT', f('priceCapMinor'), 'The price cap is a positive amount in minor units, or none.'));
    if (terms.budgetMinor !== null) errors.push(userError('BAD_USER_INPUT', f('budgetMinor'), 'A licensed-seat program counts engagements; a budget belongs to a credit pool.'));
  } else {
    if (!(terms.budgetMinor !== null && isPositiveMinor(terms.budgetMinor))) errors.push(userError('BAD_USER_INPUT', f('budgetMinor'), 'A credit pool needs a positive budget per cycle.'));
    if (terms.engagementsPerCycle !== null) errors.push(userError('BAD_USER_INPUT', f('engagementsPerCycle'), 'A credit pool is metered by price, not by engagements.'));
    if (terms.priceCapMinor !== null) errors.push(userError('BAD_USER_INPUT', f('priceCapMinor'), 'A price cap applies to licensed-seat programs.'));
  }
  return errors;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** A date range of calendar days (YYYY-MM-DD, inclusive), the end optional. */
export function dateRangeErrors(startsOn: string, endsOn: string | null, field = (name: string) => f(name)): UserErrorValue[] {
  if (!isDate(startsOn)) return [userError('BAD_USER_INPUT', field('startsOn'), 'A start date is YYYY-MM-DD.')];
  if (endsOn !== null && !isDate(endsOn)) return [userError('BAD_USER_INPUT', field('endsOn'), 'An end date is YYYY-MM-DD.')];
  if (endsOn !== null && endsOn < startsOn) return [userError('BAD_USER_INPUT', field('endsOn'), 'The end date is not before the start date.')];
  return [];
}

/** A stored status as people see it: an ACTIVE or PAUSED program past its end date has EXPIRED. */
export const programStatus = (stored: StoredProgramStatus, endsOn: string | null, today: string): ProgramStatus =>
  stored !== 'CANCELLED' && endsOn !== null && endsOn < today ? 'EXPIRED' : stored;

export const isCurrentlyOn = (startsOn: string, endsOn: string | null, today: string) => startsOn <= today && (endsOn === null || today <= endsOn);

export interface CyclePeriod {
  /** YYYY-MM-DD, inclusive. */
  startDate: string;
  /** YYYY-MM-DD, exclusive. */
  endDate: string;
}

const MONTHS: Record<ProgramCycle, number> = { MONTHLY: 1, QUARTERLY: 3, YEARLY: 12 };
const firstOf = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);

/** The calendar cycle (month, quarter or year) that holds a local date: usage counts reset at each. */
export function cycleContaining(cycle: ProgramCycle, localDate: string): CyclePeriod {
  const [year, month] = localDate.split('-').map(Number) as [number, number];
  const length = MONTHS[cycle];
  const startIndex = Math.floor((month - 1) / length) * length;
  return { startDate: firstOf(year, startIndex), endDate: firstOf(year, startIndex + length) };
}

/** An overage booking costs its price plus the surcharge (floored). */
export const overageSurcharge = (priceMinor: number, surchargeBps: number) => applyBps(priceMinor, surchargeBps);

/** Whether a LICENSED_SEAT program may cover a booking at this price at all (before counting). */
export const withinPriceCap = (terms: Pick<ProgramTerms, 'priceCapMinor'>, priceMinor: number) => terms.priceCapMinor === null || priceMinor <= terms.priceCapMinor;

/** The statuses an operator sets; EXPIRED only ever follows from the end date. */
export const SETTABLE_PROGRAM_STATUSES = ['ACTIVE', 'PAUSED', 'CANCELLED'] as const satisfies readonly StoredProgramStatus[];
export type ProgramStatusChange = 'paused' | 'resumed' | 'cancelled';

/**
 * Whether a program may go from the status people see to the one asked for. CANCELLED is final; an
 * EXPIRED program may only be cancelled (extending its end date is how it comes back).
 */
export function statusChange(current: ProgramStatus, target: StoredProgramStatus): { change: ProgramStatusChange } | { refusal: string } {
  if (current === 'CANCELLED') return { refusal: 'This program is cancelled; that is final.' };
  if (current === target) return { refusal: `This program is already ${current.toLowerCase()}.` };
  if (target === 'CANCELLED') return { change: 'cancelled' };
  if (current === 'EXPIRED') return { refusal: 'This program has expired; extend its end date to run it again.' };
  return { change: target === 'PAUSED' ? 'paused' : 'resumed' };
}

/** Billing modes in which the org's own funds pay (credits or the invoice): programs need one. */
export const SPONSORING_MODES: readonly BillingMode[] = ['SEAT_PACK', 'INVOICED_MONTHLY'];

export const PROGRAM_NAME_MAX = 80;
export const PROGRAM_DESCRIPTION_MAX = 1_000;

/** A name and description as stored: trimmed, an empty description is none. */
export const normalizeProgramText = (text: { name: string; description?: string | null }) => ({ name: text.name.trim(), description: text.description?.trim() || null });

export function programTextErrors(text: { name?: string; description?: string | null }): UserErrorValue[] {
  const errors: UserErrorValue[] = [];
  const name = text.name?.trim();
  // control characters would let two names look alike in the dashboard
  if (name !== undefined && (name.length < 1 || name.length > PROGRAM_NAME_MAX || /[\u0000-\u001f\u007f]/.test(name))) {
    errors.push(userError('BAD_USER_INPUT', f('name'), `A program name is 1–${PROGRAM_NAME_MAX} printable characters.`));
  }
  if ((text.description?.trim().length ?? 0) > PROGRAM_DESCRIPTION_MAX) errors.push(userError('BAD_USER_INPUT', f('description'), `A description is at most ${PROGRAM_DESCRIPTION_MAX} characters.`));
  return errors;
}

/** A program's dates: a range, and not already over (a program born EXPIRED is a mistake). */
export function programDateErrors(startsOn: string, endsOn: string | null, today: string): UserErrorValue[] {
  const errors = dateRangeErrors(startsOn, endsOn);
  if (errors.length) return errors;
  return endsOn !== null && endsOn < today ? [userError('BAD_USER_INPUT', f('endsOn'), `The end date has passed (today is ${today} in the organization's timezone).`)] : [];
}

/** The money terms that differ between two versions: once locked, each one is a reason to refuse. */
export const TERM_FIELDS = ['type', 'cycle', 'currency', 'engagementsPerCycle', 'priceCapMinor', 'budgetMinor', 'overage', 'overageSurchargeBps', 'overageLimitMinor'] as const satisfies readonly (keyof ProgramTerms)[];
export const changedTerms = (current: ProgramTerms, next: ProgramTerms) => TERM_FIELDS.filter((field) => current[field] !== next[field]);

export const ASSIGN_BATCH_MAX = 500;
/** What assigning did for one user: a new assignment, the one they already had, or a refusal. */
export const ASSIGN_OUTCOMES = ['ASSIGNED', 'ALREADY_ASSIGNED', 'REFUSED'] as const;
export type AssignOutcome = (typeof ASSIGN_OUTCOMES)[number];

/** LICENSED_SEAT with a cap: engagements left this cycle for one member; null when not counted. */
export const engagementsRemaining = (terms: Pick<ProgramTerms, 'type' | 'engagementsPerCycle'>, used: number): number | null =>
  terms.type === 'LICENSED_SEAT' && terms.engagementsPerCycle !== null ? Math.max(0, terms.engagementsPerCycle - used) : null;

/** CREDIT_POOL: what the pool still covers this cycle; null for other types. */
export const budgetRemaining = (terms: Pick<ProgramTerms, 'type' | 'budgetMinor'>, coveredMinor: number): number | null =>
  terms.type === 'CREDIT_POOL' && terms.budgetMinor !== null ? Math.max(0, terms.budgetMinor - coveredMinor) : null;
