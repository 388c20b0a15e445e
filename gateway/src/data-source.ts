import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { CONTEXT_TOKEN_HEADER, decodeSessionHandoff, MEMBERSHIPS_CHANGED_HEADER, SESSION_HANDOFF_HEADER, TOP_LEVEL_CODES } from '@guildhall/kernel';
import { Agent, request as undiciRequest } from 'undici';
import type { ContextTokenCache } from './auth/context-tokens.js';
import type { GatewayContext } from './gateway-context.js';

/** Keep-alive connections to subgraphs. */
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 64, pipelining: 1 });

/** Just enough of a fetch Response for Apollo's hooks (headers.get, status, body readers). */
function fetchLike(url: string, status: number, headers: Record<string, string | string[] | undefined>, text: string) {
  return {
    url,
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    headers: {
      get: (name: string) => {
        const value = headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      },
    },
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  };
}

/**
 * The subgraph fetcher: undici's request API on keep-alive connections. The default fetcher and
 * undici's WHATWG fetch were the largest share of the gateway's CPU per subgraph call.
 */
const fetcher = (async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
  const response = await undiciRequest(url, { method: (init.method ?? 'POST') as 'POST', headers: init.headers, body: init.body, dispatcher: agent });
  return fetchLike(url, response.statusCode, response.headers, await response.body.text());
}) as never;

/**
 * Forwards each subgraph fetch with a context token for that subgraph, and picks up the session
 * identity hands over and the membership changes organization announces (each trusted only from them).
 */
export class ContextForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly audience: string,
    url: string,
    private readonly tokens: ContextTokenCache,
    private readonly onMembershipsChanged: (userIds: string[]) => void,
  ) {
    super({ url, fetcher });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!('principal' in context) || !context.principal) return; // health checks and schema loading carry no principal
    const token = await this.tokens({ principal: context.principal, origin: context.origin }, this.audience);
    request.http?.headers.set(CONTEXT_TOKEN_HEADER, token);
    request.http?.headers.set('x-request-id', context.requestId);
  }

  /**
   * A subgraph answers 401 or 429 when a resolver raised UNAUTHENTICATED or RATE_LIMITED. Apollo's default
   * turns that into a code-less "429: Too Many Requests" (masked as INTERNAL) that carries the subgraph's
   * URL and raw body; pass on the subgraph's own error and status instead, and nothing else.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => null);
    const first = typeof body === 'object' && body && 'errors' in body && Array.isArray(body.errors) ? (body.errors[0] as { message?: unknown; extensions?: Record<string, unknown> }) : undefined;
    const code = first?.extensions?.['code'];
    if (typeof first?.message === 'string' && (TOP_LEVEL_CODES as readonly unknown[]).includes(code) && code !== 'INTERNAL') {
      return new GraphQLError(first.message, { extensions: { ...first.extensions, http: { status: response.status } } });
    }
    return new GraphQLError(`The ${this.audience} subgraph answered ${response.status}.`); // no code: the formatter masks it as INTERNAL
  }

  override didReceiveResponse({ response, context }: { response: GatewayGraphQLResponse; context: GatewayContext }): GatewayGraphQLResponse {
    if (this.audience === 'organization') {
      const changed = response.http?.headers.get(MEMBERSHIPS_CHANGED_HEADER);
      if (changed) this.onMembershipsChanged(changed.split(','));
    }
    if (this.audience === 'identity' && 'principal' in context) {
      const handoff = decodeSessionHandoff(response.http?.headers.get(SESSION_HANDOFF_HEADER));
      if (handoff) context.sessionHandoff = handoff;
    }
    return response;
  }
}
