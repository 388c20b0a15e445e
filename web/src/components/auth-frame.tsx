import Link from 'next/link';
import type { ReactNode } from 'react';

/** The signed-out pages' frame: the name, one card, a way to the other page. */
export function AuthFrame({ title, children, footer }: { title: string; children: ReactNode; footer: ReactNode }) {
  return (
    <main id="main" className="auth">
      <div className="auth-card">
        <Link href="/" className="brand">Guildhall</Link>
        <h1>{title}</h1>
        {children}
        <p className="muted">{footer}</p>
      </div>
    </main>
  );
}

/** Only a path on this site: `//host` and absolute URLs would send a signed-in person elsewhere. */
export const safeReturnTo = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/');
