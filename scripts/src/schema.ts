/**
 * `npm run schema`: regenerates schema/<subgraph>.graphql from code, composes
 * schema/supergraph.graphql (for the gateway) and schema/api.graphql (what clients see, for codegen).
 * `--check` changes nothing and exits 1 when a file is stale or composition fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '@guildhall/gateway';
import { SUBGRAPHS } from '@guildhall/worker';
import { repoRoot } from './repo-root.js';

const check = process.argv.includes('--check');
const dir = join(repoRoot, 'schema');
const subgraphs = [];
for (const module of SUBGRAPHS) {
  const { sdl } = await module.buildSchema();
  // the URL in the checked-in supergraph is a placeholder; the gateway is told the real ones
  subgraphs.push({ name: module.name, sdl, url: `http://${module.name}:4000/graphql` });
}
const files = new Map<string, string>(subgraphs.map((s) => [`${s.name}.graphql`, s.sdl]));
try {
  const { supergraphSdl, apiSdl } = composeSupergraph(subgraphs);
  files.set('supergraph.graphql', supergraphSdl);
  files.set('api.graphql', apiSdl);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

const stale = [];
for (const [name, content] of files) {
  const path = join(dir, name);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current === content) continue;
  stale.push(name);
  if (!check) writeFileSync(path, content);
}
if (check && stale.length) {
  process.stderr.write(`schema/ is stale: ${stale.join(', ')}. Run \`npm run schema\` and commit the result.\n`);
  process.exit(1);
}
process.stdout.write(check ? 'schema/ is up to date\n' : `schema/ written (${stale.length ? stale.join(', ') : 'no changes'})\n`);
process.exit(0);
