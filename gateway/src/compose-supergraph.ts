import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

export interface SubgraphSdl {
  name: string;
  sdl: string;
  url: string;
}

export interface ComposedGraph {
  /** What the gateway loads: every subgraph's types plus the federation join metadata. */
  supergraphSdl: string;
  /** What clients see (no @inaccessible internals): the source for codegen and documentation. */
  apiSdl: string;
}

/** Composes subgraph SDLs; throws with every composition error. */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): ComposedGraph {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`Composition failed:\n${(result.errors ?? []).map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return { supergraphSdl: result.supergraphSdl, apiSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n` };
}
