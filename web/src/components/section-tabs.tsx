'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** A section's sub-pages as tabs; the one open is marked for screen readers (aria-current). */
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((tab) => (
        <Link key={tab.href} href={tab.href} aria-current={pathname === tab.href ? 'page' : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
