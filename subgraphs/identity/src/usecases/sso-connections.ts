import { randomUUID } from 'node:crypto';
import { fail, forbidden, notFound, principalCan, recordEvent, selectRows, succeed, type Outcome, type SecretBox } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { normaliseCertificate, resolveSamlSettings, validateAutoJoinRole, validateOidc, type OidcSettings, type SamlSettings, type SamlSettingsInput, type SsoKind } from '../domain/sso-connection.js';
import type { IdentityDeps } from './deps.js';

export interface SsoConnectionRecord {
  id: string;
  organizationId: string;
  kind: SsoKind;
  name: string;
  enabled: boolean;
  enforceSso: boolean;
  autoJoin: boolean;
  defaultRoleForAutoJoin: Role;
  samlEntryPoint: string | null;
  samlIssuer: string | null;
  samlCertificate: string | null;
  oidcIssuer: string | null;
  oidcClientId: string | null;
  oidcClientSecretSealed: string | null;
  oidcScopes: string[] | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SsoConnectionInput {
  organizationId: string;
  name: string;
  kind: SsoKind;
  enabled?: boolean | null;
  enforceSso?: boolean | null;
  autoJoin?: boolean | null;
  defaultRoleForAutoJoin?: Role | null;
  saml?: SamlSettingsInput | null;
  oidc?: OidcSettings | null;
}

type SsoDeps = IdentityDeps & { secrets: SecretBox; allowHttpLoopback: boolean };

function requireOwner(deps: IdentityDeps, organizationId: string) {
  if (deps.principal.kind !== 'user' || !principalCan(deps.principal, organizationId, 'sso.manage')) throw forbidden('Only an OWNER configures single sign-on.');
}

/** Every problem with the input at once; for SAML, the settings to store (read from the metadata XML when given). */
function validate(deps: SsoDeps, input: SsoConnectionInput, creating: boolean): Outcome<SamlSettings | null> {
  const saml = input.kind === 'SAML' ? resolveSamlSettings(input.saml, new Date(), deps.allowHttpLoopback) : null;
  const errors = [
    ...(input.name.trim() && input.name.trim().length <= 100 ? [] : [{ code: 'BAD_USER_INPUT' as const, field: ['input', 'name'], message: 'Name it, in at most 100 characters.' }]),
    ...validateAutoJoinRole(input.defaultRoleForAutoJoin ?? 'LEARNER'),
    ...(saml ? (saml.ok ? [] : saml.errors) : validateOidc(input.oidc, creating, deps.allowHttpLoopback)),
  ];
  return errors.length ? fail(...errors) : succeed(saml?.ok ? saml.value : null);
}

/** Creates an SSO connection for an org (OWNER only); the certificate is checked, the client secret sealed. */
export async function createSsoConnection(deps: SsoDeps, input: SsoConnectionInput): Promise<Outcome<SsoConnectionRecord>> {
  requireOwner(deps, input.organizationId);
  const valid = validate(deps, input, true);
  if (!valid.ok) return fail(...valid.errors);
  return deps.em.transactional(async (em) => {
    const [row] = await selectRows<SsoConnectionRecord>(
      em,
      `insert into "identity"."sso_connection" (id, organization_id, kind, name, enabled, enforce_sso, auto_join, default_role_for_auto_join,
         saml_entry_point, saml_issuer, saml_certificate, oidc_issuer, oidc_client_id, oidc_client_secret_sealed, oidc_scopes)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[]) returning *`,
      [
        randomUUID(),
        input.organizationId,
        input.kind,
        input.name.trim(),
        input.enabled ?? true,
        input.enforceSso ?? false,
        input.autoJoin ?? false,
        input.defaultRoleForAutoJoin ?? 'LEARNER',
        ...settingsColumns(deps, input, valid.value),
      ],
    );
    recordEvent(em, deps, { type: 'identity.sso-connection.changed', organizationId: input.organizationId, aggregateId: row!.id, payload: { organizationId: input.organizationId, connectionId: row!.id, kind: input.kind, change: 'created' } });
    await em.flush();
    return succeed(row!);
  });
}

/** Replaces a connection's settings; an OIDC secret left out keeps the stored one. */
export async function updateSsoConnection(deps: SsoDeps, connectionId: string, input: SsoConnectionInput): Promise<Outcome<SsoConnectionRecord>> {
  requireOwner(deps, input.organizationId);
  const valid = validate(deps, input, false);
  if (!valid.ok) return fail(...valid.errors);
  return deps.em.transactional(async (em) => {
    const [current] = await selectRows<SsoConnectionRecord>(em, `select * from "identity"."sso_connection" where id = ? and organization_id = ? for update`, [connectionId, input.organizationId]);
    if (!current || current.kind !== input.kind) throw notFound('SSO connection');
    const columns = settingsColumns(deps, input, valid.value);
    if (input.kind === 'OIDC' && !input.oidc?.clientSecret) columns[5] = current.oidcClientSecretSealed;
    const [row] = await selectRows<SsoConnectionRecord>(
      em,
      `update "identity"."sso_connection" set name = ?, enabled = ?, enforce_sso = ?, auto_join = ?, default_role_for_auto_join = ?,
         saml_entry_point = ?, saml_issuer = ?, saml_certificate = ?, oidc_issuer = ?, oidc_client_id = ?, oidc_client_secret_sealed = ?, oidc_scopes = ?::text[],
         updated_at = now() where id = ? returning *`,
      [input.name.trim(), input.enabled ?? current.enabled, input.enforceSso ?? current.enforceSso, input.autoJoin ?? current.autoJoin, input.defaultRoleForAutoJoin ?? current.defaultRoleForAutoJoin, ...columns, connectionId],
    );
    recordEvent(em, deps, { type: 'identity.sso-connection.changed', organizationId: input.organizationId, aggregateId: connectionId, payload: { organizationId: input.organizationId, connectionId, kind: input.kind, change: 'updated' } });
    await em.flush();
    return succeed(row!);
  });
}

export async function deleteSsoConnection(deps: IdentityDeps, input: { organizationId: string; connectionId: string }): Promise<Outcome<{ id: string }>> {
  requireOwner(deps, input.organizationId);
  return deps.em.transactional(async (em) => {
    const [row] = await selectRows<{ id: string; kind: SsoKind }>(em, `delete from "identity"."sso_connection" where id = ? and organization_id = ? returning id, kind`, [input.connectionId, input.organizationId]);
    if (!row) throw notFound('SSO connection');
    recordEvent(em, deps, { type: 'identity.sso-connection.changed', organizationId: input.organizationId, aggregateId: row.id, payload: { organizationId: input.organizationId, connectionId: row.id, kind: row.kind, change: 'deleted' } });
    await em.flush();
    return succeed({ id: row.id });
  });
}

export function listSsoConnections(deps: Pick<IdentityDeps, 'em'>, organizationId: string) {
  return selectRows<SsoConnectionRecord>(deps.em, `select * from "identity"."sso_connection" where organization_id = ? order by created_at`, [organizationId]);
}

/** saml_entry_point, saml_issuer, saml_certificate, oidc_issuer, oidc_client_id, oidc_client_secret_sealed, oidc_scopes */
function settingsColumns(deps: SsoDeps, input: SsoConnectionInput, saml: SamlSettings | null): unknown[] {
  if (input.kind === 'SAML' && saml) return [saml.entryPoint, saml.issuer.trim(), normaliseCertificate(saml.certificate), null, null, null, null];
  const oidc = input.oidc!;
  return [null, null, null, oidc.issuer.replace(/\/$/, ''), oidc.clientId.trim(), oidc.clientSecret ? deps.secrets.seal(oidc.clientSecret) : null, `{${[...new Set(oidc.scopes)].join(',')}}`];
}
