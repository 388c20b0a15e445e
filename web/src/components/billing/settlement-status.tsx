'use client';
import { formatMoney } from '../../lib/format';
import { Notice } from '../ui';
import type { Settlement } from './use-payment-settlement';

/** What a watched payment is doing, in words; `settledText` says what success means here. */
export function SettlementStatus({ settlement, settledText }: { settlement: Settlement; settledText: (amount: string) => string }) {
  switch (settlement.state) {
    case 'idle':
      return null;
    case 'waiting':
      return (
        <p className="loading" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> Waiting for the payment to settle…
        </p>
      );
    case 'settled':
      return <Notice kind="success">{settledText(formatMoney(settlement.payment.amount.amountMinor, settlement.payment.amount.currency))}</Notice>;
    case 'failed':
      return (
        <Notice kind="error">
          The payment {settlement.payment.status === 'EXPIRED' ? 'expired before it was paid' : settlement.payment.status === 'CANCELLED' ? 'was cancelled' : 'failed'}. Nothing was
          added; start again when you are ready.
        </Notice>
      );
    case 'timeout':
      return (
        <Notice kind="warning">
          The provider has not confirmed the payment yet. It will show here once it does; reload the page in a few minutes.
        </Notice>
      );
  }
}
