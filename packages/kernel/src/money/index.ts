export * from './money.js';
export * from './money-types.js';
