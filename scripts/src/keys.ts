/**
 * `npm run keys`: prints a fresh Ed25519 key pair for the context tokens the gateway signs and the
 * subgraphs verify, as two env lines with newlines escaped as \n (the config accepts that form), and
 * a DATA_ENCRYPTION_KEY for the fields encrypted at rest.
 * Append them to .env: `npm run keys --silent >> .env`.
 */
import { generateContextKeyPair, generateDataKey } from '@guildhall/kernel';

const { privateKey, publicKey } = generateContextKeyPair();
const envLine = (name: string, pem: string) => `${name}="${pem.trim().replace(/\r?\n/g, '\\n')}"\n`;

process.stdout.write(envLine('CONTEXT_TOKEN_PRIVATE_KEY', privateKey));
process.stdout.write(envLine('CONTEXT_TOKEN_PUBLIC_KEY', publicKey));
process.stdout.write(`DATA_ENCRYPTION_KEY="${generateDataKey()}"\n`);
process.exit(0);
