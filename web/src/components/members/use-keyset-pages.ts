'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { RequestFailed, type Problem } from '../../lib/graphql-request';

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface KeysetPages<T> {
  /** undefined until the first page arrived. */
  nodes: T[] | undefined;
  totalCount: number;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  problem: Problem | null;
  /** A failed "Load more" (the rows already shown stay). */
  moreProblem: Problem | null;
  loadMore: () => Promise<void>;
  /** From the first page again, e.g. after filters changed or to retry. */
  reload: () => Promise<void>;
  /** Replaces one row with what a mutation answered, so a change shows without reloading every page. */
  replace: (node: T & { id: string }) => void;
}

const asProblem = (error: unknown): Problem => (error instanceof RequestFailed ? error.problem : { code: 'INTERNAL', message: String(error) });

/**
 * A keyset-paginated list with "Load more": `fetchPage(after)` loads one page; `key` names the
 * filters, and a new key starts from the first page. A late answer for an older key is dropped.
 */
export function useKeysetPages<T extends { id: string }>(fetchPage: (after: string | null) => Promise<Page<T>>, key: string): KeysetPages<T> {
  const [nodes, setNodes] = useState<T[]>();
  const [totalCount, setTotalCount] = useState(0);
  const [pageInfo, setPageInfo] = useState<Page<T>['pageInfo']>({ hasNextPage: false, endCursor: null });
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [moreProblem, setMoreProblem] = useState<Problem | null>(null);
  const ticket = useRef(0);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  const reload = useCallback(async () => {
    const mine = ++ticket.current;
    setLoading(true);
    setMoreProblem(null);
    try {
      const page = await fetcher.current(null);
      if (mine !== ticket.current) return;
      setNodes(page.nodes);
      setTotalCount(page.totalCount);
      setPageInfo(page.pageInfo);
      setProblem(null);
    } catch (error) {
      if (mine === ticket.current) setProblem(asProblem(error));
    } finally {
      if (mine === ticket.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    // new filters: the old rows would mislead, so the list shows its loading state
    setNodes(undefined);
    void reload();
  }, [key, reload]);

  const loadMore = useCallback(async () => {
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return;
    const mine = ticket.current;
    setLoadingMore(true);
    setMoreProblem(null);
    try {
      const page = await fetcher.current(pageInfo.endCursor);
      if (mine !== ticket.current) return;
      // a row can move between pages while someone else edits; keep each id once
      setNodes((current) => {
        const seen = new Set((current ?? []).map((node) => node.id));
        return [...(current ?? []), ...page.nodes.filter((node) => !seen.has(node.id))];
      });
      setTotalCount(page.totalCount);
      setPageInfo(page.pageInfo);
    } catch (error) {
      if (mine === ticket.current) setMoreProblem(asProblem(error));
    } finally {
      setLoadingMore(false);
    }
  }, [pageInfo]);

  const replace = useCallback((node: T) => {
    setNodes((current) => current?.map((existing) => (existing.id === node.id ? node : existing)));
  }, []);

  return { nodes, totalCount, hasNextPage: pageInfo.hasNextPage, loading, loadingMore, problem, moreProblem, loadMore, reload, replace };
}
