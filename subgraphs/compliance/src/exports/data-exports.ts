import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, isUuid, notFound, recordEvent, requireCapability, requireReader, selectRows, signToken, succeed, userError, type Outcome, type SubgraphContext } from '@guildhall/kernel';
import { DATA_EXPORT_SCHEMA_VERSION, EXPORT_LINK_TTL_MS, nextExportAllowedAt, type DataExportStatus } from '../domain/data-export.js';

export const DATA_EXPORT = '"compliance"."data_export"';

export interface DataExportRow {
  id: string;
  organizationId: string;
  requestedBy: string;
  notifyEmail: string | null;
  status: DataExportStatus;
  schemaVersion: number;
  sections: Record<string, number>;
  bytes: string | null;
  failure: string | null;
  requestedAt: Date;
  readyAt: Date | null;
  expiresAt: Date | null;
  downloadedAt: Date | null;
}

type Deps = Pick<SubgraphContext, 'em' | 'principal' | 'origin' | 'services'>;

/** The signing key of export download links; never the data key itself. */
export const exportLinkKey = (services: Deps['services']) => services.secrets.deriveKey('guildhall data export links');

/** OWNER or BILLING_ADMIN, at most once a day per org; the contexts write their sections from the event. */
export async function requestDataExport(deps: Deps, organizationId: string): Promise<Outcome<DataExportRow>> {
  requireCapability(deps.principal, organizationId, 'dataExport.request');
  const principal = deps.principal;
  return deps.em.transactional(async (em) => {
    // one request at a time per org decides the cooldown
    await em.execute(`select pg_advisory_xact_lock(hashtext('compliance.data-export:' || ?))`, [organizationId]);
    const [last] = await selectRows<DataExportRow>(em, `select * from ${DATA_EXPORT} where organization_id = ? order by requested_at desc limit 1`, [organizationId]);
    const next = nextExportAllowedAt(last?.requestedAt ?? null, last?.status ?? null, new Date());
    if (next) return fail(userError('CONFLICT', ['organizationId'], `This organization's last export was asked for less than a day ago; the next one can be asked for after ${next.toISOString().slice(0, 16).replace('T', ' ')} UTC.`));
    const [row] = await selectRows<DataExportRow>(
      em,
      `insert into ${DATA_EXPORT} (id, organization_id, requested_by, notify_email, status, schema_version) values (?, ?, ?, ?, 'PENDING', ?) returning *`,
      [randomUUID(), organizationId, principal.userId, principal.email ?? null, DATA_EXPORT_SCHEMA_VERSION],
    );
    recordEvent(em, deps, { type: 'compliance.data-export.requested', organizationId, aggregateId: row!.id, payload: { organizationId, exportId: row!.id } });
    await em.flush();
    return succeed(row!);
  });
}

/** The org's exports, newest first (its OWNER and BILLING_ADMIN). */
export async function listDataExports(deps: Deps, organizationId: string): Promise<DataExportRow[]> {
  requireReader(deps.principal, organizationId, 'dataExport.request');
  return selectRows<DataExportRow>(deps.em, `select * from ${DATA_EXPORT} where organization_id = ? order by requested_at desc limit 20`, [organizationId]);
}

export async function findDataExport(deps: Deps, organizationId: string, id: string): Promise<DataExportRow> {
  requireReader(deps.principal, organizationId, 'dataExport.request');
  const [row] = isUuid(id) ? await selectRows<DataExportRow>(deps.em, `select * from ${DATA_EXPORT} where id = ? and organization_id = ?`, [id, organizationId]) : [];
  if (!row) throw notFound('Data export');
  return row;
}

/** Where a READY export downloads: the gateway's `/data-exports/<token>`, valid until the export expires. */
export function downloadUrl(services: Deps['services'], row: Pick<DataExportRow, 'id' | 'status' | 'expiresAt'>): string | null {
  if (row.status !== 'READY' || !row.expiresAt || row.expiresAt <= new Date()) return null;
  return `${services.invoicing.publicUrl}/data-exports/${signToken(exportLinkKey(services), ['EXPORT', row.id], row.expiresAt)}`;
}

export const linkExpiry = (readyAt: Date) => new Date(readyAt.getTime() + EXPORT_LINK_TTL_MS);

export const selectExport = async (em: EntityManager, id: string) => (await selectRows<DataExportRow>(em, `select * from ${DATA_EXPORT} where id = ?`, [id]))[0] ?? null;
