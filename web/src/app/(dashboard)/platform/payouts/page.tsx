'use client';
import { PayoutBatches } from '../../../../components/platform/payout-batches';

export default function PlatformPayoutsPage() {
  return <PayoutBatches />;
}
