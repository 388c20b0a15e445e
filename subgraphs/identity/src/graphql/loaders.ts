import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserRecord } from '../entities/user.entity.js';

/** Per-request batching: every User reference in a response costs one query together. */
export function createLoaders(em: EntityManager) {
  return {
    userById: new DataLoader<string, UserRecord | null>(async (ids) => {
      const rows = await em.find(UserRecord, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
export type IdentityLoaders = ReturnType<typeof createLoaders>;
export type IdentityContext = import('@guildhall/kernel').SubgraphContext<IdentityLoaders>;
