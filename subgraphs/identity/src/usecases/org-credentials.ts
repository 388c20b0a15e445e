import { randomUUID } from 'node:crypto';
import { fail, forbidden, notFound, principalCan, recordEvent, selectRows, succeed, userError, type Outcome } from '@guildhall/kernel';
import type { Capability } from '@guildhall/roles';
import { newCredentialSecret, validateCredentialInput, type CredentialKind } from '../domain/org-credential.js';
import type { IdentityDeps } from './deps.js';

export interface OrgCredentialRecord {
  id: string;
  organizationId: string;
  kind: CredentialKind;
  name: string;
  secretHint: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

const MANAGE: Record<CredentialKind, Capability> = { API_KEY: 'apiKeys.manage', SCIM_TOKEN: 'scimTokens.manage' };

function requireManager(deps: IdentityDeps, organizationId: string, kind: CredentialKind) {
  if (deps.principal.kind !== 'user') throw forbidden();
  if (!principalCan(deps.principal, organizationId, MANAGE[kind])) throw forbidden('Only an OWNER manages API keys and SCIM tokens.');
  return deps.principal.userId;
}

/** Issues a credential and returns its secret, which is never available again. */
export async function issueOrgCredential(
  deps: IdentityDeps,
  kind: CredentialKind,
  input: { organizationId: string; name: string; scopes?: string[] | null; expiresInDays?: number | null },
): Promise<Outcome<{ credential: OrgCredentialRecord; secret: string }>> {
  const userId = requireManager(deps, input.organizationId, kind);
  const errors = validateCredentialInput(input, kind);
  if (errors.length) return fail(...errors);
  return deps.em.transactional(async (em) => {
    const { secret, hash, hint } = newCredentialSecret(kind);
    const [credential] = await selectRows<OrgCredentialRecord>(
      em,
      `insert into "identity"."org_credential" (id, organization_id, kind, name, secret_hash, secret_hint, scopes, expires_at, created_by)
       values (?, ?, ?, ?, ?, ?, ?::text[], ${input.expiresInDays ? `now() + make_interval(days => ?)` : 'null'}, ?) returning *`,
      [randomUUID(), input.organizationId, kind, input.name.trim(), hash, hint, `{${kind === 'API_KEY' ? [...new Set(input.scopes)].join(',') : ''}}`, ...(input.expiresInDays ? [input.expiresInDays] : []), userId],
    );
    recordEvent(em, deps, { type: 'identity.credential.issued', organizationId: input.organizationId, aggregateId: credential!.id, payload: { organizationId: input.organizationId, credentialId: credential!.id, kind } });
    await em.flush();
    return succeed({ credential: credential!, secret });
  });
}

/** Revokes at once; a revoked secret is refused (and the attempt audited) from the next request on. */
export async function revokeOrgCredential(deps: IdentityDeps, kind: CredentialKind, input: { organizationId: string; credentialId: string }): Promise<Outcome<OrgCredentialRecord>> {
  requireManager(deps, input.organizationId, kind);
  return deps.em.transactional(async (em) => {
    const [row] = await selectRows<OrgCredentialRecord>(
      em,
      `update "identity"."org_credential" set revoked_at = now() where id = ? and organization_id = ? and kind = ? and revoked_at is null returning *`,
      [input.credentialId, input.organizationId, kind],
    );
    if (!row) return fail(await missingOrRevoked(deps, input, kind));
    recordEvent(em, deps, { type: 'identity.credential.revoked', organizationId: input.organizationId, aggregateId: row.id, payload: { organizationId: input.organizationId, credentialId: row.id, kind } });
    await em.flush();
    return succeed(row);
  });
}

/** A new secret with the same name, scopes and expiry; the old one stops working at once. */
export async function rotateOrgCredential(deps: IdentityDeps, kind: CredentialKind, input: { organizationId: string; credentialId: string }): Promise<Outcome<{ credential: OrgCredentialRecord; secret: string }>> {
  const userId = requireManager(deps, input.organizationId, kind);
  return deps.em.transactional(async (em) => {
    const [old] = await selectRows<OrgCredentialRecord>(
      em,
      `select * from "identity"."org_credential" where id = ? and organization_id = ? and kind = ? and revoked_at is null for update`,
      [input.credentialId, input.organizationId, kind],
    );
    if (!old) return fail(await missingOrRevoked(deps, input, kind));
    const { secret, hash, hint } = newCredentialSecret(kind);
    const [credential] = await selectRows<OrgCredentialRecord>(
      em,
      `insert into "identity"."org_credential" (id, organization_id, kind, name, secret_hash, secret_hint, scopes, expires_at, created_by)
       values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?) returning *`,
      [randomUUID(), old.organizationId, kind, old.name, hash, hint, `{${old.scopes.join(',')}}`, old.expiresAt, userId],
    );
    await em.execute(`update "identity"."org_credential" set revoked_at = now(), replaced_by = ? where id = ?`, [credential!.id, old.id], 'run');
    recordEvent(em, deps, { type: 'identity.credential.rotated', organizationId: old.organizationId, aggregateId: credential!.id, payload: { organizationId: old.organizationId, credentialId: credential!.id, kind } });
    await em.flush();
    return succeed({ credential: credential!, secret });
  });
}

async function missingOrRevoked(deps: IdentityDeps, input: { organizationId: string; credentialId: string }, kind: CredentialKind) {
  const [row] = await selectRows<{ revokedAt: Date | null }>(deps.em, `select revoked_at from "identity"."org_credential" where id = ? and organization_id = ? and kind = ?`, [input.credentialId, input.organizationId, kind]);
  if (!row) throw notFound(kind === 'API_KEY' ? 'API key' : 'SCIM token');
  return userError('CONFLICT', ['input', 'credentialId'], 'This credential is already revoked.');
}

export function listOrgCredentials(deps: Pick<IdentityDeps, 'em'>, organizationId: string, kind: CredentialKind) {
  return selectRows<OrgCredentialRecord>(deps.em, `select * from "identity"."org_credential" where organization_id = ? and kind = ? order by created_at desc`, [organizationId, kind]);
}
