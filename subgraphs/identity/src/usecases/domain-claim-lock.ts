import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, isUuid, notFound, principalCan, selectRows, userError, type SubgraphContext } from '@guildhall/kernel';
import type { DomainClaimRecord } from '../entities/domain-claim.entity.js';
import type { IdentityDeps } from './deps.js';

/** Domain-claim use cases also look up DNS. */
export type DomainClaimDeps = IdentityDeps & Pick<SubgraphContext, 'services'>;


/**
 * The caller is an OWNER of the org (domains.manage, from the memberships in the context token;
 * identity keeps no memberships). The shield rule said so already; a use case never relies on it.
 */
export function requireDomainManager(deps: DomainClaimDeps, organizationId: string): { userId: string } {
  const principal = deps.principal;
  if (principal.kind !== 'user' || !principalCan(principal, organizationId, 'domains.manage')) throw forbidden();
  return { userId: principal.userId };
}

/** A claim of `organizationId`; another org's claim, or none at all, is simply not found. */
export async function claimOf(em: EntityManager, organizationId: string, claimId: string, lock = false): Promise<DomainClaimRecord> {
  if (!isUuid(claimId)) throw notFound('Domain claim');
  const [claim] = await selectRows<DomainClaimRecord>(
    em,
    `select * from "identity"."domain_claim" where id = ? and organization_id = ?${lock ? ' for update' : ''}`,
    [claimId, organizationId],
  );
  if (!claim) throw notFound('Domain claim');
  return claim;
}

/** Whether another org holds the domain VERIFIED. */
export async function verifiedByAnotherOrg(em: EntityManager, domain: string, organizationId: string): Promise<boolean> {
  const rows = await selectRows(em, `select 1 from "identity"."domain_claim" where domain = ? and status = 'VERIFIED' and organization_id <> ?`, [domain, organizationId]);
  return rows.length > 0;
}

export const domainTaken = (field: string[]) => userError('CONFLICT', field, 'This domain is already verified by another organization.');
