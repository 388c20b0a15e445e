'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { AuditLogDocument, type AuditLogEntryFragment, type AuditLogQueryVariables } from '../../gql/graphql';
import { execute, RequestFailed, type Problem } from '../../lib/graphql-request';

interface Pages {
  key: string;
  nodes: AuditLogEntryFragment[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const asProblem = (error: unknown): Problem => (error instanceof RequestFailed ? error.problem : { code: 'INTERNAL', message: String(error) });

/**
 * The log's pages for one set of filters, keyset-paged. Unlike useQuery it keys what it holds by
 * the filters, so a new filter never shows the previous filter's rows while it loads, and "Load
 * more" appends to the pages of the filters they were asked with.
 */
export function useAuditLog(variables: AuditLogQueryVariables) {
  const key = JSON.stringify(variables);
  const [pages, setPages] = useState<Pages | null>(null);
  const [failure, setFailure] = useState<{ key: string; problem: Problem; more: boolean } | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(key);
  latest.current = key;

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      setFailure(null);
      try {
        const data = await execute(AuditLogDocument, { ...(JSON.parse(key) as AuditLogQueryVariables), after });
        if (latest.current !== key) return; // the filters changed meanwhile: this answer is for a view no longer shown
        const log = data.organization.auditLog;
        setPages((current) => {
          const kept = after && current?.key === key ? current.nodes : [];
          const seen = new Set(kept.map((entry) => entry.id));
          return { key, nodes: [...kept, ...log.nodes.filter((entry) => !seen.has(entry.id))], hasNextPage: log.pageInfo.hasNextPage, endCursor: log.pageInfo.endCursor };
        });
      } catch (error) {
        if (latest.current === key) setFailure({ key, problem: asProblem(error), more: after !== null });
      } finally {
        if (latest.current === key) setLoading(false);
      }
    },
    [key],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  const current = pages?.key === key ? pages : undefined;
  const problem = failure?.key === key ? failure : null;
  return {
    data: current,
    loading,
    /** The first page failed: nothing to show but the error. */
    problem: problem && !problem.more ? problem.problem : null,
    /** "Load more" failed: the rows so far stay. */
    moreProblem: problem?.more ? problem.problem : null,
    reload: () => void load(null),
    loadMore: () => {
      if (current?.endCursor) void load(current.endCursor);
    },
  };
}
