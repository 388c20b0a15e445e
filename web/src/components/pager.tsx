'use client';
import { useCallback, useState } from 'react';
import { Button } from './ui';

/**
 * Keyset paging as a stack of cursors: "Older" pushes the page's end cursor, "Newer" pops it. The
 * graph pages forward only, so going back re-asks with the cursor we came from.
 */
export function useCursorPager() {
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1) ?? null;
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((stack) => [...stack, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((stack) => stack.slice(0, -1)), []);
  const reset = useCallback(() => setCursors([]), []);
  return { after, page: cursors.length + 1, next, previous, reset };
}

/** Newer / Page n / Older for a list shown a page at a time; nothing when there is one page. */
export function Pager({ label, page, hasNext, onNext, onPrevious, busy }: { label: string; page: number; hasNext: boolean; onNext: () => void; onPrevious: () => void; busy: boolean }) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="form-row" aria-label={`${label} pages`}>
      <Button variant="secondary" onClick={onPrevious} disabled={page === 1 || busy}>Newer</Button>
      <span className="muted" aria-live="polite">Page {page}</span>
      <Button variant="secondary" onClick={onNext} disabled={!hasNext || busy}>Older</Button>
    </nav>
  );
}
