import type { EntityManager } from '@mikro-orm/postgresql';
import { rowLoader, type SubgraphContext } from '@guildhall/kernel';
import type { OrganizationRecord } from '../entities/organization.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    organizationById: rowLoader<OrganizationRecord>(em, '"organization"."organization"', 'id', (org) => org.id),
    directoryEntryByUserId: rowLoader<{ userId: string; email: string }>(em, '"organization"."user_directory"', 'user_id', (entry) => entry.userId),
  };
}
export type OrganizationLoaders = ReturnType<typeof createLoaders>;
export type OrganizationContext = SubgraphContext<OrganizationLoaders>;
