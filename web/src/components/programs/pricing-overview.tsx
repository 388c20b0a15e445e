'use client';
import Link from 'next/link';
import { Card } from '../ui';

/**
 * Rate cards and contracts are managed (and shown in full) on Billing → Pricing; Programs only
 * points there, so the two never disagree. Every role that reads rate cards opens Billing
 * (rateCards.read and billing.read are the same finance readers; contract readers are a subset).
 */
export function PricingLink() {
  return (
    <Card title="Rate cards and contracts">
      <p>
        What bookings cost — rate cards, contracts with other organizations and the cancellation policy — is on{' '}
        <Link href="/billing/pricing">Billing → Pricing</Link>.
      </p>
    </Card>
  );
}
