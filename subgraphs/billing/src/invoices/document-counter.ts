import type { EntityManager } from '@mikro-orm/postgresql';
import { documentNumber, type DocumentSeries } from '../domain/document-number.js';
import { fiscalYearOf } from '../domain/fiscal-year.js';

/**
 * The next number of a series, inside the caller's transaction. The counter row stays locked until
 * that transaction ends, so concurrent issuers take turns, and a rollback returns the number: no gaps.
 */
export async function nextDocumentNumber(em: EntityManager, prefix: string, series: DocumentSeries, at: Date): Promise<{ number: string; fiscalYear: string }> {
  const fiscalYear = fiscalYearOf(at);
  const [row] = await em.execute<{ last_value: number }[]>(
    `insert into "billing"."document_counter" (supplier, series, fiscal_year, last_value) values (?, ?, ?, 1)
     on conflict (supplier, series, fiscal_year) do update set last_value = "document_counter".last_value + 1 returning last_value`,
    [prefix, series, fiscalYear],
  );
  return { number: documentNumber(prefix, series, fiscalYear, row!.last_value), fiscalYear };
}
