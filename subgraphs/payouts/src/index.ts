import type { SubgraphModule } from '@guildhall/kernel';
import { PayoutAccountRecord } from './entities/payout-account.entity.js';
import { createLoaders, type PayoutsLoaders } from './graphql/loaders.js';
import { buildPayoutsSchema } from './graphql/schema.js';
import { migrations } from './migrations/index.js';

/** Payouts: payout accounts now; earnings, holds and batches as they land. */
export const payouts: SubgraphModule<PayoutsLoaders> = {
  name: 'payouts',
  entities: [PayoutAccountRecord],
  migrations,
  buildSchema: buildPayoutsSchema,
  createLoaders,
  consumers: [],
};
