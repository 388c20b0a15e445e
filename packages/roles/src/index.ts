export * from './roles.js';
export * from './capabilities.js';
