import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedRowLoader, rowLoader, type SubgraphContext } from '@guildhall/kernel';
import type { DomainClaimRecord } from '../entities/domain-claim.entity.js';
import type { UserRecord } from '../entities/user.entity.js';

/** Per-request batching: every User reference in a response costs one query together. */
export function createLoaders(em: EntityManager) {
  return {
    userById: rowLoader<UserRecord>(em, '"identity"."user"', 'id', (user) => user.id),
    domainClaimsByOrganizationId: groupedRowLoader<DomainClaimRecord>(em, '"identity"."domain_claim"', 'organization_id', (c) => c.organizationId, 'created_at, id'),
  };
}
export type IdentityLoaders = ReturnType<typeof createLoaders>;
export type IdentityContext = SubgraphContext<IdentityLoaders>;
