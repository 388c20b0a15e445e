import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield, type IRules } from 'graphql-shield';
import { buildSchema, createResolversMap, type NonEmptyArray, type PubSub } from 'type-graphql';
import { forbidden } from '../errors/top-level-errors.js';
import type { SubgraphContext } from './context.js';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible", "@external", "@requires", "@provides"])';

export type ReferenceResolver = (reference: { id: string } & Record<string, unknown>, context: SubgraphContext<any>) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  permissions: IRules;
  /** `__resolveReference` per entity type; each authorizes exactly like the matching query. */
  references: Record<string, ReferenceResolver>;
}

/** Subscriptions are declared in subgraphs for composition and codegen, but served by the gateway. */
const gatewayServedPubSub: PubSub = {
  publish: () => undefined,
  subscribe: () => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve({ done: true, value: undefined }) }) }),
};

/**
 * type-graphql classes → a Federation 2 subgraph: shield (default deny) wraps the resolvers before
 * they are handed to buildSubgraphSchema; the SDL printed here is what `schema/` checks in.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const base = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    skipCheck: true,
    validate: false,
    pubSub: gatewayServedPubSub,
  });
  const guarded = applyMiddleware(
    base,
    shield(options.permissions, { fallbackRule: deny, allowExternalErrors: true, fallbackError: () => forbidden() }),
  );
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(base)}\n`;
  const resolvers = createResolversMap(guarded) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(options.references)) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never });
  return { schema, sdl };
}
