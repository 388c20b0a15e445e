import { csvCell, decimalAmount, statementCsv, STATEMENT_CSV_COLUMNS } from './statement-csv.js';
import type { EntryRow, PayoutRow } from './statement-store.js';

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('neutralizes what a spreadsheet would run as a formula', () => {
    for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(danger).replace(/^"/, '').startsWith(`'${danger[0]}`)).toBe(true);
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    // amounts this code wrote are numbers, negative ones included; anything else in an amount column is text
    expect(csvCell('-1500.00', { amount: true })).toBe('-1500.00');
    expect(csvCell('-1+1', { amount: true })).toBe("'-1+1");
    expect(csvCell('-1500.00')).toBe("'-1500.00");
  });

  it('writes amounts as plain decimals, exactly', () => {
    expect(decimalAmount(123_456_789, 'INR')).toBe('1234567.89');
    expect(decimalAmount(-5, 'USD')).toBe('-0.05');
    expect(decimalAmount(0, 'INR')).toBe('0.00');
    expect(decimalAmount(Number.MAX_SAFE_INTEGER, 'INR')).toBe('90071992547409.91');
  });
});

describe('statement CSV', () => {
  const at = (iso: string) => new Date(iso);
  const entry = (over: Partial<EntryRow>): EntryRow => ({
    id: 'e1', payeeKind: 'USER', payeeId: 'u1', kind: 'EARNING', paymentId: 'p1', refundId: null, amountMinor: 100, currency: 'INR', status: 'AVAILABLE',
    releaseAt: null, payoutId: null, createdAt: at('2026-11-02T00:00:00Z'), ...over,
  });
  const payout = (over: Partial<PayoutRow>): PayoutRow => ({
    id: 'po1', batchId: 'b1', payeeKind: 'USER', payeeId: 'u1', provider: 'RAZORPAYX', currency: 'INR', grossMinor: 1_000, tdsSection: '194J', tdsRateBps: 1_000,
    tdsMinor: 100, netMinor: 900, purposeCode: null, status: 'PROCESSED', failureReason: null, createdAt: at('2026-11-02T00:00:00Z'), submittedAt: null, completedAt: null, ...over,
  });

  it('has a header and CRLF line ends, even when empty', () => {
    expect(statementCsv([], [])).toBe(`${STATEMENT_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('merges entries and payouts in time order, entries first at the same instant', () => {
    const csv = statementCsv(
      [entry({ id: 'late', createdAt: at('2026-11-03T00:00:00Z') }), entry({ id: 'same' }), entry({ id: 'claw', kind: 'CLAWBACK', amountMinor: 40, createdAt: at('2026-11-01T00:00:00Z') })],
      [payout({ id: 'po' })],
    );
    const lines = csv.split('\r\n').slice(1, -1);
    expect(lines.map((l) => l.split(',')[2])).toEqual(['claw', 'same', 'po', 'late']);
    expect(lines[0]).toBe('ENTRY,2026-11-01T00:00:00.000Z,claw,CLAWBACK,AVAILABLE,INR,-0.40,p1,,,,,,,,,,,');
    expect(lines[2]).toBe('PAYOUT,2026-11-02T00:00:00.000Z,po,,PROCESSED,INR,10.00,,,,,194J,1000,1.00,9.00,RAZORPAYX,,,');
  });
});
