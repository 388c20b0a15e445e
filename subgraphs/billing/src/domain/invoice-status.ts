/**
 * DRAFT (no number, may change) → ISSUED → PARTIALLY_PAID → PAID; OVERDUE once past the due date
 * unpaid; VOID only for a draft thrown away. An issued invoice is never edited or deleted: a credit
 * note corrects it.
 */
export const INVOICE_STATUSES = ['DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'OVERDUE', 'VOID'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export const OPEN_STATUSES: readonly InvoiceStatus[] = ['ISSUED', 'PARTIALLY_PAID', 'OVERDUE'];

/** The status that follows from what was paid and credited against what is due. */
export function settledStatus(due: number, paid: number, credited: number, overdue: boolean): InvoiceStatus {
  if (paid + credited >= due) return 'PAID';
  if (overdue) return 'OVERDUE';
  return paid > 0 ? 'PARTIALLY_PAID' : 'ISSUED';
}
