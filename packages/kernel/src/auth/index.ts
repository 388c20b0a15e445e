export * from './principal.js';
export * from './context-token.js';
export * from './session-handoff.js';
export * from './require-capability.js';
