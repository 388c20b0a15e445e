'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import type { Membership } from '@guildhall/roles';
import type { ViewerOrganization } from '../../lib/session';
import { OrgPage } from '../org-page';
import { PageHeader } from '../ui';

export const BILLING_TABS = [
  { href: '/billing', label: 'Overview' },
  { href: '/billing/credits', label: 'Credits' },
  { href: '/billing/ledger', label: 'Ledger' },
  { href: '/billing/invoices', label: 'Invoices' },
  { href: '/billing/purchase-orders', label: 'Purchase orders' },
  { href: '/billing/payments', label: 'Payments' },
] as const;

export interface BillingContext {
  organization: ViewerOrganization;
  membership: Membership;
}

/**
 * Every billing sub-page: gated like the Billing navigation entry (billing.read), with the section
 * tabs. Sub-routes rather than in-page tabs, so a provider's checkout can send the buyer back to
 * the exact section that started the payment.
 */
export function BillingFrame({ children }: { children: (context: BillingContext) => ReactNode }) {
  const pathname = usePathname();
  return (
    <OrgPage href="/billing">
      {(context) => (
        <>
          <PageHeader title="Billing" description={`How ${context.organization.name} pays, and what it has spent.`} />
          <nav className="tabs" aria-label="Billing sections">
            {BILLING_TABS.map((tab) => (
              <Link key={tab.href} href={tab.href} aria-current={pathname === tab.href ? 'page' : undefined}>
                {tab.label}
              </Link>
            ))}
          </nav>
          {children(context)}
        </>
      )}
    </OrgPage>
  );
}
