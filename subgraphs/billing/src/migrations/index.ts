import type { MigrationEntry } from '@guildhall/kernel';
import { Migration20261129000000 } from './Migration20261129000000.js';
import { Migration20261130000000 } from './Migration20261130000000.js';
import { Migration20261130100000 } from './Migration20261130100000.js';
import { Migration20261130110000 } from './Migration20261130110000.js';
import { Migration20261130120000 } from './Migration20261130120000.js';
import { Migration20261130130000 } from './Migration20261130130000.js';
import { Migration20261130140000 } from './Migration20261130140000.js';
import { Migration20261201000000 } from './Migration20261201000000.js';

export const migrations: MigrationEntry[] = [
  { name: 'Migration20261129000000', class: Migration20261129000000 },
  { name: 'Migration20261130000000', class: Migration20261130000000 },
  { name: 'Migration20261130100000', class: Migration20261130100000 },
  { name: 'Migration20261130110000', class: Migration20261130110000 },
  { name: 'Migration20261130120000', class: Migration20261130120000 },
  { name: 'Migration20261130130000', class: Migration20261130130000 },
  { name: 'Migration20261130140000', class: Migration20261130140000 },
  { name: 'Migration20261201000000', class: Migration20261201000000 },
];
