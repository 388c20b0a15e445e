'use client';
import type { ReactNode } from 'react';
import { messageFor } from '../lib/error-messages';
import type { Problem } from '../lib/graphql-request';
import { Button, Notice } from './ui';

/**
 * The three states every loaded view has besides its content: loading, failed (with a retry) and
 * empty. Content renders once there is data, and stays while a refetch runs.
 */
export function DataState<T>({ loading, problem, data, isEmpty, empty, retry, children, label = 'Loading…' }: {
  loading: boolean;
  problem: Problem | null;
  data: T | undefined;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  retry?: () => void;
  label?: string;
  children: (data: T) => ReactNode;
}) {
  if (problem && data === undefined) {
    return (
      <Notice kind="error">
        <p>{messageFor(problem)}</p>
        {retry ? <Button variant="secondary" onClick={retry}>Try again</Button> : null}
      </Notice>
    );
  }
  if (data === undefined) return <Loading label={loading ? label : ''} />;
  if (isEmpty?.(data)) return <div className="empty">{empty ?? <p>Nothing here yet.</p>}</div>;
  return <>{children(data)}</>;
}

/** Work in progress, announced politely; also the fallback while a page reads its address. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

/** A payload's general userErrors (those naming no field) and a failed request, above a form. */
export function FormProblems({ messages }: { messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <Notice kind="error">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </Notice>
  );
}
