'use client';
import { messageFor } from '../../lib/error-messages';
import type { Problem } from '../../lib/graphql-request';
import { Button, Notice } from '../ui';
import styles from './members.module.css';

/** "Showing n of total" and the keyset "Load more" button, with the error of a failed page. */
export function LoadMore({ shown, total, hasNextPage, loading, problem, onLoadMore, noun }: { shown: number; total: number; hasNextPage: boolean; loading: boolean; problem: Problem | null; onLoadMore: () => void; noun: string }) {
  return (
    <>
      {problem ? <Notice kind="error"><p>{messageFor(problem)}</p></Notice> : null}
      <div className={styles.more}>
        <span className="muted" aria-live="polite">Showing {shown} of {total} {noun}</span>
        {hasNextPage ? <Button variant="secondary" busy={loading} onClick={onLoadMore}>Load more</Button> : null}
      </div>
    </>
  );
}
