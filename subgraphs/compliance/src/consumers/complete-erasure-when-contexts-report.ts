import { createLogger, recordEvent, selectRows, type Consumer, type DomainEvent, type EventCause } from '@guildhall/kernel';
import type { ErasureRequestRow } from '../domain/erasure-request.js';

const log = createLogger('compliance:erasure');
const system: EventCause = { principal: { kind: 'service', service: 'compliance' }, origin: null };
const TABLE = '"compliance"."erasure_request"';

/**
 * The end of the erasure saga. Identity (`identity.user.erased`) and organization
 * (`organization.user.erased`) each report once they erased what they hold; they run in parallel
 * and may report in either order. Each report stamps its own column (a redelivery changes nothing),
 * and the report that finds the other one already there moves the request IN_PROGRESS → COMPLETED by
 * compare-and-set, so `compliance.erasure.completed` is recorded exactly once. The first statement
 * locks the row: two reports at once are applied one after the other, and the second sees the first.
 */
export const completeErasureWhenContextsReport: Consumer = {
  name: 'compliance.complete-erasure-when-contexts-report',
  on: ['identity.user.erased', 'organization.user.erased'],
  async handle(em, event) {
    const { userId, pseudonymId } = (event as DomainEvent<'identity.user.erased' | 'organization.user.erased'>).payload;
    const fromOrganization = event.type === 'organization.user.erased';
    const column = fromOrganization ? 'organization_erased_at' : 'identity_erased_at';
    const ownerless = fromOrganization ? (event as DomainEvent<'organization.user.erased'>).payload.ownerlessOrganizationIds : [];
    const [reported] = await selectRows<ErasureRequestRow>(
      em,
      `update ${TABLE} set "${column}" = coalesce("${column}", now()),
              ownerless_organization_ids = case when ? then ?::uuid[] else ownerless_organization_ids end
        where user_id = ? and pseudonym_id = ? and status in ('IN_PROGRESS', 'COMPLETED') returning id`,
      [fromOrganization, `{${ownerless.join(',')}}`, userId, pseudonymId],
    );
    if (!reported) {
      log.warn('an erasure report matches no processed request', { eventId: event.id, type: event.type });
      return;
    }
    const [completed] = await selectRows<ErasureRequestRow>(
      em,
      `update ${TABLE} set status = 'COMPLETED', completed_at = now()
        where id = ? and status = 'IN_PROGRESS' and identity_erased_at is not null and organization_erased_at is not null returning *`,
      [reported.id],
    );
    if (!completed) return;
    recordEvent(em, system, {
      type: 'compliance.erasure.completed',
      organizationId: null,
      aggregateId: completed.id,
      payload: { organizationId: null, requestId: completed.id, userId: completed.userId, pseudonymId: completed.pseudonymId! },
    });
    await em.flush();
  },
};
