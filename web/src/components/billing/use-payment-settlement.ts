'use client';
import { useEffect, useRef, useState } from 'react';
import { BillingPaymentStatusDocument, type BillingPaymentStatusQuery } from '../../gql/graphql';
import { execute } from '../../lib/graphql-request';

type WatchedPayment = NonNullable<BillingPaymentStatusQuery['payment']>;

export type Settlement =
  | { state: 'idle' }
  | { state: 'waiting'; payment: WatchedPayment | null }
  | { state: 'settled'; payment: WatchedPayment }
  | { state: 'failed'; payment: WatchedPayment }
  | { state: 'timeout'; payment: WatchedPayment | null };

const INTERVAL_MS = 2_000;
const DEADLINE_MS = 60_000;

/**
 * Watches a card payment settle: the provider's webhook, not this browser, completes it, so the page
 * polls every 2 s for up to a minute, calling `onTick` (e.g. refetch the balance) each time and once
 * more when it settles.
 */
export function usePaymentSettlement(paymentId: string | null, onTick?: () => void): Settlement {
  const [settlement, setSettlement] = useState<Settlement>({ state: 'idle' });
  // the latest callback, without restarting the watch when its identity changes
  const tickRef = useRef(onTick);
  tickRef.current = onTick;
  useEffect(() => {
    if (!paymentId) {
      setSettlement({ state: 'idle' });
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    let last: WatchedPayment | null = null;
    setSettlement({ state: 'waiting', payment: null });
    const tick = async () => {
      try {
        last = (await execute(BillingPaymentStatusDocument, { id: paymentId })).payment ?? last;
      } catch {
        // a failed poll is retried on the next tick; the deadline still holds
      }
      if (stopped) return;
      tickRef.current?.();
      if (last?.status === 'SUCCEEDED') return setSettlement({ state: 'settled', payment: last });
      if (last && last.status !== 'PENDING') return setSettlement({ state: 'failed', payment: last });
      if (Date.now() - started >= DEADLINE_MS) return setSettlement({ state: 'timeout', payment: last });
      setSettlement({ state: 'waiting', payment: last });
      timer = setTimeout(() => void tick(), INTERVAL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [paymentId]);
  return settlement;
}
