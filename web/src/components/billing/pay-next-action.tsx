'use client';
import { useEffect, useState } from 'react';
import type { BillingNextActionFragment } from '../../gql/graphql';
import { Button, Notice } from '../ui';
import { payWithRazorpay } from './razorpay';

/** The test checkout page of the local fake provider, told to send the buyer back here afterwards. */
function withReturn(testCheckoutUrl: string, returnPath: string): string {
  const url = new URL(testCheckoutUrl);
  url.searchParams.set('return', new URL(returnPath, window.location.origin).toString());
  return url.toString();
}

/**
 * How to pay a PENDING card payment: the local test checkout (outside production), Razorpay's own
 * Checkout for a real order, or, for Stripe, an honest "not available here" (no Elements flow yet).
 * `returnPath` is where the test checkout sends the buyer after paying; `onPaying` starts watching
 * the payment settle when the buyer pays without leaving the page (Razorpay).
 */
export function PayNextAction({ action, description, returnPath, onPaying }: { action: BillingNextActionFragment; description: string; returnPath: string; onPaying: () => void }) {
  const [href, setHref] = useState<string | null>(null);
  const [razorpay, setRazorpay] = useState<'idle' | 'opening' | 'dismissed' | 'failed' | 'unavailable'>('idle');
  // the return address needs the browser's origin, known only after mounting
  useEffect(() => setHref(action.testCheckoutUrl ? withReturn(action.testCheckoutUrl, returnPath) : null), [action.testCheckoutUrl, returnPath]);

  if (action.testCheckoutUrl) {
    return (
      <div className="form">
        <p>
          <a className="button primary" href={href ?? action.testCheckoutUrl}>Pay with test card</a>
        </p>
        <p className="hint">The local test provider’s checkout: nothing is charged. After paying you come back here.</p>
      </div>
    );
  }

  if (action.provider === 'RAZORPAY' && action.publicKey) {
    const keyId = action.publicKey;
    const open = async () => {
      setRazorpay('opening');
      try {
        const outcome = await payWithRazorpay({ keyId, orderId: action.orderId, description });
        setRazorpay(outcome === 'paid' ? 'idle' : outcome);
        if (outcome === 'paid') onPaying();
      } catch {
        setRazorpay('unavailable');
      }
    };
    return (
      <div className="form">
        <p>
          <Button busy={razorpay === 'opening'} onClick={() => void open()}>Pay with Razorpay</Button>
        </p>
        {razorpay === 'dismissed' ? <Notice kind="info">Payment not finished. Open Razorpay again to complete it.</Notice> : null}
        {razorpay === 'failed' ? <Notice kind="error">Razorpay could not take the payment. Try again or use another card.</Notice> : null}
        {razorpay === 'unavailable' ? <Notice kind="error">Razorpay Checkout could not be loaded (blocked or offline). Nothing was charged; try again later.</Notice> : null}
      </div>
    );
  }

  // Stripe needs Stripe.js and Elements to collect the card against the client secret: not part of
  // this dashboard yet, so say so instead of pretending the payment went through
  return (
    <Notice kind="warning">
      <p>This payment is in {action.provider === 'STRIPE' ? 'Stripe' : action.provider} ({action.orderId}) and waits for a card.</p>
      <p>Paying Stripe card payments from the dashboard is not available yet. Nothing has been charged; the pending payment expires after 30 minutes.</p>
    </Notice>
  );
}
