import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import { taxLine } from '../domain/gst.js';
import type { InvoiceDocument } from './invoice-document.js';
import { findInvoice, linesOf } from './invoice-store.js';

export type DocumentRef = { kind: 'INVOICE' | 'CREDIT_NOTE'; id: string };

interface CreditNoteRow {
  id: string;
  invoiceId: string;
  refundId: string;
  number: string;
  taxableMinor: string;
  cgstMinor: string;
  sgstMinor: string;
  igstMinor: string;
  totalMinor: string;
  issuedAt: Date;
}

/** An issued invoice or a credit note as printed; null for drafts and unknown ids. */
export async function loadInvoiceDocument(em: EntityManager, ref: DocumentRef): Promise<InvoiceDocument | null> {
  if (ref.kind === 'INVOICE') {
    const invoice = await findInvoice(em, ref.id);
    if (!invoice || !invoice.number || !invoice.issuedAt) return null;
    const lines = await linesOf(em, invoice.id);
    return {
      kind: 'INVOICE',
      number: invoice.number,
      issuedAt: invoice.issuedAt,
      dueDate: invoice.dueDate,
      referencesInvoice: null,
      referencesInvoiceDate: null,
      periodStart: invoice.periodStart,
      periodEnd: invoice.periodEnd,
      supplier: invoice.supplier,
      buyer: invoice.buyer,
      placeOfSupply: invoice.placeOfSupply,
      supplyType: invoice.supplyType,
      reverseCharge: invoice.reverseCharge,
      currency: invoice.currency,
      lines: lines.map((l) => ({ description: l.description, sacCode: l.sacCode, rateBps: l.rateBps, taxableMinor: l.taxableMinor, cgstMinor: l.cgstMinor, sgstMinor: l.sgstMinor, igstMinor: l.igstMinor, totalMinor: l.totalMinor })),
      totals: { taxableMinor: invoice.taxableMinor, cgstMinor: invoice.cgstMinor, sgstMinor: invoice.sgstMinor, igstMinor: invoice.igstMinor, totalMinor: invoice.totalMinor, amountDueMinor: invoice.amountDueMinor },
    };
  }
  const [note] = await selectRows<CreditNoteRow>(em, `select id, invoice_id, refund_id, number, taxable_minor, cgst_minor, sgst_minor, igst_minor, total_minor, issued_at from "billing"."credit_note" where id = ?`, [ref.id]);
  if (!note) return null;
  const invoice = (await findInvoice(em, note.invoiceId))!;
  const [line] = await selectRows<{ description: string; sacCode: string; rateBps: number }>(
    em,
    `select l.description, l.sac_code, l.rate_bps from "billing"."invoice_line" l join "billing"."refund" r on r.payment_id = l.payment_id where r.id = ?`,
    [note.refundId],
  );
  const taxed = taxLine({ taxableMinor: Number(note.taxableMinor), rateBps: line?.rateBps ?? 0 }, invoice.supplyType);
  return {
    kind: 'CREDIT_NOTE',
    number: note.number,
    issuedAt: note.issuedAt,
    dueDate: null,
    referencesInvoice: invoice.number,
    referencesInvoiceDate: invoice.issuedAt,
    periodStart: null,
    periodEnd: null,
    supplier: invoice.supplier,
    buyer: invoice.buyer,
    placeOfSupply: invoice.placeOfSupply,
    supplyType: invoice.supplyType,
    reverseCharge: invoice.reverseCharge,
    currency: invoice.currency,
    lines: [{ description: `Refund: ${line?.description ?? 'adjustment'}`, sacCode: line?.sacCode ?? '', rateBps: taxed.rateBps, taxableMinor: taxed.taxableMinor, cgstMinor: taxed.cgstMinor, sgstMinor: taxed.sgstMinor, igstMinor: taxed.igstMinor, totalMinor: taxed.totalMinor }],
    totals: {
      taxableMinor: Number(note.taxableMinor),
      cgstMinor: Number(note.cgstMinor),
      sgstMinor: Number(note.sgstMinor),
      igstMinor: Number(note.igstMinor),
      totalMinor: Number(note.taxableMinor) + Number(note.cgstMinor) + Number(note.sgstMinor) + Number(note.igstMinor),
      amountDueMinor: Number(note.totalMinor),
    },
  };
}
