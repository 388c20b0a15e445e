import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { CONTEXT_TOKEN_HEADER, type ContextTokenVerifier } from '../auth/context-token.js';
import type { Principal } from '../auth/principal.js';
import { createErrorFormatter } from '../errors/format-error.js';
import { unauthenticated } from '../errors/top-level-errors.js';
import { graphqlHandler, router, sendJson } from '../http/http-kit.js';
import { sqlStatements } from '../db/statement-counter.js';
import type { Logger } from '../log/logger.js';
import type { SubgraphContext } from './context.js';
import type { SubgraphServices } from './subgraph-module.js';

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  verifyContextToken: ContextTokenVerifier;
  createLoaders(em: EntityManager, principal: Principal): Loaders;
  services: SubgraphServices;
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
  const httpServer = createServer();

  const readyz = async (_req: unknown, res: Parameters<typeof sendJson>[0]) => {
    try {
      await options.orm.em.fork().getConnection().execute('select 1');
      sendJson(res, 200, { status: 'ready', service: options.name });
    } catch {
      sendJson(res, 503, { status: 'unavailable', service: options.name });
    }
  };
  const graphql = graphqlHandler(apollo, async (req, res) => {
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
      services: options.services,
      setResponseHeader: (name: string, value: string) => void res.setHeader(name, value),
    };
  });
  httpServer.on(
    'request',
    router(
      {
        'GET /healthz': (_req, res) => sendJson(res, 200, { status: 'ok', service: options.name }),
        'GET /readyz': readyz,
        'GET /metrics': (_req, res) => {
          const usage = process.cpuUsage();
          res.setHeader('content-type', 'text/plain; version=0.0.4');
          res.end(
            [
              '# TYPE guildhall_sql_statements_total counter',
              `guildhall_sql_statements_total ${sqlStatements.total}`,
              '# TYPE process_cpu_seconds_total counter',
              `process_cpu_seconds_total ${(usage.user + usage.system) / 1e6}`,
              '',
            ].join('\n'),
          );
        },
        '* /graphql': graphql,
      },
      { log: options.log },
    ),
  );

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
