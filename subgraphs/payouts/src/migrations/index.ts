import type { MigrationEntry } from '@guildhall/kernel';
import { Migration20261129000000 } from './Migration20261129000000.js';
import { Migration20261201000000 } from './Migration20261201000000.js';

export const migrations: MigrationEntry[] = [
  { name: 'Migration20261129000000', class: Migration20261129000000 },
  { name: 'Migration20261201000000', class: Migration20261201000000 },
];
