import { allow, isAuthenticated, isGatewayService, isPlatformAdmin, isScimClient, isSelf, orgCapability, type IRules } from '@guildhall/kernel';

// platform administrators read the orgs they verify, suspend and support (their console); they change
// them only through the platform mutations, which check the flag themselves
const platform = { platformAdmin: true };
const memberOfParent = orgCapability('organization.read', (org: { id: string }) => org.id, 'Organization', platform);
const financeRead = orgCapability('billing.read', (org: { id: string }) => org.id, 'Organization', platform);
const memberOfInput = orgCapability('organization.read', (_p, args: { input: { organizationId: string } }) => args.input.organizationId);
const manageMembers = orgCapability('members.manage', (_p, args: { input: { organizationId: string } }) => args.input.organizationId);
const manageInvitations = orgCapability('invitations.manage', (_p, args: { input: { organizationId: string } }) => args.input.organizationId);

export const permissions: IRules = {
  Query: {
    organization: orgCapability('organization.read', (_p, args: { id: string }) => args.id, 'Organization', platform),
    principalMemberships: isGatewayService,
    invitationPreview: allow, // the accept page, signed in or not; the token is the secret
    organizationDirectory: allow,
    organizationsByStatus: isPlatformAdmin,
    membership: allow, // the resolver answers NOT_FOUND outside the caller's orgs
    scimUsers: isScimClient,
    scimUser: isScimClient,
    scimGroups: isScimClient,
    scimGroup: isScimClient,
  },
  Subscription: {
    membersChanged: orgCapability('members.read', (_p, args: { organizationId: string }) => args.organizationId),
  },
  Mutation: {
    createOrganization: isAuthenticated,
    addMember: manageMembers,
    changeMemberRole: manageMembers,
    suspendMember: manageMembers,
    reactivateMember: manageMembers,
    removeMember: manageMembers,
    inviteMember: manageInvitations,
    inviteMembers: manageInvitations,
    resendInvitation: manageInvitations,
    revokeInvitation: manageInvitations,
    acceptInvitation: isAuthenticated, // the use case checks the signed-in email against the invitation
    transitionOrganization: isPlatformAdmin,
    appointOrganizationOwner: isPlatformAdmin, // only for an org left without an ACTIVE OWNER (the use case checks)
    // the use cases check the field allow-list, OWNER-only capabilities and both orgs of a link
    updateOrganization: memberOfInput,
    setOrganizationCapabilities: memberOfInput,
    setParentOrganization: memberOfInput,
    // the org of every SCIM call is the token's own, never an argument
    scimCreateUser: isScimClient,
    scimReplaceUser: isScimClient,
    scimDeleteUser: isScimClient,
    scimCreateGroup: isScimClient,
    scimReplaceGroup: isScimClient,
    scimDeleteGroup: isScimClient,
    mapScimGroupRole: orgCapability('scimGroups.manage', (_p, args: { input: { organizationId: string } }) => args.input.organizationId),
  },
  Organization: {
    '*': memberOfParent,
    members: orgCapability('members.read', (org: { id: string }) => org.id, 'Organization', platform),
    invitations: orgCapability('invitations.manage', (org: { id: string }) => org.id),
    scimGroups: orgCapability('scimGroups.read', (org: { id: string }) => org.id),
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
  PlatformOrganizationConnection: allow, // only organizationsByStatus returns it: platform admins
  OrganizationPayload: allow,
  // reachable only through guarded doors (Organization.members, membership(id), the caller's own
  // membership, member mutations); a rule per field of every listed member would only cost CPU
  Membership: allow,
  MembershipConnection: allow,
  Invitation: orgCapability('invitations.manage', (i: { organizationId: string }) => i.organizationId),
  InvitationConnection: allow,
  InvitationPayload: allow,
  RevokeInvitationPayload: allow,
  InviteMembersPayload: allow,
  InviteMembersRowResult: allow,
  AcceptInvitationPayload: allow,
  InvitationPreview: allow,
  PageInfo: allow,
  User: {
    id: allow,
    organizations: isSelf((user: { id: string }) => user.id),
  },
  CreateOrganizationPayload: allow,
  MemberPayload: allow,
  TransitionOrganizationPayload: allow,
  AppointOrganizationOwnerPayload: allow,
  UserError: allow,
  PrincipalMembership: isGatewayService,
  // reachable only through the SCIM fields above
  ScimUserRecord: allow,
  ScimUserLookup: allow,
  ScimGroupRecord: allow,
  ScimGroupRef: allow,
  ScimMemberRef: allow,
  ScimUserPayload: allow,
  ScimGroupPayload: allow,
  ScimDeletePayload: allow,
  ScimGroup: allow,
  ScimGroupMappingPayload: allow,
};
