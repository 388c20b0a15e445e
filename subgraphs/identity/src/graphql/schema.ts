import { buildFederatedSchema } from '@guildhall/kernel';
import { AuthResolver } from './auth.resolver.js';
import { CredentialPrincipalResolver } from './credential-principal.resolver.js';
import { DomainClaimResolver, OrganizationDomainClaimsResolver } from './domain-claim.resolver.js';
import { OrgCredentialResolver } from './org-credential.resolver.js';
import { OrganizationRef, resolveOrganizationReference } from './organization.type.js';
import { permissions } from './permissions.js';
import { SamlMetadataResolver } from './saml-metadata.resolver.js';
import { ScimAccountResolver } from './scim-account.resolver.js';
import { SessionPrincipalResolver } from './session-principal.resolver.js';
import { SsoCheckResolver } from './sso-check.resolver.js';
import { SsoConnectionResolver } from './sso-connection.resolver.js';
import { SsoLoginResolver } from './sso-login.resolver.js';
import { resolveUserReference } from './user.reference.js';
import { User } from './user.type.js';
import { ViewerResolver } from './viewer.resolver.js';

export const buildIdentitySchema = () =>
  buildFederatedSchema({
    resolvers: [ViewerResolver, AuthResolver, SessionPrincipalResolver, CredentialPrincipalResolver, OrgCredentialResolver, DomainClaimResolver, OrganizationDomainClaimsResolver, SsoConnectionResolver, SsoCheckResolver, SsoLoginResolver, SamlMetadataResolver, ScimAccountResolver],
    orphanedTypes: [User, OrganizationRef],
    permissions,
    references: { User: resolveUserReference as never, Organization: resolveOrganizationReference as never },
  });
