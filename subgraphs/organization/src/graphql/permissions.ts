import { allow, isAuthenticated, isGatewayService, isPlatformAdmin, isSelf, orgCapability, type IRules } from '@guildhall/kernel';

const memberOfParent = orgCapability('organization.read', (org: { id: string }) => org.id);
const financeRead = orgCapability('billing.read', (org: { id: string }) => org.id);
const memberOfInput = orgCapability('organization.read', (_p, args: { input: { organizationId: string } }) => args.input.organizationId);
const manageMembers = orgCapability('members.manage', (_p, args: { input: { organizationId: string } }) => args.input.organizationId);
const membersOfParentOrg = orgCapability('members.read', (m: { organizationId: string }) => m.organizationId);

export const permissions: IRules = {
  Query: {
    organization: orgCapability('organization.read', (_p, args: { id: string }) => args.id),
    principalMemberships: isGatewayService,
    organizationDirectory: allow,
  },
  Mutation: {
    createOrganization: isAuthenticated,
    addMember: manageMembers,
    changeMemberRole: manageMembers,
    suspendMember: manageMembers,
    reactivateMember: manageMembers,
    removeMember: manageMembers,
    transitionOrganization: isPlatformAdmin,
    // the use cases check the field allow-list, OWNER-only capabilities and both orgs of a link
    updateOrganization: memberOfInput,
    setOrganizationCapabilities: memberOfInput,
    setParentOrganization: memberOfInput,
  },
  Organization: {
    '*': memberOfParent,
    members: orgCapability('members.read', (org: { id: string }) => org.id),
    legalName: financeRead,
    gstin: financeRead,
    panLast4: financeRead,
    msmeUdyam: financeRead,
    registeredAddress: financeRead,
    billingEmail: financeRead,
    paymentTermsDays: financeRead,
    // the parent is shown only to its own members: resolving it applies the rules of that org
    parent: memberOfParent,
  },
  PostalAddressType: allow,
  PublicOrganization: allow,
  PublicOrganizationConnection: allow,
  OrganizationPayload: allow,
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
