import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { topLevelError, type LivePubSub, type Logger, type Principal, type RequestOrigin } from '@guildhall/kernel';
import type { Authenticator } from '../auth/authenticator.js';
import { sessionTokenOf } from '../auth/cookies.js';
import type { GatewayContext } from '../gateway-context.js';
import { buildEventQuery, EVENT_ID_VARIABLE, type EventQuery } from './event-query.js';
import { LIVE_FIELDS, type LiveField } from './live-fields.js';
import { liveIterator } from './live-iterator.js';

interface EventResult {
  data?: Record<string, unknown> | null;
  errors?: GraphQLError[];
}

interface LiveSubscription {
  token: string | null;
  origin: RequestOrigin;
  live: LiveField;
  args: Record<string, unknown>;
  eventQuery: EventQuery;
  variables: Record<string, unknown>;
}

export interface SubscriptionServerOptions {
  httpServer: Server;
  apiSchema(): GraphQLSchema | null;
  apollo: ApolloServer<GatewayContext>;
  authenticator: Authenticator;
  pubsub: LivePubSub;
  allowedOrigins: readonly string[];
  log: Logger;
}

/**
 * graphql-ws at the gateway's /graphql. The Apollo gateway cannot execute subscriptions, so each event
 * is re-resolved as a query through the gateway itself, with the subscriber's current principal:
 * cross-subgraph fields and every shield rule apply per event exactly as for a query.
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions) {
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const failure = (message: string, code: Parameters<typeof topLevelError>[0]) => [topLevelError(code, message)];

  const server = useServer<Record<string, unknown>, { token: string | null; origin: RequestOrigin }>(
    {
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        const browserOrigin = request.headers.origin;
        // CSRF protection does not cover the upgrade: a page on another site must not ride the cookie
        if (browserOrigin && !options.allowedOrigins.includes(browserOrigin)) return false;
        const authorization = typeof ctx.connectionParams?.['authorization'] === 'string' ? (ctx.connectionParams['authorization'] as string) : undefined;
        const { token } = sessionTokenOf({ authorization, cookie: request.headers.cookie });
        const principal = await options.authenticator.principalFor(token).catch(() => null);
        if (!principal || principal.kind !== 'user') return false; // closes with 4403 Forbidden
        ctx.extra.token = token;
        ctx.extra.origin = originOf(request);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const schema = options.apiSchema();
        if (!schema) return failure('The graph is not ready yet.', 'INTERNAL');
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document);
        if (errors.length) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return failure('Name the operation to run.', 'BAD_REQUEST');
        if (operation.operation !== 'subscription') return failure('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.', 'BAD_REQUEST');
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
        if (coerced.errors) return coerced.errors;
        let eventQuery: EventQuery;
        try {
          eventQuery = buildEventQueryFor(document, operation);
        } catch (error) {
          return failure((error as Error).message, 'BAD_REQUEST'); // e.g. the root field inside a fragment
        }
        const fieldName = eventQuery.rootField.name.value;
        const live = LIVE_FIELDS[fieldName];
        const fieldDef = schema.getSubscriptionType()?.getFields()[fieldName];
        if (!live || !fieldDef) return failure(`${fieldName} is not served live.`, 'BAD_REQUEST');
        const args = getArgumentValues(fieldDef, eventQuery.rootField, coerced.coerced);
        const principal = await options.authenticator.principalFor(ctx.extra.token ?? null);
        const verdict = principal ? live.authorize(principal, args) : 'FORBIDDEN';
        if (verdict !== true) return failure(verdict === 'NOT_FOUND' ? 'Organization was not found.' : 'You are not allowed to do this.', verdict);
        const variables = Object.fromEntries(eventQuery.variableNames.map((name) => [name, coerced.coerced[name]]));
        const subscription: LiveSubscription = { token: ctx.extra.token ?? null, origin: ctx.extra.origin!, live, args, eventQuery, variables };
        return { schema, document, operationName: payload.operationName, variableValues: coerced.coerced, contextValue: subscription } satisfies ExecutionArgs;
      },
      subscribe: (args) => {
        const subscription = args.contextValue as LiveSubscription;
        return liveIterator(
          options.pubsub,
          (event) => subscription.live.eventTypes.includes(event.type) && subscription.live.matches(event, subscription.args),
          (event) => resolveEvent(subscription, event.aggregateId),
        );
      },
    },
    wss,
  );

  async function resolveEvent(subscription: LiveSubscription, entityId: string): Promise<{ value: EventResult; last: boolean } | null> {
    // membership is checked again for every event: a removed member stops receiving at once
    const principal: Principal | null = await options.authenticator.principalFor(subscription.token).catch(() => null);
    const verdict = principal ? subscription.live.authorize(principal, subscription.args) : 'UNAUTHENTICATED';
    if (!principal || verdict !== true) {
      const code = verdict === true ? 'UNAUTHENTICATED' : verdict;
      return { value: { errors: [topLevelError(code, 'This subscription is no longer allowed.')] }, last: true };
    }
    const response = await options.apollo.executeOperation(
      { query: subscription.eventQuery.query, variables: { ...subscription.variables, [EVENT_ID_VARIABLE]: entityId } },
      { contextValue: { principal, origin: subscription.origin, requestId: `ws-${entityId}`, sessionHandoff: null } },
    );
    if (response.body.kind !== 'single') return { value: { errors: [topLevelError('INTERNAL', 'Unexpected incremental result.')] }, last: false };
    const { data, errors } = response.body.singleResult;
    // an entry the subscriber may not read (a money entry for an ops role) is skipped, as the audit log hides it
    const hidden = (e: { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }) =>
      e.extensions?.['code'] === 'NOT_FOUND' && e.path?.length === 1 && e.path[0] === subscription.eventQuery.responseKey;
    if (!data?.[subscription.eventQuery.responseKey] && errors?.length && errors.every(hidden)) return null;
    return {
      value: {
        data: data ?? null,
        // graphql-ws serialises with toJSON: wrap the already formatted errors
        ...(errors?.length ? { errors: errors.map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions })) } : {}),
      },
      last: false,
    };
  }

  return {
    connections: () => wss.clients.size,
    async close() {
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

const buildEventQueryFor = (document: DocumentNode, operation: NonNullable<ReturnType<typeof getOperationAST>>) => {
  const root = operation.selectionSet.selections[0];
  const name = root && root.kind === 'Field' ? root.name.value : '';
  return buildEventQuery(document, operation, LIVE_FIELDS[name]?.queryField ?? name);
};

export function originOf(request: IncomingMessage): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return { ip: request.socket.remoteAddress ?? null, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null };
}
