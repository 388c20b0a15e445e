export * from './error-codes.js';
export * from './top-level-errors.js';
export * from './user-error.js';
export * from './format-error.js';
