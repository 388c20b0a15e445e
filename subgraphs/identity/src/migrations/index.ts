import type { MigrationEntry } from '@guildhall/kernel';
import { Migration20261129000000 } from './Migration20261129000000.js';
import { Migration20261129170000 } from './Migration20261129170000.js';
import { Migration20261129180000 } from './Migration20261129180000.js';
import { Migration20261129190000 } from './Migration20261129190000.js';
import { Migration20261129200000 } from './Migration20261129200000.js';
import { Migration20261129210000 } from './Migration20261129210000.js';
import { Migration20261201010000 } from './Migration20261201010000.js';

export const migrations: MigrationEntry[] = [
  { name: 'Migration20261129000000', class: Migration20261129000000 },
  { name: 'Migration20261129170000', class: Migration20261129170000 },
  { name: 'Migration20261129180000', class: Migration20261129180000 },
  { name: 'Migration20261129190000', class: Migration20261129190000 },
  { name: 'Migration20261129200000', class: Migration20261129200000 },
  { name: 'Migration20261129210000', class: Migration20261129210000 },
  { name: 'Migration20261201010000', class: Migration20261201010000 },
];
