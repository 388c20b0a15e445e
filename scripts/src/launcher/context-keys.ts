import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateContextKeyPair } from '@guildhall/kernel';

/**
 * Development keys for context tokens, made once and kept under the data dir so sessions survive a
 * restart. Deployments set CONTEXT_TOKEN_PRIVATE_KEY / CONTEXT_TOKEN_PUBLIC_KEY themselves.
 */
export function loadOrCreateContextKeys(dataDir: string, env: NodeJS.ProcessEnv): { publicKey: string; privateKey: string } {
  if (env['CONTEXT_TOKEN_PRIVATE_KEY'] && env['CONTEXT_TOKEN_PUBLIC_KEY']) {
    return { privateKey: env['CONTEXT_TOKEN_PRIVATE_KEY'], publicKey: env['CONTEXT_TOKEN_PUBLIC_KEY'] };
  }
  const file = join(dataDir, 'context-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  mkdirSync(dataDir, { recursive: true });
  const keys = generateContextKeyPair();
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
