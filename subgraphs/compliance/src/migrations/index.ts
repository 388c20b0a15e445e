import type { MigrationEntry } from '@guildhall/kernel';
import { Migration20261129000000 } from './Migration20261129000000.js';
import { Migration20261201000000 } from './Migration20261201000000.js';
import { Migration20261201010000 } from './Migration20261201010000.js';
import { Migration20261201020000 } from './Migration20261201020000.js';
import { Migration20261211093000 } from './Migration20261211093000.js';

export const migrations: MigrationEntry[] = [
  { name: 'Migration20261129000000', class: Migration20261129000000 },
  { name: 'Migration20261201000000', class: Migration20261201000000 },
  { name: 'Migration20261201010000', class: Migration20261201010000 },
  { name: 'Migration20261201020000', class: Migration20261201020000 },
  { name: 'Migration20261211093000', class: Migration20261211093000 },
];
