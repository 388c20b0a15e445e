import { fail, notFound, succeed, UserErrorsThrown, type MemberSource, type Outcome } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { checkRoleAllowedInOrg } from '@guildhall/roles';
import type { MembershipRecord } from '../entities/membership.entity.js';
import { admitMember } from './add-member.js';
import type { OrganizationDeps } from './deps.js';
import { lockOrganization } from './organization-lock.js';

/**
 * Admits a user on the system's authority (seed data now; SSO auto-join and SCIM provisioning later):
 * no administrator is asked, but the org's capabilities, seats and member cap all still apply.
 */
export async function admitUser(deps: OrganizationDeps, input: { organizationId: string; userId: string; role: Role; source: MemberSource }): Promise<Outcome<MembershipRecord>> {
  try {
    return await deps.em.transactional(async (em) => {
      const org = await lockOrganization(em, input.organizationId);
      if (!org || org.status === 'DEACTIVATED') throw notFound('Organization');
      const errors = checkRoleAllowedInOrg(input.role, org);
      if (errors.length) throw new UserErrorsThrown(errors);
      return succeed(await admitMember(em, deps, org, input));
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}
