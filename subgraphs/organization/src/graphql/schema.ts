import { buildFederatedSchema } from '@guildhall/kernel';
import { InvitationAcceptResolver } from './invitation-accept.resolver.js';
import { InvitationAdminResolver } from './invitation-admin.resolver.js';
import { InvitationListResolver } from './invitation-list.resolver.js';
import { MemberAdminResolver } from './member-admin.resolver.js';
import { MembershipResolver } from './membership.resolver.js';
import { MembershipFieldsResolver } from './membership-fields.resolver.js';
import { OrganizationLifecycleResolver } from './organization-lifecycle.resolver.js';
import { OrganizationDirectoryResolver } from './organization-directory.resolver.js';
import { OrganizationsByStatusResolver } from './organizations-by-status.resolver.js';
import { OrganizationSettingsResolver } from './organization-settings.resolver.js';
import { OrganizationMembersResolver } from './organization-members.resolver.js';
import { resolveOrganizationReference, resolveUserReference } from './organization.reference.js';
import { OrganizationResolver } from './organization.resolver.js';
import { OwnerAppointmentResolver } from './owner-appointment.resolver.js';
import { permissions } from './permissions.js';
import { PrincipalMembershipsResolver } from './principal-memberships.resolver.js';
import { ScimGroupMappingResolver } from './scim-group-mapping.resolver.js';
import { ScimProvisioningResolver } from './scim-provisioning.resolver.js';
import { UserOrganizationsResolver } from './user-organizations.resolver.js';
import { UserRef } from './user.type.js';

export const buildOrganizationSchema = () =>
  buildFederatedSchema({
    resolvers: [
      OrganizationResolver,
      OrganizationMembersResolver,
      MembershipFieldsResolver,
      UserOrganizationsResolver,
      PrincipalMembershipsResolver,
      MemberAdminResolver,
      InvitationAdminResolver,
      InvitationAcceptResolver,
      InvitationListResolver,
      MembershipResolver,
      OrganizationLifecycleResolver,
      OrganizationSettingsResolver,
      OrganizationDirectoryResolver,
      OrganizationsByStatusResolver,
      ScimProvisioningResolver,
      ScimGroupMappingResolver,
      OwnerAppointmentResolver,
    ],
    orphanedTypes: [UserRef],
    permissions,
    references: { Organization: resolveOrganizationReference as never, User: resolveUserReference as never },
  });
