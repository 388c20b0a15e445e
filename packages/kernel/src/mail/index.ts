export * from './mailer.js';
export * from './mail-config.js';
