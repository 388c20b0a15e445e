'use client';
import type { ReactNode } from 'react';
import { can, type Membership } from '@guildhall/roles';
import type { ViewerOrganization } from '../../lib/session';
import { OrgPage } from '../org-page';
import { PageHeader } from '../ui';
import { SectionTabs } from '../section-tabs';

interface BillingTab {
  href: string;
  label: string;
  /** Narrower than billing.read (which the whole section needs); absent: every billing reader. */
  visible?: (membership: Membership) => boolean;
}

export const BILLING_TABS: readonly BillingTab[] = [
  { href: '/billing', label: 'Overview' },
  { href: '/billing/credits', label: 'Credits' },
  { href: '/billing/ledger', label: 'Ledger' },
  { href: '/billing/invoices', label: 'Invoices' },
  { href: '/billing/purchase-orders', label: 'Purchase orders' },
  { href: '/billing/payments', label: 'Payments' },
  { href: '/billing/pricing', label: 'Pricing', visible: (m) => can(m, 'rateCards.read') || can(m, 'contracts.read') },
];

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
  return (
    <OrgPage href="/billing">
      {(context) => (
        <>
          <PageHeader title="Billing" description={`How ${context.organization.name} pays, and what it has spent.`} />
          <SectionTabs label="Billing sections" tabs={BILLING_TABS.filter((tab) => !tab.visible || tab.visible(context.membership))} />
          {children(context)}
        </>
      )}
    </OrgPage>
  );
}
