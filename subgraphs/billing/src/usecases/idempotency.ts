import type { EntityManager } from '@mikro-orm/postgresql';
import { userError, UserErrorsThrown, type Principal } from '@guildhall/kernel';
import { isIdempotencyKey, requestHash } from '../domain/idempotency.js';

export interface IdempotentRequest {
  operation: string;
  key: string;
  input: unknown;
  /** The id of what this request will create (or act on): a replay answers with it. */
  resultId: string;
}

/** A key is scoped to who sends it: a guessed key never reaches someone else's result. */
export function idempotencyScope(principal: Principal): string {
  if (principal.kind === 'user') return `user:${principal.userId}`;
  if (principal.kind === 'apiKey') return `apiKey:${principal.keyId}`;
  if (principal.kind === 'service') return `service:${principal.service}`;
  throw new Error(`no idempotency scope for a ${principal.kind} principal`);
}

export type Claim = { fresh: true } | { fresh: false; resultId: string };

/**
 * Claims the key inside the caller's transaction. A concurrent twin blocks on the key's row until
 * this transaction ends: if it commits, the twin replays its result; if it rolls back (a refusal
 * writes nothing), the twin runs afresh. The same key with other input is IDEMPOTENCY_KEY_REUSED.
 */
export async function claimIdempotencyKey(em: EntityManager, principal: Principal, request: IdempotentRequest, field = ['input', 'idempotencyKey']): Promise<Claim> {
  if (!isIdempotencyKey(request.key)) {
    throw new UserErrorsThrown([userError('BAD_USER_INPUT', field, 'An idempotency key is 8–128 letters, digits or -_.: (a UUID is ideal).')]);
  }
  const scope = idempotencyScope(principal);
  const hash = requestHash(request.input);
  // the result id goes in now: the row is seen by others only if this transaction commits, with it
  const inserted = await em.execute<unknown[]>(
    `insert into "billing"."idempotency_key" (scope, operation, key, request_hash, result_id) values (?, ?, ?, ?, ?) on conflict do nothing returning 1`,
    [scope, request.operation, request.key, hash, request.resultId],
  );
  if (inserted.length) return { fresh: true };
  const [row] = await em.execute<{ request_hash: string; result_id: string | null }[]>(
    `select request_hash, result_id from "billing"."idempotency_key" where scope = ? and operation = ? and key = ?`,
    [scope, request.operation, request.key],
  );
  if (!row || row.request_hash !== hash || !row.result_id) {
    throw new UserErrorsThrown([userError('IDEMPOTENCY_KEY_REUSED', field, 'This idempotency key was used for a different request; mint a new key.')]);
  }
  return { fresh: false, resultId: row.result_id };
}
