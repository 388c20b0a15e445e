'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '../ui';
import styles from './members.module.css';

/**
 * A destructive action's second step, inside the page (not window.confirm): the question, then
 * the confirming button and a way back. Focus moves to the question so keyboard users land on it.
 */
export function ConfirmStep({ question, confirmLabel, busy, onConfirm, onCancel, children }: { question: string; confirmLabel: string; busy: boolean; onConfirm: () => void; onCancel: () => void; children?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className={styles.confirm} role="group" aria-label={question} ref={box} tabIndex={-1}>
      <p>{question}</p>
      {children}
      <div className="actions">
        <Button variant="danger" busy={busy} onClick={onConfirm}>{confirmLabel}</Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>Cancel</Button>
      </div>
    </div>
  );
}
