import type { SupplyType } from '../domain/gst.js';

/** A GST invoice or credit note as it is printed: everything the PDF shows, nothing it must look up. */
export interface InvoiceDocument {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  issuedAt: Date;
  /** Invoices only. */
  dueDate: string | null;
  /** Credit notes: the invoice they correct. */
  referencesInvoice: string | null;
  /** Credit notes: that invoice's date, which GST asks a credit note to state. */
  referencesInvoiceDate: Date | null;
  periodStart: string | null;
  periodEnd: string | null;
  supplier: DocumentParty;
  buyer: DocumentParty;
  /** Two-digit GST state code, null for exports. */
  placeOfSupply: string | null;
  supplyType: SupplyType;
  reverseCharge: boolean;
  currency: string;
  lines: DocumentLine[];
  totals: { taxableMinor: number; cgstMinor: number; sgstMinor: number; igstMinor: number; totalMinor: number; amountDueMinor: number };
}

export interface DocumentParty {
  legalName: string;
  gstin: string | null;
  address: string | null;
  stateCode: string | null;
  country: string;
}

export interface DocumentLine {
  description: string;
  sacCode: string;
  rateBps: number;
  taxableMinor: number;
  cgstMinor: number;
  sgstMinor: number;
  igstMinor: number;
  totalMinor: number;
}
