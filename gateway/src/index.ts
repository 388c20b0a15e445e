export * from './compose-supergraph.js';
export * from './config.js';
export * from './server.js';
