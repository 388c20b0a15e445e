export * from './roles.js';
export * from './capabilities.js';
export * from './api-scopes.js';
export * from './membership-rules.js';
