import type { EntityManager } from '@mikro-orm/postgresql';
import { netMinorSql, unbilledOrgPaymentSql } from '../domain/billable-org-payment.js';

/** What an org has been charged on its invoice and not yet invoiced, net of refunds. */
export async function unbilledNetMinor(em: EntityManager, organizationId: string, currency: string): Promise<number> {
  const [row] = await em.execute<{ total: string | null }[]>(
    `select sum(${netMinorSql()}) as total from "billing"."payment" p where p.organization_id = ? and p.currency = ? and ${unbilledOrgPaymentSql()}`,
    [organizationId, currency],
  );
  return Number(row?.total ?? 0);
}
