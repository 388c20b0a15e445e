import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress, isUuid, sendJson, type Logger, type Principal } from '@guildhall/kernel';
import type { Authenticator } from '../auth/authenticator.js';
import { sessionTokenOf } from '../auth/cookies.js';
import { SubgraphCallError, type SubgraphClient } from '../auth/subgraph-client.js';
import type { createRateLimiter } from '../auth/rate-limiter.js';
import { sendMaintenance, type MaintenanceGate } from '../maintenance/maintenance-gate.js';
import { csvRow } from './csv.js';

export interface AuditLogCsvRouteOptions {
  client: SubgraphClient;
  complianceUrl: string;
  authenticator: Authenticator;
  maintenance: MaintenanceGate;
  apiKeyLimiter: ReturnType<typeof createRateLimiter>;
  log: Logger;
  /** Rows per page asked of compliance (at most 1000). */
  pageSize?: number;
}

interface ExportNode {
  id: string;
  occurredAt: string;
  category: string;
  action: string;
  actorType: string;
  actorId: string | null;
  targetType: string;
  targetId: string;
  ip: string | null;
  userAgent: string | null;
  changes: { field: string; before: string | null; after: string | null }[] | null;
}
interface ExportPage {
  auditLogExportPage: { nodes: ExportNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const PAGE = `query ($organizationId: ID!, $first: Int, $after: String, $category: AuditCategory, $action: String, $actorId: String, $targetType: String, $targetId: String, $from: DateTimeISO, $to: DateTimeISO) {
  auditLogExportPage(organizationId: $organizationId, first: $first, after: $after, category: $category, action: $action, actorId: $actorId, targetType: $targetType, targetId: $targetId, from: $from, to: $to) {
    nodes { id occurredAt category action actorType actorId targetType targetId ip userAgent changes { field before after } }
    pageInfo { hasNextPage endCursor } } }`;
const RECORD = `mutation ($organizationId: ID!, $rows: Int!) { recordAuditLogExport(organizationId: $organizationId, rows: $rows) }`;

const TEXT_FILTERS = ['action', 'actorId', 'targetType', 'targetId'] as const;

export const AUDIT_LOG_CSV_HEADER = ['occurred_at', 'category', 'action', 'actor_type', 'actor_id', 'target_type', 'target_id', 'changes', 'ip', 'user_agent', 'entry_id'];

/**
 * `GET /exports/audit-log.csv?organizationId=…[&from=…][&to=…][&category=…][&action=…][&actorId=…]
 * [&targetType=…][&targetId=…]`: an org's audit log as CSV (the filters of Organization.auditLog), newest first, streamed page by page (one page in memory, the socket's backpressure
 * respected). Authenticated like /graphql (session cookie or bearer token: a user or an API key),
 * and compliance is called as that caller, so exactly the categories they may read in Organization.auditLog
 * are exported. 401 without a valid session; 403 for an org whose audit log the caller may not read
 * (whether or not it exists); 400 for bad parameters. Once streamed, the export is recorded
 * (`compliance.audit-log.exported`, with the rows sent, even if the client went away midway).
 */
export function createAuditLogCsvRoute(options: AuditLogCsvRouteOptions) {
  const pageSize = Math.min(options.pageSize ?? 1000, 1000);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const { token } = sessionTokenOf(req.headers);
    const principal = token ? await options.authenticator.principalFor(token) : null;
    if (!principal || principal.kind === 'anonymous') return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in to continue.');
    if (principal.kind === 'apiKey') {
      const wait = options.apiKeyLimiter.take(principal.keyId);
      if (wait > 0) return (res.setHeader('retry-after', String(wait)), refuse(res, 429, 'RATE_LIMITED', `Too many requests. Try again in ${wait} seconds.`));
    }
    const params = new URL(req.url ?? '/', 'http://gateway').searchParams;
    const organizationId = params.get('organizationId') ?? '';
    if (!isUuid(organizationId)) return refuse(res, 400, 'BAD_REQUEST', 'organizationId names the organization whose audit log to export.');
    const from = dateParam(params.get('from'));
    const to = dateParam(params.get('to'));
    if (from === undefined || to === undefined) return refuse(res, 400, 'BAD_REQUEST', 'from and to are ISO 8601 date-times.');
    const category = params.get('category');
    if (category !== null && !/^[A-Z_]{1,32}$/.test(category)) return refuse(res, 400, 'BAD_REQUEST', 'Unknown category.');
    const text = Object.fromEntries(TEXT_FILTERS.map((name) => [name, params.get(name)]));
    if (Object.values(text).some((value) => value !== null && (value.length === 0 || value.length > 200))) return refuse(res, 400, 'BAD_REQUEST', `${TEXT_FILTERS.join(', ')} are 1 to 200 characters.`);
    const window = options.maintenance.windowFor(principal, [organizationId]);
    if (window) return sendMaintenance(res, window);

    const as = { principal, origin: { ip: clientAddress(req), userAgent: req.headers['user-agent']?.slice(0, 512) ?? null } };
    const variables = { organizationId, first: pageSize, category, ...text, from, to };
    const fetchPage = async (after: string | null) =>
      (await options.client<ExportPage>('compliance', options.complianceUrl, PAGE, { ...variables, after }, as)).auditLogExportPage;

    let page: ExportPage['auditLogExportPage'];
    try {
      page = await fetchPage(null);
    } catch (error) {
      return refuseFor(res, error, options.log);
    }
    res.statusCode = 200;
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="audit-log-${organizationId}.csv"`);
    res.setHeader('cache-control', 'private, no-store');
    let rows = 0;
    let gone = false;
    res.once('close', () => (gone = !res.writableFinished));
    try {
      await write(res, csvRow(AUDIT_LOG_CSV_HEADER));
      for (;;) {
        for (const node of page.nodes) {
          if (gone) break;
          await write(res, csvRow(cellsOf(node)));
          rows += 1;
        }
        if (gone || !page.pageInfo.hasNextPage) break;
        page = await fetchPage(page.pageInfo.endCursor);
      }
      res.end();
    } catch (error) {
      options.log.error('the audit log export stopped midway', { error: (error as Error).message, organizationId, rows });
      res.destroy();
    } finally {
      await record(options, as, organizationId, rows);
    }
  };
}

const cellsOf = (n: ExportNode) => [
  n.occurredAt,
  n.category,
  n.action,
  n.actorType,
  n.actorId,
  n.targetType,
  n.targetId,
  n.changes?.length ? JSON.stringify(Object.fromEntries(n.changes.map((c) => [c.field, { before: c.before, after: c.after }]))) : null,
  n.ip,
  n.userAgent,
  n.id,
];

/** Waits for the socket to drain when its buffer is full: a slow client slows the paging, never the memory. */
async function write(res: ServerResponse, chunk: string) {
  if (res.destroyed || res.write(chunk) || res.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

async function record(options: AuditLogCsvRouteOptions, as: { principal: Principal; origin: { ip: string | null; userAgent: string | null } }, organizationId: string, rows: number) {
  try {
    await options.client('compliance', options.complianceUrl, RECORD, { organizationId, rows }, as);
  } catch (error) {
    options.log.error('could not record an audit log export', { error: (error as Error).message, organizationId, rows });
  }
}

/** undefined: present and not a date-time. */
function dateParam(value: string | null): string | null | undefined {
  if (value === null || value === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function refuse(res: ServerResponse, status: number, code: string, message: string) {
  res.setHeader('cache-control', 'no-store');
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function refuseFor(res: ServerResponse, error: unknown, log: Logger) {
  const codes = error instanceof SubgraphCallError ? error.codes : [];
  if (codes.includes('UNAUTHENTICATED')) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in to continue.');
  // not a member, or a member whose role reads no audit category: the same answer, existence not revealed
  if (codes.includes('NOT_FOUND') || codes.includes('FORBIDDEN')) return refuse(res, 403, 'FORBIDDEN', "You may not export this organization's audit log.");
  if (codes.some((c) => c === 'BAD_REQUEST' || c === 'BAD_USER_INPUT' || c === 'GRAPHQL_VALIDATION_FAILED')) return refuse(res, 400, 'BAD_REQUEST', 'The export parameters are not valid (category, from, to).');
  log.error('compliance did not serve an audit log export', { error: (error as Error).message });
  return refuse(res, 503, 'INTERNAL', 'Try again later.');
}
