import { documentNumber } from './document-number.js';
import { fiscalYearOf } from './fiscal-year.js';

describe('GST document numbers', () => {
  it('formats invoices and credit notes within 16 characters', () => {
    expect(documentNumber('GH', 'INVOICE', '26-27', 123)).toBe('GH/26-27/000123');
    expect(documentNumber('GH', 'CREDIT_NOTE', '26-27', 42)).toBe('GH/CN/26-27/0042');
    expect(documentNumber('GH', 'CREDIT_NOTE', '26-27', 9_999)).toHaveLength(16);
    expect(() => documentNumber('GHX', 'CREDIT_NOTE', '26-27', 1)).toThrow(/16/);
  });

  it('turns the fiscal year over on 1 April in IST', () => {
    expect(fiscalYearOf(new Date('2027-03-31T18:29:59Z'))).toBe('26-27'); // 23:59:59 IST on 31 March
    expect(fiscalYearOf(new Date('2027-03-31T18:30:00Z'))).toBe('27-28'); // 00:00 IST on 1 April
    expect(fiscalYearOf(new Date('2026-11-30T00:00:00Z'))).toBe('26-27');
    expect(fiscalYearOf(new Date('2099-06-01T00:00:00Z'))).toBe('99-00');
  });
});
