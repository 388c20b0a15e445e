import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Authenticator } from './auth/authenticator.js';
import { clearedSessionCookie, sessionCookie } from './auth/cookies.js';
import type { GatewayContext } from './gateway-context.js';
import type { createMetrics } from './http/metrics.js';
import { checkQueryLimits, type QueryLimits } from './limits/query-limits.js';

/** Turns identity's session handoff into the gateway's own httpOnly cookie. */
export function sessionCookiePlugin(options: { secure: boolean; authenticator: Authenticator }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const handoff = contextValue.sessionHandoff;
          if (!handoff) return;
          if (handoff.action === 'clear' && contextValue.principal.kind === 'user') options.authenticator.forgetSessionsOf(contextValue.principal.userId);
          response.http.headers.set(
            'set-cookie',
            handoff.action === 'set' ? sessionCookie(handoff.token, new Date(handoff.expiresAt), options.secure) : clearedSessionCookie(options.secure),
          );
        },
      };
    },
  };
}

/** A subscription posted over HTTP would otherwise fail deep in the gateway with a 500. */
export const refuseHttpSubscriptions: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at /graphql.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      },
    };
  },
};

export function metricsPlugin(metrics: ReturnType<typeof createMetrics>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      metrics.counters.operations += 1;
      return {
        async didEncounterErrors() {
          metrics.counters.operationErrors += 1;
        },
      };
    },
  };
}

/** Depth and cost limits, measured with the request's variables before any subgraph is called. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const error = checkQueryLimits(schema, document, operation, request.variables ?? {}, limits);
          if (error) throw error;
        },
      };
    },
  };
}
