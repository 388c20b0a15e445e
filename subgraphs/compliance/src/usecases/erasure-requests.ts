import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ERASURE_SALT_LABEL,
  fail,
  forbidden,
  isUuid,
  notFound,
  pseudonymIdOf,
  recordEvent,
  selectRows,
  succeed,
  unauthenticated,
  userError,
  type Outcome,
  type SubgraphContext,
  type SubgraphServices,
} from '@guildhall/kernel';
import { erasureDueAt, validateRejectionReason, type ErasureRequestRow, type ErasureStatus } from '../domain/erasure-request.js';

export type ErasureDeps = Pick<SubgraphContext, 'em' | 'principal' | 'origin'>;
const TABLE = '"compliance"."erasure_request"';

/** pseudonymous id = sha256(user id + salt); the salt is derived from DATA_ENCRYPTION_KEY, never stored. */
export const pseudonymFor = (services: Pick<SubgraphServices, 'secrets'>, userId: string) => pseudonymIdOf(userId, services.secrets.deriveKey(ERASURE_SALT_LABEL));

const change = (row: ErasureRequestRow) => ({ organizationId: null, requestId: row.id, userId: row.userId });

function requirePlatformAdmin(deps: ErasureDeps): string {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw unauthenticated();
  if (!principal.platformAdmin) throw forbidden('Only a platform administrator can process erasure requests.');
  return principal.userId;
}

/**
 * The signed-in person asks to be erased. Idempotent: while a request of theirs is open (PENDING or
 * IN_PROGRESS), that one is returned and nothing new is recorded; two at once make one (unique index).
 */
export async function requestErasure(deps: ErasureDeps, now = new Date()): Promise<Outcome<{ request: ErasureRequestRow; created: boolean }>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw unauthenticated();
  return deps.em.transactional(async (em) => {
    const [created] = await selectRows<ErasureRequestRow>(
      em,
      `insert into ${TABLE} (id, user_id, status, requested_at, due_at) values (?, ?, 'PENDING', ?, ?)
       on conflict ("user_id") where "status" in ('PENDING', 'IN_PROGRESS') do nothing returning *`,
      [randomUUID(), principal.userId, now, erasureDueAt(now)],
    );
    if (!created) {
      const open = await openRequestOf(em, principal.userId);
      if (!open) throw new Error('an open erasure request was expected'); // it closed between the two statements: the client retries
      return succeed({ request: open, created: false });
    }
    recordEvent(em, deps, { type: 'compliance.erasure.requested', organizationId: null, aggregateId: created.id, payload: change(created) });
    await em.flush();
    return succeed({ request: created, created: true });
  });
}

async function openRequestOf(em: EntityManager, userId: string): Promise<ErasureRequestRow | null> {
  const [row] = await selectRows<ErasureRequestRow>(em, `select * from ${TABLE} where user_id = ? and status in ('PENDING', 'IN_PROGRESS')`, [userId]);
  return row ?? null;
}

/** The caller's open request, else their latest one; null when they never asked. */
export async function myErasureRequest(deps: ErasureDeps): Promise<ErasureRequestRow | null> {
  if (deps.principal.kind !== 'user') return null;
  const [row] = await selectRows<ErasureRequestRow>(
    deps.em,
    `select * from ${TABLE} where user_id = ? order by (status in ('PENDING', 'IN_PROGRESS')) desc, requested_at desc, id desc limit 1`,
    [deps.principal.userId],
  );
  return row ?? null;
}

async function requestById(em: EntityManager, id: string): Promise<ErasureRequestRow> {
  if (!isUuid(id)) throw notFound('Erasure request');
  const [row] = await selectRows<ErasureRequestRow>(em, `select * from ${TABLE} where id = ?`, [id]);
  if (!row) throw notFound('Erasure request');
  return row;
}

const notPending = (row: ErasureRequestRow, verb: string) =>
  userError('CONFLICT', ['input', 'requestId'], `This request is ${row.status}; only a PENDING request can be ${verb}.`);

/**
 * A platform admin approves: PENDING → IN_PROGRESS by compare-and-set (two admins at once: one wins,
 * the other gets CONFLICT), with the pseudonymous id, and `compliance.erasure.approved` starts the saga.
 */
export async function processErasureRequest(deps: ErasureDeps & Pick<SubgraphContext, 'services'>, input: { requestId: string }): Promise<Outcome<ErasureRequestRow>> {
  const adminId = requirePlatformAdmin(deps);
  return deps.em.transactional(async (em) => {
    const found = await requestById(em, input.requestId);
    const pseudonymId = pseudonymFor(deps.services, found.userId);
    const [row] = await selectRows<ErasureRequestRow>(
      em,
      `update ${TABLE} set status = 'IN_PROGRESS', pseudonym_id = ?, processed_by = ?, processed_at = now() where id = ? and status = 'PENDING' returning *`,
      [pseudonymId, adminId, found.id],
    );
    if (!row) return fail(notPending(await requestById(em, found.id), 'processed'));
    recordEvent(em, deps, { type: 'compliance.erasure.approved', organizationId: null, aggregateId: row.id, payload: { ...change(row), pseudonymId } });
    await em.flush();
    return succeed(row);
  });
}

/** A platform admin refuses, with a reason (required): PENDING → REJECTED by compare-and-set. */
export async function rejectErasureRequest(deps: ErasureDeps, input: { requestId: string; reason: string }): Promise<Outcome<ErasureRequestRow>> {
  const adminId = requirePlatformAdmin(deps);
  const problems = validateRejectionReason(input.reason, ['input', 'reason']);
  if (problems.length) return fail(...problems);
  const reason = input.reason.trim();
  return deps.em.transactional(async (em) => {
    const found = await requestById(em, input.requestId);
    const [row] = await selectRows<ErasureRequestRow>(
      em,
      `update ${TABLE} set status = 'REJECTED', rejected_by = ?, rejected_at = now(), rejection_reason = ? where id = ? and status = 'PENDING' returning *`,
      [adminId, reason, found.id],
    );
    if (!row) return fail(notPending(await requestById(em, found.id), 'rejected'));
    recordEvent(em, deps, { type: 'compliance.erasure.rejected', organizationId: null, aggregateId: row.id, payload: { ...change(row), reason } });
    await em.flush();
    return succeed(row);
  });
}

/** Platform admins: requests oldest first (the order they are due), optionally of one status; keyset-paginated. */
export async function listErasureRequests(deps: ErasureDeps, filter: { status?: ErasureStatus | null }, limit: number, after: [string, string] | null): Promise<ErasureRequestRow[]> {
  requirePlatformAdmin(deps);
  const params: unknown[] = [];
  let where = 'true';
  if (filter.status) (where += ' and status = ?'), params.push(filter.status);
  if (after) (where += ' and (requested_at, id) > (?::timestamptz, ?::uuid)'), params.push(after[0], after[1]);
  return selectRows<ErasureRequestRow>(deps.em, `select * from ${TABLE} where ${where} order by requested_at, id limit ?`, [...params, limit + 1]);
}
