import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, selectRows } from '@guildhall/kernel';
import { credentialKindOf, hashCredentialSecret, type CredentialKind } from '../domain/org-credential.js';

export interface CredentialPrincipalValue {
  credentialId: string;
  organizationId: string;
  kind: CredentialKind;
  scopes: string[];
}

/**
 * Resolves a raw API key or SCIM token to its live credential. A revoked or expired one is refused and
 * the attempt is recorded (the audit log shows use after revocation). last_used_at moves at most once a minute.
 */
export async function authenticateCredential(em: EntityManager, secret: string): Promise<CredentialPrincipalValue | null> {
  if (!credentialKindOf(secret) || secret.length > 120) return null;
  const [row] = await selectRows<{ id: string; organizationId: string; kind: CredentialKind; scopes: string[]; live: boolean; revoked: boolean; stale: boolean }>(
    em,
    `select id, organization_id, kind, scopes,
            revoked_at is null and (expires_at is null or expires_at > now()) as live,
            revoked_at is not null as revoked,
            last_used_at is null or last_used_at < now() - interval '1 minute' as stale
       from "identity"."org_credential" where secret_hash = ?`,
    [hashCredentialSecret(secret)],
  );
  if (!row) return null;
  if (!row.live) {
    await em.fork().transactional(async (tx) => {
      recordEvent(tx, { principal: { kind: 'service', service: 'identity' }, origin: null }, {
        type: 'identity.credential.refused',
        organizationId: row.organizationId,
        aggregateId: row.id,
        payload: { organizationId: row.organizationId, credentialId: row.id, kind: row.kind, reason: row.revoked ? 'revoked' : 'expired' },
      });
      await tx.flush();
    });
    return null;
  }
  if (row.stale) await em.execute(`update "identity"."org_credential" set last_used_at = now() where id = ?`, [row.id], 'run');
  return { credentialId: row.id, organizationId: row.organizationId, kind: row.kind, scopes: row.scopes };
}
