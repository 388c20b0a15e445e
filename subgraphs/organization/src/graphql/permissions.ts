import { allow, isAuthenticated, isGatewayService, isPlatformAdmin, isSelf, orgCapability, type IRules } from '@guildhall/kernel';

const memberOfParent = orgCapability('organization.read', (org: { id: string }) => org.id);
const manageMembers = orgCapability('members.manage', (_p, args: { input: { organizationId: string } }) => args.input.organizationId);
const membersOfParentOrg = orgCapability('members.read', (m: { organizationId: string }) => m.organizationId);

export const permissions: IRules = {
  Query: {
    organization: orgCapability('organization.read', (_p, args: { id: string }) => args.id),
    principalMemberships: isGatewayService,
  },
  Mutation: {
    createOrganization: isAuthenticated,
    addMember: manageMembers,
    changeMemberRole: manageMembers,
    suspendMember: manageMembers,
    reactivateMember: manageMembers,
    removeMember: manageMembers,
    transitionOrganization: isPlatformAdmin,
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
  MemberPayload: allow,
  TransitionOrganizationPayload: allow,
  UserError: allow,
  PrincipalMembership: isGatewayService,
};
