import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { CONTEXT_TOKEN_HEADER, type ContextTokenVerifier } from '../auth/context-token.js';
import type { Principal } from '../auth/principal.js';
import { createErrorFormatter } from '../errors/format-error.js';
import { unauthenticated } from '../errors/top-level-errors.js';
import { jsonErrors } from '../http/json-errors.js';
import type { Logger } from '../log/logger.js';
import type { SubgraphContext } from './context.js';

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  verifyContextToken: ContextTokenVerifier;
  createLoaders(em: EntityManager, principal: Principal): Loaders;
  port: number;
  host?: string;
  development: boolean;
  log: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A subgraph's HTTP face: /graphql (only with a valid context token from the gateway), /healthz
 * (process up) and /readyz (database reachable).
 */
export async function startSubgraphServer<Loaders>(options: SubgraphServerOptions<Loaders>): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: options.schema,
    csrfPrevention: true,
    introspection: options.development,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: createErrorFormatter({
      development: options.development,
      onInternal: (error) => options.log.error('unexpected error', { error }),
    }),
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: options.name }));
  app.get('/readyz', async (_req, res) => {
    try {
      await options.orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ready', service: options.name });
    } catch {
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = req.headers[CONTEXT_TOKEN_HEADER];
        const claims = typeof token === 'string' ? await options.verifyContextToken(token) : null;
        // a direct call without the gateway's signature cannot pose as anyone
        if (!claims) throw unauthenticated('A valid context token is required.');
        const em = options.orm.em.fork();
        const requestId = req.headers['x-request-id'];
        return {
          principal: claims.principal,
          origin: claims.origin,
          em,
          loaders: options.createLoaders(em, claims.principal),
          requestId: typeof requestId === 'string' ? requestId : null,
          setResponseHeader: (name: string, value: string) => void res.setHeader(name, value),
        };
      },
    }),
  );

  app.use(jsonErrors(options.log));

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    port,
    stop: () => stopServer(httpServer, () => apollo.stop()),
  };
}

export async function stopServer(server: Server, before?: () => Promise<void>) {
  await before?.();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
