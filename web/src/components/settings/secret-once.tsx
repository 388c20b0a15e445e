'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../ui';
import { CopyButton } from './copy-button';
import styles from './settings.module.css';

/**
 * A secret the graph answers once (API key, SCIM token, webhook signing secret). It lives only in
 * the state of the page that received it: a reload or leaving the page forgets it for good. Focus
 * moves to it so keyboard and screen-reader users land on the copy button's neighbourhood at once.
 */
export function SecretOnce({ title, secret, children, onDone }: { title: string; secret: string; children?: ReactNode; onDone: () => void }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [secret]);
  return (
    <section className={styles.secretBox} aria-labelledby={headingId} data-testid="secret-once">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p role="alert">
        <strong>Copy it now: you will not see this again.</strong> Guildhall keeps only a fingerprint of it; if it is lost, rotate it to get a new one.
      </p>
      <div className="secret" role="group" aria-label="Secret">
        <code>{secret}</code>
        <CopyButton text={secret} what="secret" />
      </div>
      {children}
      <div className={styles.actions}>
        <Button variant="secondary" onClick={onDone}>
          I have stored it
        </Button>
      </div>
    </section>
  );
}
