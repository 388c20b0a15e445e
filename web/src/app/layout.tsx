import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SessionProvider } from '../lib/session';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Guildhall', template: '%s · Guildhall' },
  description: 'Organizations, members, billing and compliance for your consulting marketplace.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <SessionProvider>{children}</SessionProvider>
      </body>
    </html>
  );
}
