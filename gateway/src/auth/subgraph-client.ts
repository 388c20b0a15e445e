import { CONTEXT_TOKEN_HEADER, type ContextClaims } from '@guildhall/kernel';
import type { ContextTokenCache } from './context-tokens.js';

const AS_GATEWAY: ContextClaims = { principal: { kind: 'service', service: 'gateway' }, origin: { ip: null, userAgent: null } };

/** A subgraph refused a call: the codes of its top-level errors (NOT_FOUND, FORBIDDEN, …) and their messages. */
export class SubgraphCallError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
    this.name = 'SubgraphCallError';
  }
}

/**
 * The gateway's own calls to a subgraph's internal (@inaccessible) fields: as the `gateway` service,
 * or as another principal the gateway established (the SCIM edge calls as the org's SCIM token).
 */
export function createSubgraphClient(tokens: ContextTokenCache, fetchImpl: typeof fetch = fetch) {
  return async <T>(audience: string, url: string, query: string, variables: Record<string, unknown>, as: ContextClaims = AS_GATEWAY): Promise<T> => {
    const token = await tokens(as, audience);
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT_TOKEN_HEADER]: token },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (!response.ok || body.errors?.length || !body.data) {
      throw new SubgraphCallError(
        `${audience} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
        body.errors?.map((e) => e.extensions?.code ?? 'INTERNAL') ?? ['INTERNAL'],
      );
    }
    return body.data;
  };
}
export type SubgraphClient = ReturnType<typeof createSubgraphClient>;
