import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateContextKeyPair, generateDataKey } from '@guildhall/kernel';

export interface DevelopmentKeys {
  /** Ed25519 pair for context tokens. */
  publicKey: string;
  privateKey: string;
  /** AES-256 key for the fields encrypted at rest. */
  dataKey: string;
}

/**
 * Keys for development, made once and kept under the data dir so sessions and encrypted fields
 * survive a restart. Deployments set CONTEXT_TOKEN_PRIVATE_KEY, CONTEXT_TOKEN_PUBLIC_KEY and
 * DATA_ENCRYPTION_KEY themselves (`npm run keys`); values in the environment win.
 */
export function loadOrCreateDevelopmentKeys(dataDir: string, env: NodeJS.ProcessEnv): DevelopmentKeys {
  const file = join(dataDir, 'keys.json');
  let keys: DevelopmentKeys;
  if (existsSync(file)) {
    keys = JSON.parse(readFileSync(file, 'utf8')) as DevelopmentKeys;
  } else {
    mkdirSync(dataDir, { recursive: true });
    keys = { ...generateContextKeyPair(), dataKey: generateDataKey() };
    writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  }
  return {
    publicKey: env['CONTEXT_TOKEN_PUBLIC_KEY'] ?? keys.publicKey,
    privateKey: env['CONTEXT_TOKEN_PRIVATE_KEY'] ?? keys.privateKey,
    dataKey: env['DATA_ENCRYPTION_KEY'] ?? keys.dataKey,
  };
}
