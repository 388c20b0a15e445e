import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { type EventCause, fail, isUuid, notFound, type Outcome, recordEvent, requireCapability, selectRows, userError, UserErrorsThrown } from '@guildhall/kernel';
import type { BillingMode } from '../domain/billing-modes.js';
import {
  changedTerms,
  normalizeProgramText,
  programDateErrors,
  programStatus,
  programTermsErrors,
  programTextErrors,
  SPONSORING_MODES,
  statusChange,
  type OverageRouting,
  type ProgramCycle,
  type ProgramStatusChange,
  type ProgramTerms,
  type ProgramType,
  type StoredProgramStatus,
} from '../domain/program.js';
import type { BillingDeps } from '../usecases/deps.js';
import { inTransaction } from '../usecases/transaction.js';
import { recordUnassigned } from './assignment-events.js';
import { orgToday } from '../invoices/billing-profile.js';
import { lockProgram, PROGRAM, PROGRAM_COLUMNS, termsOf, toProgramRow, type ProgramRow, type RawProgram } from './program-store.js';
import { revokeAssignmentsOfProgram } from './revoke-assignments.js';

export type ProgramDeps = Pick<BillingDeps, 'em' | 'principal' | 'origin'>;

export interface CreateProgramInput {
  organizationId: string;
  name: string;
  description?: string | null;
  type: ProgramType;
  cycle: ProgramCycle;
  /** Default: the billing account's currency, which it must be. */
  currency?: string | null;
  engagementsPerCycle?: number | null;
  priceCapMinor?: number | null;
  budgetMinor?: number | null;
  overage: OverageRouting;
  overageSurchargeBps?: number | null;
  overageLimitMinor?: number | null;
  /** Default: today in the org's timezone. */
  startsOn?: string | null;
  endsOn?: string | null;
}

/** Absent (undefined) keeps a value; null clears the ones that may be empty. */
export interface UpdateProgramInput {
  organizationId: string;
  programId: string;
  name?: string | null;
  description?: string | null;
  endsOn?: string | null;
  type?: ProgramType | null;
  cycle?: ProgramCycle | null;
  currency?: string | null;
  engagementsPerCycle?: number | null;
  priceCapMinor?: number | null;
  budgetMinor?: number | null;
  overage?: OverageRouting | null;
  overageSurchargeBps?: number | null;
  overageLimitMinor?: number | null;
}

const f = (name: string) => ['input', name];
const conflict = (field: string, message: string) => new UserErrorsThrown([userError('CONFLICT', f(field), message)]);
const nameTaken = (name: string) => conflict('name', `This organization already has a program named ${name}.`);

function recordProgramChange(em: EntityManager, cause: EventCause, program: ProgramRow, today: string, change: ProgramStatusChange | 'created' | 'updated') {
  recordEvent(em, cause, {
    type: 'billing.program.changed',
    organizationId: program.organizationId,
    aggregateId: program.id,
    payload: { organizationId: program.organizationId, programId: program.id, type: program.type, status: programStatus(program.status, program.endsOn, today), change },
  });
}

interface SponsorAccount {
  mode: BillingMode;
  currency: string;
  canSponsor: boolean;
}

/** Shared lock: a mode change waits for a program being created, and it for the change. */
async function sponsorAccount(em: EntityManager, organizationId: string): Promise<SponsorAccount> {
  const [row] = await selectRows<SponsorAccount>(em, `select mode, currency, can_sponsor from "billing"."billing_account" where organization_id = ? for share`, [organizationId]);
  if (!row) throw notFound('Billing account');
  return { ...row, currency: row.currency.trim() };
}

const wrongCurrency = (account: SponsorAccount) => userError('BAD_USER_INPUT', f('currency'), `Programs pay in the billing account's currency, ${account.currency}.`);

/**
 * programs.manage. A program spends the org's funds, so the org must sponsor and pay from credits
 * or the invoice. The name is unique per org: the database's unique key decides, race-free.
 */
export async function createProgram(deps: ProgramDeps, input: CreateProgramInput): Promise<Outcome<ProgramRow>> {
  const principal = deps.principal;
  requireCapability(principal, input.organizationId, 'programs.manage');
  return inTransaction(deps.em, async (em) => {
    const account = await sponsorAccount(em, input.organizationId);
    const today = await orgToday(em, input.organizationId);
    const terms: ProgramTerms = {
      type: input.type,
      cycle: input.cycle,
      currency: input.currency ?? account.currency,
      engagementsPerCycle: input.engagementsPerCycle ?? null,
      priceCapMinor: input.priceCapMinor ?? null,
      budgetMinor: input.budgetMinor ?? null,
      overage: input.overage,
      overageSurchargeBps: input.overageSurchargeBps ?? 0,
      overageLimitMinor: input.overageLimitMinor ?? null,
    };
    const startsOn = input.startsOn ?? today;
    const endsOn = input.endsOn ?? null;
    const errors = [...programTextErrors(input), ...programTermsErrors(terms), ...programDateErrors(startsOn, endsOn, today)];
    if (!errors.length && terms.currency !== account.currency) errors.push(wrongCurrency(account));
    if (errors.length) throw new UserErrorsThrown(errors);
    if (!account.canSponsor) throw conflict('organizationId', 'This organization does not sponsor its members; an OWNER turns sponsoring on first.');
    if (!SPONSORING_MODES.includes(account.mode)) {
      throw conflict('organizationId', `Programs spend the organization's funds; switch billing mode first (to ${SPONSORING_MODES.join(' or ')}).`);
    }
    const { name, description } = normalizeProgramText(input);
    const [raw] = await selectRows<RawProgram>(
      em,
      `insert into ${PROGRAM} (id, organization_id, name, description, type, cycle, currency, engagements_per_cycle, price_cap_minor, budget_minor,
         overage, overage_surcharge_bps, overage_limit_minor, starts_on, ends_on, created_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (organization_id, name) do nothing returning ${PROGRAM_COLUMNS}`,
      [
        randomUUID(), input.organizationId, name, description, terms.type, terms.cycle, terms.currency, terms.engagementsPerCycle, terms.priceCapMinor, terms.budgetMinor,
        terms.overage, terms.overageSurchargeBps, terms.overageLimitMinor, startsOn, endsOn, principal.userId,
      ],
    );
    if (!raw) throw nameTaken(name);
    const program = toProgramRow(raw);
    recordProgramChange(em, deps, program, today, 'created');
    return program;
  });
}

const given = <T>(value: T | null | undefined, current: T): T => (value === undefined || value === null ? current : value);
const givenOrCleared = <T>(value: T | null | undefined, current: T | null): T | null => (value === undefined ? current : value);

/**
 * programs.manage. Name, description and end date stay editable; the money terms are fixed once a
 * member is assigned (a changed term is then a CONFLICT: members keep the deal they were given).
 */
export async function updateProgram(deps: ProgramDeps, input: UpdateProgramInput): Promise<Outcome<ProgramRow>> {
  requireCapability(deps.principal, input.organizationId, 'programs.manage');
  if (!isUuid(input.programId)) throw notFound('Program');
  const textErrors = programTextErrors({ name: input.name ?? undefined, description: input.description });
  if (textErrors.length) return fail(...textErrors);
  return inTransaction(deps.em, async (em) => {
    const current = await lockProgram(em, input.organizationId, input.programId);
    if (!current) throw notFound('Program');
    if (current.status === 'CANCELLED') throw conflict('programId', `${current.name} is cancelled; that is final.`);
    const today = await orgToday(em, input.organizationId);
    const terms: ProgramTerms = {
      type: given(input.type, current.type),
      cycle: given(input.cycle, current.cycle),
      currency: given(input.currency, current.currency),
      engagementsPerCycle: givenOrCleared(input.engagementsPerCycle, current.engagementsPerCycle),
      priceCapMinor: givenOrCleared(input.priceCapMinor, current.priceCapMinor),
      budgetMinor: givenOrCleared(input.budgetMinor, current.budgetMinor),
      overage: given(input.overage, current.overage),
      overageSurchargeBps: given(input.overageSurchargeBps, current.overageSurchargeBps),
      overageLimitMinor: givenOrCleared(input.overageLimitMinor, current.overageLimitMinor),
    };
    const changed = changedTerms(termsOf(current), terms);
    if (changed.length && current.termsLockedAt) {
      throw new UserErrorsThrown(changed.map((field) => userError('CONFLICT', f(field), 'The money terms are fixed once a member is assigned; create a new program for new terms.')));
    }
    const endsOn = givenOrCleared(input.endsOn, current.endsOn);
    const errors = [...(changed.length ? programTermsErrors(terms) : []), ...(endsOn !== current.endsOn ? programDateErrors(current.startsOn, endsOn, today) : [])];
    if (changed.includes('currency') && !errors.length) {
      const account = await sponsorAccount(em, input.organizationId);
      if (terms.currency !== account.currency) errors.push(wrongCurrency(account));
    }
    if (errors.length) throw new UserErrorsThrown(errors);
    const name = input.name?.trim() ?? current.name;
    const description = input.description === undefined ? current.description : normalizeProgramText({ name, description: input.description }).description;
    if (!changed.length && endsOn === current.endsOn && name === current.name && description === current.description) return current;
    let raw: RawProgram | undefined;
    try {
      [raw] = await selectRows<RawProgram>(
        em,
        `update ${PROGRAM} set name = ?, description = ?, ends_on = ?, type = ?, cycle = ?, currency = ?, engagements_per_cycle = ?, price_cap_minor = ?, budget_minor = ?,
           overage = ?, overage_surcharge_bps = ?, overage_limit_minor = ?, updated_at = now() where id = ? returning ${PROGRAM_COLUMNS}`,
        [
          name, description, endsOn, terms.type, terms.cycle, terms.currency, terms.engagementsPerCycle, terms.priceCapMinor, terms.budgetMinor,
          terms.overage, terms.overageSurchargeBps, terms.overageLimitMinor, current.id,
        ],
      );
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw nameTaken(name);
      throw error;
    }
    const program = toProgramRow(raw!);
    recordProgramChange(em, deps, program, today, 'updated');
    return program;
  });
}

/**
 * programs.manage. Pause, resume or cancel, by compare-and-set on the status read under the row's
 * lock. Cancelling is final and ends every assignment of the program with it.
 */
export async function setProgramStatus(deps: ProgramDeps, input: { organizationId: string; programId: string; status: StoredProgramStatus }): Promise<Outcome<ProgramRow>> {
  requireCapability(deps.principal, input.organizationId, 'programs.manage');
  if (!isUuid(input.programId)) throw notFound('Program');
  return inTransaction(deps.em, async (em) => {
    const current = await lockProgram(em, input.organizationId, input.programId);
    if (!current) throw notFound('Program');
    const today = await orgToday(em, input.organizationId);
    const verdict = statusChange(programStatus(current.status, current.endsOn, today), input.status);
    if ('refusal' in verdict) throw conflict('status', verdict.refusal);
    const [raw] = await selectRows<RawProgram>(em, `update ${PROGRAM} set status = ?, updated_at = now() where id = ? and status = ? returning ${PROGRAM_COLUMNS}`, [
      input.status,
      current.id,
      current.status,
    ]);
    if (!raw) throw conflict('status', 'The program changed meanwhile; try again.');
    const program = toProgramRow(raw);
    if (verdict.change === 'cancelled') {
      for (const assignment of await revokeAssignmentsOfProgram(em, program.id)) recordUnassigned(em, deps, program.organizationId, assignment, 'PROGRAM_CANCELLED');
    }
    recordProgramChange(em, deps, program, today, verdict.change);
    return program;
  });
}
