import type { EntityManager } from '@mikro-orm/postgresql';
import { rowLoader, type SubgraphContext } from '@guildhall/kernel';
import type { OrganizationRecord } from '../entities/organization.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    organizationById: rowLoader<OrganizationRecord>(em, '"organization"."organization"', 'id', (org) => org.id),
  };
}
export type OrganizationLoaders = ReturnType<typeof createLoaders>;
export type OrganizationContext = SubgraphContext<OrganizationLoaders>;
