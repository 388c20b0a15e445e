export * from './subgraphs.js';
export * from './config.js';
export * from './worker.js';
