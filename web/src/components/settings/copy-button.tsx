'use client';
import { useEffect, useState } from 'react';
import { Button } from '../ui';

/**
 * Copies a value to the clipboard and says so. `what` names the value for screen readers, since
 * a page has several "Copy" buttons. The clipboard can be refused (permissions, insecure origin):
 * then the person is told to copy by hand.
 */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      <Button variant="secondary" onClick={() => void copy()} aria-label={`Copy ${what}`}>
        {state === 'copied' ? 'Copied' : 'Copy'}
      </Button>
      <span role="status" className={state === 'failed' ? 'field-error' : 'visually-hidden'}>
        {state === 'copied' ? `${what} copied` : state === 'failed' ? 'Copying failed: select the text and copy it by hand.' : ''}
      </span>
    </>
  );
}

/** A value to hand to someone else (DNS, an IdP): shown in full, selectable, with its copy button. */
export function CopyValue({ label, value }: { label: string; value: string }) {
  return (
    <div className="secret" role="group" aria-label={label}>
      <code>{value}</code>
      <CopyButton text={value} what={label} />
    </div>
  );
}
