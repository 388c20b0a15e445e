import {
  budgetRemaining,
  changedTerms,
  cycleContaining,
  engagementsRemaining,
  overageSurcharge,
  programDateErrors,
  programStatus,
  programTermsErrors,
  programTextErrors,
  statusChange,
  withinPriceCap,
  type ProgramTerms,
} from './program.js';

const seat: ProgramTerms = { type: 'LICENSED_SEAT', cycle: 'MONTHLY', currency: 'INR', engagementsPerCycle: 4, priceCapMinor: null, budgetMinor: null, overage: 'BLOCK', overageSurchargeBps: 0, overageLimitMinor: null };
const pool: ProgramTerms = { ...seat, type: 'CREDIT_POOL', engagementsPerCycle: null, budgetMinor: 1_000_000 };
const codes = (terms: ProgramTerms) => programTermsErrors(terms).map((e) => `${e.code} ${e.field?.at(-1)}`);

describe('program terms', () => {
  it('accepts the two available kinds', () => {
    expect(codes(seat)).toEqual([]);
    expect(codes(pool)).toEqual([]);
    expect(codes({ ...seat, engagementsPerCycle: null, priceCapMinor: 500_000, overage: 'CHARGE_ORG', overageSurchargeBps: 1_500, overageLimitMinor: 100_000 })).toEqual([]);
  });

  it('refuses the reserved kinds with their own code', () => {
    for (const type of ['PROJECT', 'RETAINER', 'RESELLER'] as const) expect(codes({ ...seat, type })).toEqual(['PROGRAM_TYPE_NOT_AVAILABLE type']);
  });

  it('refuses fields of the other kind and bad numbers', () => {
    expect(codes({ ...seat, budgetMinor: 5 })).toEqual(['BAD_USER_INPUT budgetMinor']);
    expect(codes({ ...pool, budgetMinor: null })).toEqual(['BAD_USER_INPUT budgetMinor']);
    expect(codes({ ...pool, engagementsPerCycle: 3 })).toEqual(['BAD_USER_INPUT engagementsPerCycle']);
    expect(codes({ ...seat, engagementsPerCycle: 0 })).toEqual(['BAD_USER_INPUT engagementsPerCycle']);
    expect(codes({ ...seat, overageSurchargeBps: 10_001 })).toEqual(['BAD_USER_INPUT overageSurchargeBps']);
    expect(codes({ ...seat, overageLimitMinor: 100 })).toEqual(['BAD_USER_INPUT overageLimitMinor']);
    expect(codes({ ...seat, currency: 'XYZ' })).toEqual(['BAD_USER_INPUT currency']);
  });
});

describe('cycles', () => {
  it('finds the calendar month, quarter and year of a date', () => {
    expect(cycleContaining('MONTHLY', '2026-12-31')).toEqual({ startDate: '2026-12-01', endDate: '2027-01-01' });
    expect(cycleContaining('QUARTERLY', '2026-11-30')).toEqual({ startDate: '2026-10-01', endDate: '2027-01-01' });
    expect(cycleContaining('QUARTERLY', '2026-04-01')).toEqual({ startDate: '2026-04-01', endDate: '2026-07-01' });
    expect(cycleContaining('YEARLY', '2026-06-15')).toEqual({ startDate: '2026-01-01', endDate: '2027-01-01' });
  });
});

describe('status, overage and caps', () => {
  it('derives EXPIRED from the end date, except for a cancelled program', () => {
    expect(programStatus('ACTIVE', '2026-11-29', '2026-11-30')).toBe('EXPIRED');
    expect(programStatus('PAUSED', '2026-11-30', '2026-11-30')).toBe('PAUSED');
    expect(programStatus('CANCELLED', '2026-01-01', '2026-11-30')).toBe('CANCELLED');
    expect(programStatus('ACTIVE', null, '2026-11-30')).toBe('ACTIVE');
  });

  it('floors the surcharge and applies the price cap', () => {
    expect(overageSurcharge(99_999, 1_500)).toBe(14_999);
    expect(withinPriceCap({ priceCapMinor: 100 }, 100)).toBe(true);
    expect(withinPriceCap({ priceCapMinor: 100 }, 101)).toBe(false);
    expect(withinPriceCap({ priceCapMinor: null }, 10 ** 12)).toBe(true);
  });
});

describe('status changes', () => {
  it('pauses, resumes and cancels, and nothing else', () => {
    expect(statusChange('ACTIVE', 'PAUSED')).toEqual({ change: 'paused' });
    expect(statusChange('PAUSED', 'ACTIVE')).toEqual({ change: 'resumed' });
    expect(statusChange('PAUSED', 'CANCELLED')).toEqual({ change: 'cancelled' });
    expect(statusChange('ACTIVE', 'ACTIVE')).toHaveProperty('refusal');
    expect(statusChange('CANCELLED', 'ACTIVE')).toHaveProperty('refusal');
    expect(statusChange('CANCELLED', 'CANCELLED')).toHaveProperty('refusal');
  });

  it('lets an expired program be cancelled but not resumed or paused', () => {
    expect(statusChange('EXPIRED', 'CANCELLED')).toEqual({ change: 'cancelled' });
    expect(statusChange('EXPIRED', 'ACTIVE')).toHaveProperty('refusal');
    expect(statusChange('EXPIRED', 'PAUSED')).toHaveProperty('refusal');
  });
});

describe('names, dates and locked terms', () => {
  const at = (errors: { code: string; field: string[] | null }[]) => errors.map((e) => `${e.code} ${e.field?.at(-1)}`);

  it('wants a printable name of 1 to 80 characters and a short description', () => {
    expect(at(programTextErrors({ name: '  Leadership coaching ', description: null }))).toEqual([]);
    expect(at(programTextErrors({ name: '   ' }))).toEqual(['BAD_USER_INPUT name']);
    expect(at(programTextErrors({ name: 'a\u0007b' }))).toEqual(['BAD_USER_INPUT name']);
    expect(at(programTextErrors({ name: 'x'.repeat(81), description: 'y'.repeat(1_001) }))).toEqual(['BAD_USER_INPUT name', 'BAD_USER_INPUT description']);
    expect(at(programTextErrors({ description: 'only a description' }))).toEqual([]);
  });

  it('refuses a program that would be born expired', () => {
    expect(at(programDateErrors('2026-01-01', null, '2026-11-30'))).toEqual([]);
    expect(at(programDateErrors('2026-01-01', '2026-11-30', '2026-11-30'))).toEqual([]);
    expect(at(programDateErrors('2026-01-01', '2026-11-29', '2026-11-30'))).toEqual(['BAD_USER_INPUT endsOn']);
    expect(at(programDateErrors('2026-12-01', '2026-11-30', '2026-11-01'))).toEqual(['BAD_USER_INPUT endsOn']);
    expect(at(programDateErrors('2026-02-30', null, '2026-11-01'))).toEqual(['BAD_USER_INPUT startsOn']);
  });

  it('names the terms that differ', () => {
    expect(changedTerms(seat, { ...seat })).toEqual([]);
    expect(changedTerms(seat, { ...seat, engagementsPerCycle: 5, overage: 'CHARGE_MEMBER' })).toEqual(['engagementsPerCycle', 'overage']);
    expect(changedTerms(seat, { ...seat, engagementsPerCycle: null })).toEqual(['engagementsPerCycle']);
  });
});

describe('what is left', () => {
  it('counts engagements left for a capped seat, never below zero', () => {
    expect(engagementsRemaining(seat, 1)).toBe(3);
    expect(engagementsRemaining(seat, 6)).toBe(0);
    expect(engagementsRemaining({ ...seat, engagementsPerCycle: null }, 6)).toBeNull();
    expect(engagementsRemaining(pool, 1)).toBeNull();
  });

  it("counts a pool's budget left, never below zero", () => {
    expect(budgetRemaining(pool, 250_000)).toBe(750_000);
    expect(budgetRemaining(pool, 1_200_000)).toBe(0);
    expect(budgetRemaining(seat, 0)).toBeNull();
  });
});
