import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';

export interface SsoForDomain {
  connectionId: string;
  kind: 'SAML' | 'OIDC';
  enforced: boolean;
}

/** The enabled SSO connection (SAML or OIDC) of the org that has verified this email's domain, if any. */
export async function ssoForEmail(em: EntityManager, email: string): Promise<SsoForDomain | null> {
  const domain = email.trim().toLowerCase().split('@')[1];
  if (!domain) return null;
  const [row] = await selectRows<{ id: string; kind: 'SAML' | 'OIDC'; enforceSso: boolean }>(
    em,
    `select c.id, c.kind, c.enforce_sso from "identity"."sso_connection" c
       join "identity"."domain_claim" d on d.organization_id = c.organization_id and d.status = 'VERIFIED' and d.domain = ?
      where c.enabled order by c.enforce_sso desc, c.created_at limit 1`,
    [domain],
  );
  return row ? { connectionId: row.id, kind: row.kind, enforced: row.enforceSso } : null;
}
