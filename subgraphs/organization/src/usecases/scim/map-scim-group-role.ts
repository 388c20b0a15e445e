import { fail, forbidden, notFound, principalCan, recordEvent, succeed, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { checkScimGroupRole } from '../../domain/scim-provisioning.js';
import type { OrganizationDeps } from '../deps.js';
import { findScimGroup, type ScimGroupRow } from './scim-directory.js';
import { lockForProvisioning, recomputeScimRoles } from './scim-membership.js';

/** The OWNER says what an IdP group means; its members' roles follow at once (highest rank wins). */
export async function mapScimGroupRole(deps: OrganizationDeps, input: { organizationId: string; groupId: string; role: Role | null }): Promise<Outcome<ScimGroupRow>> {
  if (deps.principal.kind !== 'user' || !principalCan(deps.principal, input.organizationId, 'scimGroups.manage')) throw forbidden('Only an OWNER maps SCIM groups to roles.');
  try {
    return await deps.em.transactional(async (em) => {
      const org = await lockForProvisioning(em, input.organizationId);
      const errors = checkScimGroupRole(input.role, org);
      if (errors.length) throw new UserErrorsThrown(errors);
      const group = await findScimGroup(em, org.id, input.groupId, true);
      if (!group) throw notFound('SCIM group');
      await em.execute(`update "organization"."scim_group" set role = ?, updated_at = now() where id = ?`, [input.role, group.id], 'run');
      await recomputeScimRoles(em, deps, org, group.members.map((m) => m.id));
      recordEvent(em, deps, { type: 'organization.scim-group.role-mapped', organizationId: org.id, aggregateId: group.id, payload: { organizationId: org.id, groupId: group.id, role: input.role } });
      await em.flush();
      return succeed({ ...group, role: input.role });
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}
