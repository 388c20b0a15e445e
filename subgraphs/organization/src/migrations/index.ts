import type { MigrationEntry } from '@guildhall/kernel';
import { Migration20261129000000 } from './Migration20261129000000.js';
import { Migration20261129120000 } from './Migration20261129120000.js';
import { Migration20261129130000 } from './Migration20261129130000.js';
import { Migration20261129140000 } from './Migration20261129140000.js';
import { Migration20261129150000 } from './Migration20261129150000.js';
import { Migration20261129160000 } from './Migration20261129160000.js';
import { Migration20261129210000 } from './Migration20261129210000.js';
import { Migration20261201000000 } from './Migration20261201000000.js';
import { Migration20261201010000 } from './Migration20261201010000.js';

export const migrations: MigrationEntry[] = [
  { name: 'Migration20261129000000', class: Migration20261129000000 },
  { name: 'Migration20261129120000', class: Migration20261129120000 },
  { name: 'Migration20261129130000', class: Migration20261129130000 },
  { name: 'Migration20261129140000', class: Migration20261129140000 },
  { name: 'Migration20261129150000', class: Migration20261129150000 },
  { name: 'Migration20261129160000', class: Migration20261129160000 },
  { name: 'Migration20261129210000', class: Migration20261129210000 },
  { name: 'Migration20261201000000', class: Migration20261201000000 },
  { name: 'Migration20261201010000', class: Migration20261201010000 },
];
