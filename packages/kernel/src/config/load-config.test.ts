import { generateKeyPairSync } from 'node:crypto';
import { z } from 'zod';
import { commonFields, flag, pem, port, url } from './config-fields.js';
import { ConfigError, parseConfig } from './load-config.js';

const schema = z.object({
  ...commonFields,
  PORT: port(4000),
  REDIS_URL: url().optional(),
  IDENTITY_URL: url(),
  COOKIE_SECURE: flag(false),
  INTROSPECTION: flag(true),
  PUBLIC_KEY: pem('PUBLIC'),
});

const publicKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
const valid = { DATABASE_URL: 'postgres://app@db:5432/guildhall', IDENTITY_URL: 'http://identity:4001/graphql', PUBLIC_KEY: publicKey };

function problemsOf(env: Record<string, string | undefined>): string {
  try {
    parseConfig(schema, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parsing configuration', () => {
  it('applies the defaults of every field that is not set', () => {
    expect(parseConfig(schema, valid)).toEqual({
      ...valid,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      PORT: 4000,
      COOKIE_SECURE: false,
      INTROSPECTION: true,
    });
  });

  it('coerces numbers and flags from their text form', () => {
    const config = parseConfig(schema, { ...valid, PORT: '8080', COOKIE_SECURE: '1', INTROSPECTION: 'false', NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    expect(config).toMatchObject({ PORT: 8080, COOKIE_SECURE: true, INTROSPECTION: false, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  });

  it('accepts a PEM key written on one line with \\n escapes', () => {
    const oneLine = publicKey.replace(/\n/g, '\\n');
    expect(parseConfig(schema, { ...valid, PUBLIC_KEY: oneLine }).PUBLIC_KEY).toBe(publicKey);
  });

  it('accepts both postgres:// and postgresql:// database URLs', () => {
    expect(parseConfig(schema, { ...valid, DATABASE_URL: 'postgresql://app@db/guildhall' }).DATABASE_URL).toBe('postgresql://app@db/guildhall');
  });

  it('reports every missing field by name in one error', () => {
    const message = problemsOf({});
    for (const field of ['DATABASE_URL', 'IDENTITY_URL', 'PUBLIC_KEY']) expect(message).toContain(`${field}:`);
    // fields with defaults or optional ones are not problems
    for (const field of ['NODE_ENV', 'LOG_LEVEL', 'PORT', 'REDIS_URL', 'COOKIE_SECURE']) expect(message).not.toContain(`${field}:`);
  });

  it('reports every malformed field by name in one error, together with the missing ones', () => {
    const message = problemsOf({
      DATABASE_URL: 'mysql://app@db/guildhall',
      NODE_ENV: 'staging',
      LOG_LEVEL: 'loud',
      PORT: '70000',
      REDIS_URL: 'not a url',
      COOKIE_SECURE: 'yes',
      PUBLIC_KEY: 'just text',
    });
    const named = message.split('\n').slice(1).map((line) => line.trim().split(':')[0]);
    expect(named.sort()).toEqual(['COOKIE_SECURE', 'DATABASE_URL', 'IDENTITY_URL', 'LOG_LEVEL', 'NODE_ENV', 'PORT', 'PUBLIC_KEY', 'REDIS_URL']);
    expect(message).toContain('must be a PEM-encoded public key');
  });

  it('refuses a private key where a public one is expected', () => {
    const privateKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(problemsOf({ ...valid, PUBLIC_KEY: privateKey })).toContain('PUBLIC_KEY: must be a PEM-encoded public key');
  });
});

describe('empty values', () => {
  it('treats VAR= as unset, so the default applies', () => {
    const schema = z.object({ PORT: z.coerce.number().default(4000), REDIS_URL: z.url().optional() });
    expect(parseConfig(schema, { PORT: '', REDIS_URL: '' })).toEqual({ PORT: 4000 });
  });
});
