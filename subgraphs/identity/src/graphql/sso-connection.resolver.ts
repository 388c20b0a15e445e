import { X509Certificate } from 'node:crypto';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Outcome } from '@guildhall/kernel';
import { createSsoConnection, deleteSsoConnection, listSsoConnections, updateSsoConnection, type SsoConnectionRecord } from '../usecases/sso-connections.js';
import type { IdentityContext } from './loaders.js';
import { OrganizationRef } from './organization.type.js';
import { DeleteSsoConnectionPayload, SsoConnection, SsoConnectionInput, SsoConnectionPayload, SsoConnectionRefInput } from './sso-connection.type.js';

/** null when the stored certificate cannot be read: the list still shows, and sign-in answers SSO_PROVIDER_MISCONFIGURED. */
function readCertificate(pem: string | null): X509Certificate | null {
  try {
    return pem ? new X509Certificate(pem) : null;
  } catch {
    return null;
  }
}

const toConnection = (r: SsoConnectionRecord): SsoConnection => {
  const certificate = readCertificate(r.samlCertificate);
  return {
    id: r.id,
    organizationId: r.organizationId,
    kind: r.kind,
    name: r.name,
    enabled: r.enabled,
    enforceSso: r.enforceSso,
    autoJoin: r.autoJoin,
    defaultRoleForAutoJoin: r.defaultRoleForAutoJoin,
    saml: r.kind === 'SAML' ? { entryPoint: r.samlEntryPoint!, issuer: r.samlIssuer!, certificateFingerprint: certificate?.fingerprint256 ?? null, certificateValidTo: certificate ? new Date(certificate.validTo) : null } : null,
    oidc: r.kind === 'OIDC' ? { issuer: r.oidcIssuer!, clientId: r.oidcClientId!, scopes: r.oidcScopes ?? [], clientSecretSet: !!r.oidcClientSecretSealed } : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
};
const respond = (o: Outcome<SsoConnectionRecord>): SsoConnectionPayload => (o.ok ? { connection: toConnection(o.value), userErrors: [] } : { connection: null, userErrors: o.errors });
const ssoDeps = (ctx: IdentityContext) => ({ ...ctx, secrets: ctx.services.secrets, allowHttpLoopback: ctx.services.development });

/** SSO connections: OWNERs configure them, governance reads them; secrets are never shown. */
@Resolver(() => OrganizationRef)
export class SsoConnectionResolver {
  @FieldResolver(() => [SsoConnection], { description: 'SAML and OIDC connections (governance).' })
  async ssoConnections(@Root() org: OrganizationRef, @Ctx() ctx: IdentityContext) {
    return (await listSsoConnections(ctx, org.id)).map(toConnection);
  }

  @Mutation(() => SsoConnectionPayload)
  async createSsoConnection(@Arg('input', () => SsoConnectionInput) input: SsoConnectionInput, @Ctx() ctx: IdentityContext) {
    return respond(await createSsoConnection(ssoDeps(ctx), input));
  }

  @Mutation(() => SsoConnectionPayload)
  async updateSsoConnection(@Arg('connectionId', () => ID) connectionId: string, @Arg('input', () => SsoConnectionInput) input: SsoConnectionInput, @Ctx() ctx: IdentityContext) {
    return respond(await updateSsoConnection(ssoDeps(ctx), connectionId, input));
  }

  @Mutation(() => DeleteSsoConnectionPayload)
  async deleteSsoConnection(@Arg('input', () => SsoConnectionRefInput) input: SsoConnectionRefInput, @Ctx() ctx: IdentityContext): Promise<DeleteSsoConnectionPayload> {
    const outcome = await deleteSsoConnection(ctx, input);
    return outcome.ok ? { deletedId: outcome.value.id, userErrors: [] } : { deletedId: null, userErrors: outcome.errors };
  }
}
