import PDFDocument from 'pdfkit';
import { formatAmount, formatMoney, gstStateName } from '@guildhall/kernel';
import type { DocumentLine, DocumentParty, InvoiceDocument } from './invoice-document.js';

/**
 * The printed GST invoice or credit note: A4, pdfkit's built-in Helvetica (no font files, no network).
 * Pure given the document: the PDF's creation date is the issue date, so the same document renders
 * to the same bytes. Amounts are formatted from minor units with integer math only.
 */
export interface RenderOptions {
  /** Deflate content streams (default). Tests turn it off to read the text back. */
  compress?: boolean;
}

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 40;
const WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN;
const GREY = '#555555';
const RULE = '#bbbbbb';

export function renderDocumentPdf(doc: InvoiceDocument, options: RenderOptions = {}): Promise<Buffer> {
  const title = doc.kind === 'INVOICE' ? 'Tax Invoice' : 'Credit Note';
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: printable(`${title} ${doc.number}`), Author: printable(doc.supplier.legalName), CreationDate: doc.issuedAt, ModDate: doc.issuedAt },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  let y = header(pdf, doc, title);
  y = parties(pdf, doc, y);
  y = lineTable(pdf, doc, y);
  y = totals(pdf, doc, y);
  notes(pdf, doc, y);
  pdf.end();
  return done;
}

type Pdf = InstanceType<typeof PDFDocument>;

function header(pdf: Pdf, doc: InvoiceDocument, title: string): number {
  const right = MARGIN + WIDTH - 220;
  pdf.font('Helvetica-Bold').fontSize(18).fillColor('black').text(title.toUpperCase(), right, MARGIN, { width: 220, align: 'right' });
  const meta: [string, string][] =
    doc.kind === 'INVOICE'
      ? [['Invoice No.', doc.number], ['Invoice date', printDate(doc.issuedAt)], ['Due date', doc.dueDate ? printDay(doc.dueDate) : '-']]
      : [['Credit note No.', doc.number], ['Date', printDate(doc.issuedAt)], ['Against invoice No.', doc.referencesInvoice ?? '-'], ['Invoice date', doc.referencesInvoiceDate ? printDate(doc.referencesInvoiceDate) : '-']];
  if (doc.periodStart && doc.periodEnd) meta.push(['Billing period', `${printDay(doc.periodStart)} to ${printDay(doc.periodEnd)}`]);
  let metaY = pdf.y + 6;
  for (const [label, value] of meta) metaY = pair(pdf, label, value, right, metaY, 95, 125);

  pdf.font('Helvetica-Bold').fontSize(13).text(printable(doc.supplier.legalName), MARGIN, MARGIN, { width: WIDTH - 240 });
  const supplierY = partyDetails(pdf, doc.supplier, pdf.y + 2, WIDTH - 240);
  return rule(pdf, Math.max(metaY, supplierY) + 8);
}

function parties(pdf: Pdf, doc: InvoiceDocument, top: number): number {
  const half = WIDTH / 2 - 10;
  pdf.font('Helvetica-Bold').fontSize(9).fillColor(GREY).text(doc.kind === 'INVOICE' ? 'BILL TO' : 'ISSUED TO', MARGIN, top);
  pdf.font('Helvetica-Bold').fontSize(11).fillColor('black').text(printable(doc.buyer.legalName), MARGIN, pdf.y + 2, { width: half });
  const buyerY = partyDetails(pdf, doc.buyer, pdf.y + 2, half);

  const x = MARGIN + WIDTH / 2 + 10;
  pdf.font('Helvetica-Bold').fontSize(9).fillColor(GREY).text('SUPPLY', x, top);
  let y = pdf.y + 2;
  y = pair(pdf, 'Place of supply', placeOfSupply(doc), x, y, 95, half - 95);
  y = pair(pdf, 'Supply type', SUPPLY_TYPES[doc.supplyType], x, y, 95, half - 95);
  y = pair(pdf, 'Reverse charge', doc.reverseCharge ? 'Yes' : 'No', x, y, 95, half - 95);
  y = pair(pdf, 'Currency', doc.currency, x, y, 95, half - 95);
  return rule(pdf, Math.max(buyerY, y) + 8);
}

const SUPPLY_TYPES: Record<InvoiceDocument['supplyType'], string> = {
  INTRA_STATE: 'Intra-state (CGST + SGST)',
  INTER_STATE: 'Inter-state (IGST)',
  EXPORT: 'Export of services (zero-rated)',
};

/** The state code; exports have none (GST returns use 96, "other countries"). */
const placeOfSupply = (doc: InvoiceDocument) =>
  doc.placeOfSupply ? `${gstStateName(doc.placeOfSupply) ?? 'State'} (${doc.placeOfSupply})` : doc.supplyType === 'EXPORT' ? `Outside India (${doc.buyer.country})` : '-';

function partyDetails(pdf: Pdf, party: DocumentParty, top: number, width: number): number {
  pdf.font('Helvetica').fontSize(9).fillColor('black');
  if (party.address) pdf.text(printable(party.address), MARGIN, top, { width });
  else pdf.y = top;
  pdf.text(`GSTIN: ${party.gstin ?? (party.country === 'IN' ? 'Unregistered' : 'Not applicable')}`, MARGIN, pdf.y + 2, { width });
  pdf.text(party.stateCode ? `State: ${gstStateName(party.stateCode) ?? ''} (code ${party.stateCode})` : `Country: ${party.country}`, MARGIN, pdf.y, { width });
  return pdf.y;
}

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
  cell(line: DocumentLine, index: number): string;
}

function columns(currency: string): Column[] {
  const amount = (title: string, pick: (l: DocumentLine) => number, width = 56): Column => ({ title, width, align: 'right', cell: (l) => formatAmount(pick(l), currency) });
  return [
    { title: '#', width: 16, align: 'left', cell: (_l, i) => String(i + 1) },
    { title: 'Description', width: 125, align: 'left', cell: (l) => printable(l.description) },
    { title: 'SAC', width: 40, align: 'left', cell: (l) => l.sacCode },
    amount(`Taxable (${currency})`, (l) => l.taxableMinor, 66),
    { title: 'Rate %', width: 32, align: 'right', cell: (l) => printRate(l.rateBps) },
    amount('CGST', (l) => l.cgstMinor),
    amount('SGST', (l) => l.sgstMinor),
    amount('IGST', (l) => l.igstMinor),
    amount(`Total (${currency})`, (l) => l.totalMinor, 68),
  ]; // widths add up to WIDTH
}

function lineTable(pdf: Pdf, doc: InvoiceDocument, top: number): number {
  const cols = columns(doc.currency);
  let y = tableHeader(pdf, cols, top);
  doc.lines.forEach((line, index) => {
    pdf.font('Helvetica').fontSize(8);
    const cells = cols.map((c) => c.cell(line, index));
    const height = Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: cols[i]!.width - 4 }))) + 6;
    if (y + height > BOTTOM - 40) {
      pdf.addPage();
      y = tableHeader(pdf, cols, MARGIN);
      pdf.font('Helvetica').fontSize(8);
    }
    let x = MARGIN;
    cells.forEach((text, i) => {
      const col = cols[i]!;
      fitCell(pdf, text, x + 2, y + 3, col.width - 4, col.align, col.align === 'right', 8);
      x += col.width;
    });
    y += height;
    pdf.moveTo(MARGIN, y).lineTo(MARGIN + WIDTH, y).lineWidth(0.3).strokeColor(RULE).stroke();
  });
  return y + 10;
}

function tableHeader(pdf: Pdf, cols: Column[], top: number): number {
  pdf.rect(MARGIN, top, WIDTH, 18).fillColor('#eeeeee').fill();
  pdf.font('Helvetica-Bold').fontSize(7.5).fillColor('black');
  let x = MARGIN;
  for (const col of cols) {
    fitCell(pdf, col.title, x + 2, top + 5, col.width - 4, col.align, true, 7.5);
    x += col.width;
  }
  return top + 18;
}

/** Amounts and titles stay on one line, shrinking until they fit; other text wraps in its column. */
function fitCell(pdf: Pdf, text: string, x: number, y: number, width: number, align: 'left' | 'right', oneLine: boolean, size: number) {
  let s = size;
  while (oneLine && s > 5 && pdf.fontSize(s).widthOfString(text) > width) s -= 0.5;
  pdf.fontSize(s).fillColor('black').text(text, x, y, { width, align, lineBreak: !oneLine });
  pdf.fontSize(size);
}

function totals(pdf: Pdf, doc: InvoiceDocument, top: number): number {
  const t = doc.totals;
  const rows: [string, number, boolean][] = [
    ['Taxable value', t.taxableMinor, false],
    ['CGST', t.cgstMinor, false],
    ['SGST', t.sgstMinor, false],
    ['IGST', t.igstMinor, false],
    [doc.kind === 'INVOICE' ? 'Invoice total' : 'Credit note total', t.totalMinor, true],
  ];
  if (doc.reverseCharge) rows.push(['Tax payable by recipient (reverse charge)', t.cgstMinor + t.sgstMinor + t.igstMinor, false]);
  rows.push([doc.kind === 'INVOICE' ? 'Amount due' : 'Amount credited', t.amountDueMinor, true]);
  let y = newPageUnlessFits(pdf, top, rows.length * 15 + 60);
  const x = MARGIN + WIDTH - 330;
  for (const [label, minor, strong] of rows) {
    pdf.font(strong ? 'Helvetica-Bold' : 'Helvetica').fontSize(strong ? 10 : 9).fillColor('black');
    pdf.text(label, x, y, { width: 210, align: 'right' });
    pdf.text(formatMoney(minor, doc.currency), x + 210, y, { width: 120, align: 'right' });
    y += 15;
  }
  return y + 10;
}

function notes(pdf: Pdf, doc: InvoiceDocument, top: number) {
  const lines: string[] = [];
  if (doc.supplyType === 'EXPORT') lines.push('Export of services under LUT without payment of IGST.');
  if (doc.reverseCharge) lines.push('Tax on this supply is payable by the recipient under reverse charge.');
  if (doc.kind === 'CREDIT_NOTE' && doc.referencesInvoice) lines.push(`This credit note reduces the value of invoice ${doc.referencesInvoice}.`);
  lines.push('This is a computer-generated document.');
  let y = newPageUnlessFits(pdf, top, lines.length * 12 + 50);
  pdf.font('Helvetica').fontSize(8.5).fillColor('black');
  for (const line of lines) {
    pdf.text(line, MARGIN, y, { width: WIDTH });
    y = pdf.y + 2;
  }
  pdf.font('Helvetica-Bold').fontSize(9).text(`For ${printable(doc.supplier.legalName)}`, MARGIN + WIDTH - 250, y + 10, { width: 250, align: 'right' });
  pdf.font('Helvetica').fontSize(8.5).fillColor(GREY).text('Authorised signatory', MARGIN + WIDTH - 250, pdf.y + 14, { width: 250, align: 'right' });
}

function pair(pdf: Pdf, label: string, value: string, x: number, y: number, labelWidth: number, valueWidth: number): number {
  pdf.font('Helvetica').fontSize(9).fillColor(GREY).text(label, x, y, { width: labelWidth });
  pdf.font('Helvetica-Bold').fontSize(9).fillColor('black').text(printable(value), x + labelWidth, y, { width: valueWidth, align: 'right' });
  return Math.max(pdf.y, y + 12) + 1;
}

/** Where a block of `height` starts: here, or at the top of a new page. */
function newPageUnlessFits(pdf: Pdf, top: number, height: number): number {
  if (top + height <= BOTTOM) return top;
  pdf.addPage();
  return MARGIN;
}

const rule = (pdf: Pdf, y: number) => {
  pdf.moveTo(MARGIN, y).lineTo(MARGIN + WIDTH, y).lineWidth(0.6).strokeColor(RULE).stroke();
  return y + 10;
};

/** Basis points as a percentage: 1800 → 18.00. */
export const printRate = (bps: number) => `${Math.trunc(bps / 100)}.${String(bps % 100).padStart(2, '0')}`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IST_OFFSET_MS = 330 * 60_000; // India has one time zone and no daylight saving

/** The issue date as the supplier's calendar shows it (India Standard Time). */
export function printDate(instant: Date): string {
  const ist = new Date(instant.getTime() + IST_OFFSET_MS);
  return `${String(ist.getUTCDate()).padStart(2, '0')} ${MONTHS[ist.getUTCMonth()]} ${ist.getUTCFullYear()}`;
}

/** A calendar date `2026-11-30` → `30 Nov 2026`. */
export function printDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return printable(day);
  return `${match[3]} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

// Helvetica's built-in encoding is WinAnsi: anything else would print as stray bytes
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the built-in fonts can show: ₹ becomes `Rs.`, other characters outside WinAnsi `?`. */
export function printable(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (ch === '₹') out += 'Rs.';
    else if (ch === '\r' || ch === '\t') out += ' ';
    else out += '?';
  }
  return out;
}
