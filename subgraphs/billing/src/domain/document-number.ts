/**
 * GST document numbers: at most 16 characters, unique per supplier and fiscal year, gapless.
 * Invoices `GH/26-27/000123`, credit notes `GH/CN/26-27/0042`.
 */
export const MAX_DOCUMENT_NUMBER_LENGTH = 16;
export type DocumentSeries = 'INVOICE' | 'CREDIT_NOTE';

/** Two characters at most: `XX/CN/26-27/0042` is already the 16 GST allows. */
export const isDocumentPrefix = (prefix: string) => /^[A-Z0-9]{1,2}$/.test(prefix);

export function documentNumber(prefix: string, series: DocumentSeries, fiscalYear: string, sequence: number): string {
  const number = series === 'INVOICE' ? `${prefix}/${fiscalYear}/${String(sequence).padStart(6, '0')}` : `${prefix}/CN/${fiscalYear}/${String(sequence).padStart(4, '0')}`;
  if (number.length > MAX_DOCUMENT_NUMBER_LENGTH) throw new Error(`document number ${number} is longer than GST allows (${MAX_DOCUMENT_NUMBER_LENGTH})`);
  return number;
}
