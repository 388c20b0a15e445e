import { allow, isGatewayService, isScimClient, isSelf, orgCapability, type IRules } from '@guildhall/kernel';
import type { Capability } from '@guildhall/roles';
import { rule } from 'graphql-shield';
import type { IdentityContext } from './loaders.js';

/** A person, or a partner's API key reading users its org's members point to. */
const signedIn = rule({ cache: 'contextual' })((_p, _a, ctx: IdentityContext) => ctx.principal.kind === 'user' || ctx.principal.kind === 'apiKey');

const manage = (capability: Capability) => orgCapability(capability, (_p, args: { input: { organizationId: string } }) => args.input.organizationId);

/** Default deny; every field of identity's schema is named here. */
export const permissions: IRules = {
  Query: {
    viewer: allow,
    ssoCheck: allow,
    sessionPrincipal: isGatewayService,
    credentialPrincipal: isGatewayService,
    samlServiceProviderMetadata: isGatewayService,
  },
  Mutation: {
    signUp: allow,
    signIn: allow,
    signOut: allow,
    beginSsoLogin: isGatewayService,
    completeSsoLogin: isGatewayService,
    completeSamlLogin: isGatewayService,
    createSsoConnection: manage('sso.manage'),
    updateSsoConnection: manage('sso.manage'),
    deleteSsoConnection: manage('sso.manage'),
    createApiKey: manage('apiKeys.manage'),
    rotateApiKey: manage('apiKeys.manage'),
    revokeApiKey: manage('apiKeys.manage'),
    createScimToken: manage('scimTokens.manage'),
    rotateScimToken: manage('scimTokens.manage'),
    revokeScimToken: manage('scimTokens.manage'),
    claimDomain: manage('domains.manage'),
    verifyDomain: manage('domains.manage'),
    removeDomainClaim: manage('domains.manage'),
    provisionScimAccount: isScimClient,
  },
  User: {
    id: signedIn,
    name: signedIn,
    createdAt: isSelf((user: { id: string }) => user.id),
    email: isSelf((user: { id: string }) => user.id),
    platformAdmin: isSelf((user: { id: string }) => user.id),
  },
  Organization: {
    id: allow,
    apiKeys: orgCapability('apiKeys.read', (org: { id: string }) => org.id),
    scimTokens: orgCapability('scimTokens.read', (org: { id: string }) => org.id),
    domainClaims: orgCapability('sso.read', (org: { id: string }) => org.id),
    ssoConnections: orgCapability('sso.read', (org: { id: string }) => org.id),
  },
  // reachable only through Organization.ssoConnections and the OWNER-only mutations below
  SsoConnection: allow,
  SamlSettingsView: allow,
  OidcSettingsView: allow,
  SsoConnectionPayload: allow,
  DeleteSsoConnectionPayload: allow,
  // reachable only through the guarded Organization fields and the OWNER-only mutations below
  OrgCredential: allow,
  ScimAccountPayload: allow,
  IssuedCredentialPayload: allow,
  CredentialPayload: allow,
  CredentialPrincipal: isGatewayService,
  // governance of the claim's org; the TXT value is not a secret (it is published in DNS) but stays with them too
  DomainClaim: orgCapability('sso.read', (claim: { organizationId: string }) => claim.organizationId),
  DomainClaimPayload: allow,
  AuthPayload: allow,
  SsoCheck: allow,
  SignOutPayload: allow,
  UserError: allow,
  SessionPrincipal: isGatewayService,
  SsoLoginResult: isGatewayService,
};
