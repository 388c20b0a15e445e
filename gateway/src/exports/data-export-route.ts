import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { sendJson, type ExportStore, type Logger } from '@guildhall/kernel';
import type { SubgraphClient } from '../auth/subgraph-client.js';

export interface DataExportRouteOptions {
  client: SubgraphClient;
  complianceUrl: string;
  exports: ExportStore;
  log: Logger;
}

const DOWNLOAD = `query ($token: String!) { dataExportDownload(token: $token) { exportId state filename } }`;
const TOKEN = /^[A-Za-z0-9_-]{1,300}\.[A-Za-z0-9_-]{1,100}$/;

/**
 * `GET /data-exports/<token>`: an org's data export bundle, for the link e-mailed to whoever asked
 * and shown in the dashboard. The link is the credential (compliance signs it, valid 7 days, and
 * records each download); the bundle streams from the export store, never buffered. An expired link
 * or export is 410; anything that names no export is 404.
 */
export function createDataExportRoute(options: DataExportRouteOptions) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const token = (req.url ?? '').split('?')[0]!.replace(/^\/data-exports\//, '');
    if (!TOKEN.test(token)) return notFound(res);
    let found: { exportId: string; state: string; filename: string } | null;
    try {
      ({ dataExportDownload: found } = await options.client<{ dataExportDownload: typeof found }>('compliance', options.complianceUrl, DOWNLOAD, { token }));
    } catch (error) {
      options.log.error(`compliance did not answer for a data export: ${(error as Error).message}`);
      return sendJson(res, 503, { error: 'UNAVAILABLE', message: 'Try again later.' });
    }
    if (!found) return notFound(res);
    if (found.state !== 'OK') return sendJson(res, 410, { error: 'GONE', message: 'This export has expired; ask for a new one.' });
    const file = await options.exports.open(found.exportId);
    if (!file) return sendJson(res, 410, { error: 'GONE', message: 'This export is no longer kept; ask for a new one.' });
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', String(file.bytes));
    res.setHeader('content-disposition', `attachment; filename="${found.filename.replace(/[^A-Za-z0-9._-]/g, '-')}"`);
    res.setHeader('cache-control', 'private, no-store');
    await pipeline(file.stream, res);
  };
}

const notFound = (res: ServerResponse) => sendJson(res, 404, { error: 'NOT_FOUND', message: 'This link is invalid.' });
