export * from './catalog.js';
export * from './outbox-message.entity.js';
export * from './outbox.js';
export * from './consumer.js';
export * from './outbox-relay.js';
export * from './live-pubsub.js';
