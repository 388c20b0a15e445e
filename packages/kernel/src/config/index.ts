export * from './load-config.js';
export * from './config-fields.js';
export * from './payment-fields.js';
export * from './invoicing-fields.js';
export * from './payout-ops-fields.js';
export * from './payout-fields.js';
export * from './webhook-fields.js';
export * from './provider-registry.js';
