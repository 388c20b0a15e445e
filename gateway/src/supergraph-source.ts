import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './compose-supergraph.js';

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema');
const COMPOSED = ['supergraph.graphql', 'api.graphql'];

/**
 * The supergraph the gateway serves: the checked-in one (or SUPERGRAPH_PATH), or, with a feature
 * switched off, one composed at start from the checked-in subgraph schemas without the subgraphs it
 * names. A switched-off feature is then simply not in the graph: no half-working surface, and a
 * query for it fails validation like any unknown field.
 */
export function supergraphSdl(options: { path?: string; without: readonly string[] }): string {
  if (!options.without.length) return readFileSync(options.path ?? join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
  const subgraphs = readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql') && !COMPOSED.includes(file))
    .map((file) => file.replace(/\.graphql$/, ''))
    .filter((name) => !options.without.includes(name))
    .map((name) => ({ name, sdl: readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8'), url: `http://${name}:4000/graphql` }));
  return composeSupergraph(subgraphs).supergraphSdl;
}
