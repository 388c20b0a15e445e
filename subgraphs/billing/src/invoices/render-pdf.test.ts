import type { InvoiceDocument } from './invoice-document.js';
import { printDate, printDay, printRate, printable, renderDocumentPdf } from './render-pdf.js';

const supplier = { legalName: 'Guildhall Marketplace Services Pvt Ltd', gstin: '29AAGCG1234M1Z5', address: '12 Residency Road, Bengaluru 560025, Karnataka, India', stateCode: '29', country: 'IN' };

const invoice: InvoiceDocument = {
  kind: 'INVOICE',
  number: 'GH/26-27/000123',
  issuedAt: new Date('2026-11-30T20:15:00Z'), // 1 Dec 2026 in India
  dueDate: '2027-01-29',
  referencesInvoice: null,
  referencesInvoiceDate: null,
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  supplier,
  buyer: { legalName: 'Acme Learning Pvt Ltd', gstin: '27AABCA1234F1Z2', address: '4th Floor, Tower B, Andheri East, Mumbai 400069, Maharashtra', stateCode: '27', country: 'IN' },
  placeOfSupply: '27',
  supplyType: 'INTER_STATE',
  reverseCharge: false,
  currency: 'INR',
  lines: [
    { description: 'Expert session: Kubernetes cost review (3 hours)', sacCode: '999293', rateBps: 1800, taxableMinor: 1_234_567_89, cgstMinor: 0, sgstMinor: 0, igstMinor: 22_222_222, totalMinor: 1_456_790_11 },
    { description: 'Seat pack top-up', sacCode: '999293', rateBps: 1800, taxableMinor: 50_000, cgstMinor: 0, sgstMinor: 0, igstMinor: 9_000, totalMinor: 59_000 },
  ],
  totals: { taxableMinor: 1_235_067_89, cgstMinor: 0, sgstMinor: 0, igstMinor: 22_231_222, totalMinor: 1_457_380_11, amountDueMinor: 1_457_380_11 },
};

const creditNote: InvoiceDocument = {
  ...invoice,
  kind: 'CREDIT_NOTE',
  number: 'GH/CN/26-27/0042',
  issuedAt: new Date('2026-12-10T05:00:00Z'),
  dueDate: null,
  referencesInvoice: 'GH/26-27/000123',
  referencesInvoiceDate: new Date('2026-11-02T06:00:00Z'),
  supplyType: 'INTRA_STATE',
  buyer: { ...invoice.buyer, gstin: '29AABCB9876K1Z3', stateCode: '29' },
  placeOfSupply: '29',
  lines: [{ description: 'Refund: seat pack top-up', sacCode: '999293', rateBps: 1800, taxableMinor: 50_000, cgstMinor: 4_500, sgstMinor: 4_500, igstMinor: 0, totalMinor: 59_000 }],
  totals: { taxableMinor: 50_000, cgstMinor: 4_500, sgstMinor: 4_500, igstMinor: 0, totalMinor: 59_000, amountDueMinor: 59_000 },
};

const exportInvoice: InvoiceDocument = {
  ...invoice,
  number: 'GH/26-27/000124',
  buyer: { legalName: 'Globex Corp', gstin: null, address: '1 Market St, San Francisco, CA', stateCode: null, country: 'US' },
  placeOfSupply: null,
  supplyType: 'EXPORT',
  currency: 'USD',
  lines: [{ description: 'Expert session', sacCode: '999293', rateBps: 0, taxableMinor: 120_000, cgstMinor: 0, sgstMinor: 0, igstMinor: 0, totalMinor: 120_000 }],
  totals: { taxableMinor: 120_000, cgstMinor: 0, sgstMinor: 0, igstMinor: 0, totalMinor: 120_000, amountDueMinor: 120_000 },
};

/**
 * The text pdfkit drew: with compression off, each text run is a `[<hex> kern <hex> …] TJ` array of
 * WinAnsi bytes. Joining a run's hex strings gives the run's text (kerning numbers are not glyphs).
 */
function drawnText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const runs = [...source.matchAll(/\[((?:<[0-9a-f]*>|\s|-?[\d.]+)*)\]\s*TJ/g)];
  return runs.map((run) => [...run[1]!.matchAll(/<([0-9a-f]*)>/g)].map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1')).join('')).join('\n');
}

describe('renderDocumentPdf', () => {
  it('prints a tax invoice with its number, both GSTINs, dates, place of supply and amounts', async () => {
    const pdf = await renderDocumentPdf(invoice, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = drawnText(pdf);
    for (const shown of [
      'TAX INVOICE',
      'GH/26-27/000123',
      '29AAGCG1234M1Z5',
      '27AABCA1234F1Z2',
      'Acme Learning Pvt Ltd',
      '01 Dec 2026',
      '29 Jan 2027',
      'Maharashtra (27)',
      'Inter-state (IGST)',
      'Reverse charge',
      '999293',
      '18.00',
      '12,34,567.89',
      'INR 14,57,380.11',
      'Amount due',
    ])
      expect(text).toContain(shown);
    expect(text).not.toContain('LUT');
  });

  it('prints a credit note with the invoice it corrects and the CGST/SGST halves', async () => {
    const text = drawnText(await renderDocumentPdf(creditNote, { compress: false }));
    for (const shown of ['CREDIT NOTE', 'GH/CN/26-27/0042', 'GH/26-27/000123', '29AABCB9876K1Z3', '29AAGCG1234M1Z5', 'Intra-state (CGST + SGST)', '45.00', 'INR 590.00'])
      expect(text).toContain(shown);
  });

  it('says an export goes under LUT without IGST, with no state code', async () => {
    const text = drawnText(await renderDocumentPdf(exportInvoice, { compress: false }));
    expect(text).toContain('Export of services under LUT without payment of IGST');
    expect(text).toContain('Outside India (US)');
    expect(text).toContain('USD 1,200.00');
  });

  it('is the same bytes for the same document, compressed by default', async () => {
    const [a, b] = await Promise.all([renderDocumentPdf(invoice), renderDocumentPdf(invoice)]);
    expect(a.subarray(0, 4).toString()).toBe('%PDF');
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('/FlateDecode');
    expect(drawnText(a)).not.toContain('GH/26-27/000123'); // compressed: not readable as plain text
  });

  it('breaks a long invoice across pages', async () => {
    const many = { ...invoice, lines: Array.from({ length: 60 }, () => invoice.lines[1]!) };
    const pdf = await renderDocumentPdf(many, { compress: false });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(1);
    expect(drawnText(pdf)).toContain('Amount due');
  });
});

describe('print formats', () => {
  it('formats rates, dates in India time and calendar days', () => {
    expect(printRate(1800)).toBe('18.00');
    expect(printRate(250)).toBe('2.50');
    expect(printRate(0)).toBe('0.00');
    expect(printDate(new Date('2027-03-31T18:29:59Z'))).toBe('31 Mar 2027');
    expect(printDate(new Date('2027-03-31T18:30:00Z'))).toBe('01 Apr 2027');
    expect(printDay('2027-01-09')).toBe('09 Jan 2027');
  });

  it('keeps only what the built-in fonts can show', () => {
    expect(printable('Café – ₹500')).toBe('Café – Rs.500');
    expect(printable('नमस्ते Ltd')).toBe('?????? Ltd');
  });
});
