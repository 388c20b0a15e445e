'use client';
import { useState, type ReactNode } from 'react';
import { Button } from './ui';

/**
 * A destructive action asked twice, in the page rather than in a browser dialog: the question and
 * its answer buttons replace the button, the confirming one takes the focus, Keep it puts it back.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, busy, variant = 'danger', disabled }: {
  label: ReactNode;
  question: string;
  confirmLabel: string;
  /** May return a promise: the question stays, busy, until it settles. */
  onConfirm: () => unknown;
  busy?: boolean;
  variant?: 'danger' | 'secondary';
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant={variant} onClick={() => setAsking(true)} busy={busy} disabled={disabled}>
        {label}
      </Button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label={question}>
      <span>{question}</span>
      <Button
        variant={variant}
        autoFocus
        busy={busy}
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </Button>
      {/* not "Cancel": the action itself is often a cancellation */}
      <Button variant="secondary" onClick={() => setAsking(false)}>
        Keep it
      </Button>
    </span>
  );
}
