import type { EntityManager } from '@mikro-orm/postgresql';
import type { CacheProvider } from '@node-saml/passport-saml';
import { selectRows } from '@guildhall/kernel';
import { SSO_ATTEMPT_TTL_MS } from './sso-sign-in.js';

/*
 * node-saml's request-id cache (its CacheProvider) kept in `identity.saml_request`, so any identity
 * instance can finish a sign-in another one started. Each phase uses only its own operations.
 */
const unused = async () => null;

/** While starting: the AuthnRequest id node-saml generates is saved with the RelayState's hash and the return path. */
export function recordingRequestStore(em: EntityManager, request: { connectionId: string; relayStateHash: string; returnTo: string }): CacheProvider {
  return {
    async saveAsync(requestId, instant) {
      await selectRows(
        em,
        `insert into "identity"."saml_request" (request_id, connection_id, relay_state_hash, return_to, expires_at) values (?, ?, ?, ?, ?) returning request_id`,
        [requestId, request.connectionId, request.relayStateHash, request.returnTo, new Date(Date.now() + SSO_ATTEMPT_TTL_MS)],
      );
      return { value: instant, createdAt: Date.now() };
    },
    getAsync: unused,
    removeAsync: unused,
  };
}

export interface TakenRequest {
  requestId: string;
  relayStateHash: string;
  returnTo: string;
  createdAt: Date;
}

/**
 * While completing: the first lookup of a request id deletes its row (single use, even when two responses
 * race), and later lookups in the same validation see the same answer. Expired or another connection's
 * requests read as unknown.
 */
export function takingRequestStore(em: EntityManager, connectionId: string) {
  const taken = new Map<string, TakenRequest | null>();
  const take = async (requestId: string): Promise<TakenRequest | null> => {
    if (!taken.has(requestId)) {
      const [row] = await selectRows<TakenRequest & { expiresAt: Date }>(em, `delete from "identity"."saml_request" where request_id = ? and connection_id = ? returning *`, [requestId, connectionId]);
      taken.set(requestId, row && new Date(row.expiresAt).getTime() > Date.now() ? row : null);
    }
    return taken.get(requestId)!;
  };
  const provider: CacheProvider = {
    saveAsync: unused,
    getAsync: async (requestId) => {
      const request = await take(requestId);
      return request ? new Date(request.createdAt).toISOString() : null;
    },
    removeAsync: async (requestId) => (requestId ? ((await take(requestId)) ? requestId : null) : null),
  };
  return { provider, taken: (requestId: string | null | undefined) => (requestId ? (taken.get(requestId) ?? null) : null) };
}
