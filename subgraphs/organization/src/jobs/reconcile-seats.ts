import { createLogger, recordEvent, selectRows, type ScheduledJob } from '@guildhall/kernel';
import { lockOrganization } from '../usecases/organization-lock.js';

const log = createLogger('organization:reconcile-seats');
const ACTIVE_LEARNERS = `select count(*) as n from "organization"."membership" where organization_id = ? and role = 'LEARNER' and status = 'ACTIVE'`;

/**
 * Compares each org's `seats_used` with the ACTIVE LEARNERs it really has; reports and repairs any
 * drift (it should never happen: the seat gate is the only writer), one audited event per repair.
 * Each repair recounts under the org's lock, the same lock every membership change takes.
 */
export const reconcileSeats: ScheduledJob = {
  name: 'reconcile-seats',
  every: '1 hour',
  async run(em) {
    const suspects = await selectRows<{ id: string }>(
      em,
      `select o.id from "organization"."organization" o left join "organization"."membership" m on m.organization_id = o.id
        group by o.id having o.seats_used <> count(m.id) filter (where m.role = 'LEARNER' and m.status = 'ACTIVE')`,
    );
    for (const { id } of suspects) {
      await em.fork().transactional(async (tx) => {
        const org = await lockOrganization(tx, id);
        const [count] = await selectRows<{ n: string }>(tx, ACTIVE_LEARNERS, [id]);
        const actual = Number(count?.n ?? 0);
        if (!org || org.seatsUsed === actual) return;
        log.warn('seat count drift repaired', { organizationId: id, recorded: org.seatsUsed, actual });
        await tx.execute(`update "organization"."organization" set seats_used = ? where id = ?`, [actual, id], 'run');
        recordEvent(tx, { principal: { kind: 'service', service: 'organization' }, origin: null }, {
          type: 'organization.seats-reconciled',
          organizationId: id,
          aggregateId: id,
          payload: { organizationId: id, recorded: org.seatsUsed, actual },
        });
        await tx.flush();
      });
    }
  },
};
