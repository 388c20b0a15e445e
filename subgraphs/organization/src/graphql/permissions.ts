import { allow, isAuthenticated, isGatewayService, isSelf, orgCapability, type IRules } from '@guildhall/kernel';

const memberOfParent = orgCapability('organization.read', (org: { id: string }) => org.id);
const membersOfParentOrg = orgCapability('members.read', (m: { organizationId: string }) => m.organizationId);

export const permissions: IRules = {
  Query: {
    organization: orgCapability('organization.read', (_p, args: { id: string }) => args.id),
    principalMemberships: isGatewayService,
  },
  Mutation: {
    createOrganization: isAuthenticated,
  },
  Organization: {
    '*': memberOfParent,
    members: orgCapability('members.read', (org: { id: string }) => org.id),
  },
  Membership: membersOfParentOrg,
  MembershipConnection: allow,
  PageInfo: allow,
  User: {
    id: allow,
    organizations: isSelf((user: { id: string }) => user.id),
  },
  CreateOrganizationPayload: allow,
  UserError: allow,
  PrincipalMembership: isGatewayService,
};
