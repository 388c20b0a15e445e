import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, selectRows, type EventCause, type ScheduledJob, type SubgraphServices } from '@guildhall/kernel';
import { dueForSlaWarning, ERASURE_WARNING_DAYS_LEFT, type ErasureRequestRow } from '../domain/erasure-request.js';

const system: EventCause = { principal: { kind: 'service', service: 'compliance' }, origin: null };
const DAY_MS = 86_400_000;

export function slaWarningMail(request: ErasureRequestRow, now: Date): { subject: string; text: string } {
  const daysLeft = Math.ceil((request.dueAt.getTime() - now.getTime()) / DAY_MS);
  const when = daysLeft <= 0 ? 'is overdue' : daysLeft === 1 ? 'is due within a day' : `is due in ${daysLeft} days`;
  const due = request.dueAt.toISOString().slice(0, 10);
  return {
    subject: `Erasure request ${request.id} ${when} (${due})`,
    text: [
      `An erasure request under DPDP section 12 ${when}: the platform must answer it by ${request.dueAt.toISOString()}.`,
      '',
      `Request: ${request.id}`,
      `Status: ${request.status}`,
      `Filed: ${request.requestedAt.toISOString()}`,
      `Deadline: ${request.dueAt.toISOString()}`,
      '',
      request.status === 'PENDING'
        ? 'Process or reject it (processErasureRequest / rejectErasureRequest; erasureRequests(status: PENDING) lists what waits).'
        : 'It was processed but has not completed: look for a failing erasure job in the worker (identity or organization).',
    ].join('\n'),
  };
}

/**
 * Once per request: every open request with 7 days or less left is claimed (`sla_warned_at`, compare-
 * and-set), `compliance.erasure.sla-warning` recorded and the platform's ops address (PAYOUTS_OPS_EMAIL,
 * else MAIL_FROM) mailed, in one transaction: a failed send leaves the request unclaimed for the next
 * run, and a second run (or worker) finds it claimed. The mail names the request, never the person.
 */
export async function runErasureSlaWarnings(em: EntityManager, services: SubgraphServices, now = new Date()): Promise<{ warned: string[] }> {
  const due = await selectRows<ErasureRequestRow>(
    em,
    `select * from "compliance"."erasure_request" where status in ('PENDING', 'IN_PROGRESS') and sla_warned_at is null and due_at <= ? order by due_at, id`,
    [new Date(now.getTime() + ERASURE_WARNING_DAYS_LEFT * DAY_MS)],
  );
  const warned: string[] = [];
  const failures: unknown[] = [];
  for (const request of due.filter((r) => dueForSlaWarning(r, now))) {
    try {
      const claimed = await em.fork().transactional(async (tx) => {
        const [row] = await selectRows<ErasureRequestRow>(
          tx,
          `update "compliance"."erasure_request" set sla_warned_at = ? where id = ? and sla_warned_at is null and status in ('PENDING', 'IN_PROGRESS') returning *`,
          [now, request.id],
        );
        if (!row) return false;
        recordEvent(tx, system, {
          type: 'compliance.erasure.sla-warning',
          organizationId: null,
          aggregateId: row.id,
          payload: { organizationId: null, requestId: row.id, userId: row.userId, dueBy: row.dueAt.toISOString() },
        });
        await tx.flush();
        await services.mailer.send({ to: services.payoutOps.opsEmail, ...slaWarningMail(row, now) });
        return true;
      });
      if (claimed) warned.push(request.id);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} erasure SLA warning(s) could not be sent; the next run tries again`);
  return { warned };
}

/** Daily: the warning window is a week wide, and each request is warned about once. */
export const erasureSlaWarnings: ScheduledJob = {
  name: 'erasure-sla-warnings',
  every: '1 day',
  run: async (em, services) => void (await runErasureSlaWarnings(em, services)),
};
