export * from './start-system.js';
export * from './graphql-client.js';
export * from './seed-kit.js';
export * from './test-database.js';
export * from './global-setup.js';
export * from './smtp-sink.js';
export * from './dns-server.js';
