export * from './embedded-postgres.js';
export * from './database-admin.js';
export * from './orm.js';
export * from './select-rows.js';
export * from './statement-counter.js';
