export * from './context.js';
export * from './shared-types.js';
export * from './shield-rules.js';
export * from './build-federated-schema.js';
export * from './subgraph-server.js';
export * from './connection.js';
export * from './subgraph-module.js';
export * from './start-subgraph.js';
