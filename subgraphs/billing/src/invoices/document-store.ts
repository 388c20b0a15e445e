import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphServices } from '@guildhall/kernel';
import type { DocumentRef } from './document-links.js';
import { loadInvoiceDocument } from './load-document.js';
import { renderDocumentPdf } from './render-pdf.js';

const TABLES: Record<DocumentRef['kind'], string> = { INVOICE: '"billing"."invoice"', CREDIT_NOTE: '"billing"."credit_note"' };

/**
 * The PDF of an issued invoice or credit note: rendered on first download and kept in its `pdf`
 * column, so what was sent once is what is sent again (an issued document never changes). Two first
 * downloads at once may both render, but only the first write is kept and both return it. Null for
 * drafts and unknown ids. `services` is unused today: rendering needs only the stored document.
 */
export async function documentPdf(em: EntityManager, _services: SubgraphServices, ref: DocumentRef): Promise<Buffer | null> {
  const table = TABLES[ref.kind];
  const cached = await storedPdf(em, table, ref.id);
  if (cached === undefined) return null;
  if (cached) return cached;
  const doc = await loadInvoiceDocument(em, ref);
  if (!doc) return null;
  const rendered = await renderDocumentPdf(doc);
  await em.execute(`update ${table} set pdf = ? where id = ? and pdf is null`, [rendered, ref.id]);
  return (await storedPdf(em, table, ref.id)) ?? rendered;
}

/** The PDF with the name it downloads as, from the document number. */
export async function documentFile(em: EntityManager, services: SubgraphServices, ref: DocumentRef): Promise<{ filename: string; pdf: Buffer } | null> {
  const pdf = await documentPdf(em, services, ref);
  if (!pdf) return null;
  const [row] = await em.execute<{ number: string | null }[]>(`select number from ${TABLES[ref.kind]} where id = ?`, [ref.id]);
  return row?.number ? { filename: pdfFilename(row.number), pdf } : null;
}

/** `GH/26-27/000123` → `GH-26-27-000123.pdf`: safe in a header and on every file system. */
export const pdfFilename = (number: string) => `${number.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'document'}.pdf`;

/** The cached bytes, null when none yet, undefined when there is no such row. */
async function storedPdf(em: EntityManager, table: string, id: string): Promise<Buffer | null | undefined> {
  const [row] = await em.execute<{ pdf: Buffer | null }[]>(`select pdf from ${table} where id = ?`, [id]);
  return row ? row.pdf : undefined;
}
