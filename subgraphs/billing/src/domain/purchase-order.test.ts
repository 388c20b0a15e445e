import { isCalendarDate, newPurchaseOrderErrors, normalizePurchaseOrderNumber, unusableReason, type NewPurchaseOrder } from './purchase-order.js';

const valid: NewPurchaseOrder = { number: 'PO-2026-001', amountMinor: 100_000_00, currency: 'INR', validFrom: '2026-01-01', validUntil: '2026-12-31' };
const fieldsOf = (input: Partial<NewPurchaseOrder>) => newPurchaseOrderErrors({ ...valid, ...input }).map((e) => `${e.code} ${e.field?.join('.')}`);

describe('a new purchase order', () => {
  it('accepts a well-formed one, a one-day validity and a number with spaces around it', () => {
    expect(newPurchaseOrderErrors(valid)).toEqual([]);
    expect(fieldsOf({ validUntil: '2026-01-01' })).toEqual([]);
    expect(fieldsOf({ number: '  PO 7  ' })).toEqual([]);
    expect(normalizePurchaseOrderNumber('  PO 7  ')).toBe('PO 7');
  });

  it('refuses a number that is blank, longer than 40 characters or has control characters', () => {
    expect(fieldsOf({ number: '   ' })).toEqual(['BAD_USER_INPUT input.number']);
    expect(fieldsOf({ number: 'x'.repeat(41) })).toEqual(['BAD_USER_INPUT input.number']);
    expect(fieldsOf({ number: ` ${'x'.repeat(40)} ` })).toEqual([]);
    expect(fieldsOf({ number: 'PO\n1' })).toEqual(['BAD_USER_INPUT input.number']);
  });

  it('refuses a zero, negative or fractional amount', () => {
    for (const amountMinor of [0, -100, 1.5, 2 ** 53]) expect(fieldsOf({ amountMinor })).toEqual(['BAD_USER_INPUT input.amountMinor']);
  });

  it('refuses an unknown currency', () => {
    expect(fieldsOf({ currency: 'XYZ' })).toEqual(['BAD_USER_INPUT input.currency']);
    expect(fieldsOf({ currency: 'inr' })).toEqual(['BAD_USER_INPUT input.currency']);
  });

  it('refuses dates that are not calendar dates, and an end before the start', () => {
    expect(fieldsOf({ validFrom: '2026-02-30' })).toEqual(['BAD_USER_INPUT input.validFrom']);
    expect(fieldsOf({ validUntil: '31/12/2026' })).toEqual(['BAD_USER_INPUT input.validUntil']);
    expect(fieldsOf({ validFrom: '2026-06-01', validUntil: '2026-05-31' })).toEqual(['BAD_USER_INPUT input.validUntil']);
  });

  it('reports every problem at once', () => {
    expect(fieldsOf({ number: '', amountMinor: -1, currency: 'XYZ', validFrom: 'soon' })).toEqual([
      'BAD_USER_INPUT input.number',
      'BAD_USER_INPUT input.amountMinor',
      'BAD_USER_INPUT input.currency',
      'BAD_USER_INPUT input.validFrom',
    ]);
  });
});

describe('calendar dates', () => {
  it('knows leap years and the shape', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00:00Z')).toBe(false);
  });
});

describe('whether a purchase order can pay', () => {
  const po = { status: 'ACTIVE' as const, currency: 'INR', validFrom: '2026-01-01', validUntil: '2026-12-31' };
  it('pays when ACTIVE, in validity (both ends inclusive) and in the currency', () => {
    expect(unusableReason(po, 'INR', '2026-01-01')).toBeNull();
    expect(unusableReason(po, 'INR', '2026-12-31')).toBeNull();
  });
  it('says why not', () => {
    expect(unusableReason({ ...po, status: 'EXHAUSTED' }, 'INR', '2026-06-01')).toBe('it is exhausted');
    expect(unusableReason({ ...po, status: 'CANCELLED' }, 'INR', '2026-06-01')).toBe('it is cancelled');
    expect(unusableReason(po, 'INR', '2027-01-01')).toBe('it is valid from 2026-01-01 until 2026-12-31');
    expect(unusableReason(po, 'INR', '2025-12-31')).toBe('it is valid from 2026-01-01 until 2026-12-31');
    expect(unusableReason(po, 'USD', '2026-06-01')).toBe('it is in INR, this purchase in USD');
  });
});
