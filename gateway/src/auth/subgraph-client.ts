import { CONTEXT_TOKEN_HEADER, type Principal } from '@guildhall/kernel';
import type { ContextTokenCache } from './context-tokens.js';

const GATEWAY: Principal = { kind: 'service', service: 'gateway' };

/** The gateway's own calls to a subgraph's internal (@inaccessible) fields, as the `gateway` service. */
export function createSubgraphClient(tokens: ContextTokenCache, fetchImpl: typeof fetch = fetch) {
  return async <T>(audience: string, url: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const token = await tokens({ principal: GATEWAY, origin: { ip: null, userAgent: null } }, audience);
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT_TOKEN_HEADER]: token },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!response.ok || body.errors?.length || !body.data) {
      throw new Error(`${audience} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
    }
    return body.data;
  };
}
export type SubgraphClient = ReturnType<typeof createSubgraphClient>;
