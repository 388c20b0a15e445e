import { fail, forbidden, notFound, recordEvent, selectRows, succeed, userError, type Outcome } from '@guildhall/kernel';
import { LIFECYCLE_ACTIONS, type LifecycleAction } from '../domain/organization-lifecycle.js';
import type { OrganizationStatus } from '../domain/organization-status.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationDeps } from './deps.js';

/**
 * Verify, suspend, reactivate or deactivate an org: platform admins only, one compare-and-set
 * statement, so two admins acting at once cannot both succeed from the same status.
 */
export async function transitionOrganization(deps: OrganizationDeps, input: { organizationId: string; action: LifecycleAction; reason?: string | null }): Promise<Outcome<OrganizationRecord>> {
  if (deps.principal.kind !== 'user' || !deps.principal.platformAdmin) throw forbidden('Only a platform administrator can change an organization’s status.');
  const { from, to } = LIFECYCLE_ACTIONS[input.action];
  return deps.em.transactional(async (em) => {
    const [previous] = await selectRows<{ status: OrganizationStatus }>(em, `select status from "organization"."organization" where id = ? for update`, [input.organizationId]);
    if (!previous) throw notFound('Organization');
    const [row] = await selectRows<OrganizationRecord>(
      em,
      `update "organization"."organization" set status = ?, updated_at = now() where id = ? and status in (${from.map(() => '?').join(', ')}) returning *`,
      [to, input.organizationId, ...from],
    );
    if (!row) return fail(userError('CONFLICT', ['input', 'action'], `An organization that is ${previous.status} cannot be ${input.action.toLowerCase()}d.`));
    recordEvent(em, deps, {
      type: 'organization.status-changed',
      organizationId: row.id,
      aggregateId: row.id,
      payload: { organizationId: row.id, status: to, previousStatus: previous.status, reason: input.reason ?? null },
    });
    await em.flush();
    return succeed(row);
  });
}
