import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Outcome } from '@guildhall/kernel';
import { issueOrgCredential, listOrgCredentials, revokeOrgCredential, rotateOrgCredential, type OrgCredentialRecord } from '../usecases/org-credentials.js';
import type { IdentityContext } from './loaders.js';
import { CreateApiKeyInput, CreateScimTokenInput, CredentialInput, CredentialPayload, IssuedCredentialPayload, OrgCredential } from './org-credential.type.js';
import { OrganizationRef } from './organization.type.js';

const toCredential = (r: OrgCredentialRecord): OrgCredential => ({
  id: r.id,
  organizationId: r.organizationId,
  name: r.name,
  secretHint: r.secretHint,
  scopes: r.scopes as OrgCredential['scopes'],
  status: r.revokedAt ? 'REVOKED' : r.expiresAt && r.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : 'ACTIVE',
  expiresAt: r.expiresAt,
  revokedAt: r.revokedAt,
  lastUsedAt: r.lastUsedAt,
  createdAt: r.createdAt,
});

const issued = (o: Outcome<{ credential: OrgCredentialRecord; secret: string }>): IssuedCredentialPayload =>
  o.ok ? { credential: toCredential(o.value.credential), secret: o.value.secret, userErrors: [] } : { credential: null, secret: null, userErrors: o.errors };
const changed = (o: Outcome<OrgCredentialRecord>): CredentialPayload => (o.ok ? { credential: toCredential(o.value), userErrors: [] } : { credential: null, userErrors: o.errors });

/** Partner API keys and SCIM tokens: OWNERs manage them, governance reads them; secrets appear once. */
@Resolver(() => OrganizationRef)
export class OrgCredentialResolver {
  @FieldResolver(() => [OrgCredential], { description: 'Partner API keys, newest first (governance).' })
  async apiKeys(@Root() org: OrganizationRef, @Ctx() ctx: IdentityContext) {
    return (await listOrgCredentials(ctx, org.id, 'API_KEY')).map(toCredential);
  }

  @FieldResolver(() => [OrgCredential], { description: 'SCIM bearer tokens for the IdP, newest first (governance).' })
  async scimTokens(@Root() org: OrganizationRef, @Ctx() ctx: IdentityContext) {
    return (await listOrgCredentials(ctx, org.id, 'SCIM_TOKEN')).map(toCredential);
  }

  @Mutation(() => IssuedCredentialPayload)
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: IdentityContext) {
    return issued(await issueOrgCredential(ctx, 'API_KEY', input));
  }

  @Mutation(() => IssuedCredentialPayload)
  async createScimToken(@Arg('input', () => CreateScimTokenInput) input: CreateScimTokenInput, @Ctx() ctx: IdentityContext) {
    return issued(await issueOrgCredential(ctx, 'SCIM_TOKEN', input));
  }

  @Mutation(() => IssuedCredentialPayload, { description: 'A new secret for the key; the old one stops working at once.' })
  async rotateApiKey(@Arg('input', () => CredentialInput) input: CredentialInput, @Ctx() ctx: IdentityContext) {
    return issued(await rotateOrgCredential(ctx, 'API_KEY', input));
  }

  @Mutation(() => IssuedCredentialPayload)
  async rotateScimToken(@Arg('input', () => CredentialInput) input: CredentialInput, @Ctx() ctx: IdentityContext) {
    return issued(await rotateOrgCredential(ctx, 'SCIM_TOKEN', input));
  }

  @Mutation(() => CredentialPayload)
  async revokeApiKey(@Arg('input', () => CredentialInput) input: CredentialInput, @Ctx() ctx: IdentityContext) {
    return changed(await revokeOrgCredential(ctx, 'API_KEY', input));
  }

  @Mutation(() => CredentialPayload)
  async revokeScimToken(@Arg('input', () => CredentialInput) input: CredentialInput, @Ctx() ctx: IdentityContext) {
    return changed(await revokeOrgCredential(ctx, 'SCIM_TOKEN', input));
  }
}

