import { cycleContaining, overageSurcharge, programStatus, programTermsErrors, withinPriceCap, type ProgramTerms } from './program.js';

const seat: ProgramTerms = { type: 'LICENSED_SEAT', cycle: 'MONTHLY', currency: 'INR', engagementsPerCycle: 4, priceCapMinor: null, budgetMinor: null, overage: 'BLOCK', overageSurchargeBps: 0, overageLimitMinor: null };
const pool: ProgramTerms = { ...seat, type: 'CREDIT_POOL', engagementsPerCycle: null, budgetMinor: 1_000_000 };
const codes = (terms: ProgramTerms) => programTermsErrors(terms).map((e) => `${e.code} ${e.field.at(-1)}`);

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
