import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** scripts/dist/<file>.js → the repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
