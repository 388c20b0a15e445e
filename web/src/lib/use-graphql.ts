'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { execute, RequestFailed, type Problem } from './graphql-request';

export interface QueryState<T> {
  data: T | undefined;
  problem: Problem | null;
  loading: boolean;
  /** Loads again; the current data stays on screen meanwhile. */
  refetch: () => Promise<void>;
}

const asProblem = (error: unknown): Problem => (error instanceof RequestFailed ? error.problem : { code: 'INTERNAL', message: String(error) });

/** Runs a query when mounted and whenever its variables change; `skip` waits (e.g. for an org). */
export function useQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, options: { skip?: boolean } = {}): QueryState<TResult> {
  const [data, setData] = useState<TResult>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(!options.skip);
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const result = await execute(document, JSON.parse(key) as TVariables);
      if (ticket === latest.current) {
        setData(result);
        setProblem(null);
      }
    } catch (error) {
      if (ticket === latest.current) setProblem(asProblem(error));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [document, key]);
  useEffect(() => {
    if (!options.skip) void load();
  }, [load, options.skip]);
  return { data, problem, loading, refetch: load };
}

export interface MutationResult<T> {
  data: T | null;
  /** The whole request failed (not a userError: those are in the payload). */
  problem: Problem | null;
}

/** A mutation runner that never throws: the page shows `problem` or the payload's userErrors. */
export function useMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>): [(variables: TVariables) => Promise<MutationResult<TResult>>, { running: boolean }] {
  const [running, setRunning] = useState(false);
  const run = useCallback(
    async (variables: TVariables) => {
      setRunning(true);
      try {
        return { data: await execute(document, variables), problem: null };
      } catch (error) {
        return { data: null, problem: asProblem(error) };
      } finally {
        setRunning(false);
      }
    },
    [document],
  );
  return [run, { running }];
}

/** A fresh key per intent: a retried click replays the first request instead of paying twice. */
export const newIdempotencyKey = () => crypto.randomUUID();

/**
 * One idempotency key per intent (what the request is about, e.g. JSON of its inputs): submitting the
 * same intent again — a retry, a double click — replays the first request; a changed one is a new
 * request. `forget` once the intent is settled or its key is spent (a failed payment's key is final).
 */
export function useIntentKeys() {
  const keys = useRef(new Map<string, string>());
  return useMemo(
    () => ({
      keyFor(intent: string): string {
        const known = keys.current.get(intent);
        if (known) return known;
        const key = newIdempotencyKey();
        keys.current.set(intent, key);
        return key;
      },
      forget: (intent: string) => void keys.current.delete(intent),
    }),
    [],
  );
}
