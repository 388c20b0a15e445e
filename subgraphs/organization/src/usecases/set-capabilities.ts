import { fail, forbidden, notFound, recordEvent, selectRows, succeed, userError, type Outcome } from '@guildhall/kernel';
import { can } from '@guildhall/roles';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationDeps } from './deps.js';
import { findMembership, lockOrganization } from './organization-lock.js';

/**
 * canSponsor (buys for its LEARNERs) and canHost (its EXPERTs sell): OWNER only, at least one on,
 * canHost only while host orgs are enabled, and neither turned off while members depend on it.
 */
export async function setCapabilities(
  deps: OrganizationDeps & { hostOrgsEnabled: boolean },
  input: { organizationId: string; canSponsor: boolean; canHost: boolean },
): Promise<Outcome<OrganizationRecord>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden();
  if (!input.canSponsor && !input.canHost) return fail(userError('BAD_USER_INPUT', ['input'], 'An organization must sponsor learners, host experts, or both.'));
  return deps.em.transactional(async (em) => {
    const org = await lockOrganization(em, input.organizationId);
    const membership = await findMembership(em, { organizationId: input.organizationId, userId: principal.userId });
    if (!org || org.status === 'DEACTIVATED' || !membership) throw notFound('Organization');
    if (!can(membership, 'organization.capabilities.manage')) throw forbidden('Only an OWNER can change what the organization does.');
    if (input.canHost && !org.canHost && !deps.hostOrgsEnabled) {
      return fail(userError('HOST_ORGS_GATED', ['input', 'canHost'], 'Hosting experts is not open to organizations yet.'));
    }
    const [counts] = await selectRows<{ experts: string; learners: string }>(
      em,
      `select count(*) filter (where role = 'EXPERT') as experts, count(*) filter (where role = 'LEARNER') as learners
         from "organization"."membership" where organization_id = ? and status in ('ACTIVE', 'SUSPENDED', 'PENDING')`,
      [org.id],
    );
    if (!input.canHost && org.canHost && Number(counts?.experts) > 0) {
      return fail(userError('CONFLICT', ['input', 'canHost'], `${counts?.experts} EXPERT members still sell for this org; change their roles first.`));
    }
    if (!input.canSponsor && org.canSponsor && Number(counts?.learners) > 0) {
      return fail(userError('CONFLICT', ['input', 'canSponsor'], `${counts?.learners} LEARNER members are still sponsored; change their roles first.`));
    }
    const [row] = await selectRows<OrganizationRecord>(em, `update "organization"."organization" set can_sponsor = ?, can_host = ?, updated_at = now() where id = ? returning *`, [input.canSponsor, input.canHost, org.id]);
    recordEvent(em, deps, { type: 'organization.capabilities-changed', organizationId: org.id, aggregateId: org.id, payload: { organizationId: org.id, canSponsor: input.canSponsor, canHost: input.canHost } });
    await em.flush();
    return succeed(row!);
  });
}
