/**
 * Razorpay Checkout (checkout.js), loaded only when a real Razorpay order needs paying. The capture
 * reaches Guildhall through Razorpay's webhook, never through this browser: the handler only tells
 * the page to start watching the payment settle.
 */
const SCRIPT_URL = 'https://checkout.razorpay.com/v1/checkout.js';

interface RazorpayOptions {
  key: string;
  order_id: string;
  name: string;
  description: string;
  handler: () => void;
  modal: { ondismiss: () => void };
}

interface RazorpayInstance {
  open(): void;
  on(event: 'payment.failed', callback: () => void): void;
}

declare global {
  interface Window {
    Razorpay?: new (options: RazorpayOptions) => RazorpayInstance;
  }
}

let loading: Promise<void> | null = null;

function loadCheckout(): Promise<void> {
  if (window.Razorpay) return Promise.resolve();
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = SCRIPT_URL;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      loading = null; // let a later click try again
      reject(new Error('checkout.js did not load'));
    };
    document.head.appendChild(script);
  });
  return loading;
}

export type RazorpayOutcome = 'paid' | 'dismissed' | 'failed';

/** Opens Razorpay's own payment sheet for the order; resolves when the person is done with it. */
export async function payWithRazorpay(order: { keyId: string; orderId: string; description: string }): Promise<RazorpayOutcome> {
  await loadCheckout();
  const Razorpay = window.Razorpay;
  if (!Razorpay) throw new Error('checkout.js did not define Razorpay');
  return new Promise<RazorpayOutcome>((resolve) => {
    const sheet = new Razorpay({
      key: order.keyId,
      order_id: order.orderId,
      name: 'Guildhall',
      description: order.description,
      handler: () => resolve('paid'),
      modal: { ondismiss: () => resolve('dismissed') },
    });
    sheet.on('payment.failed', () => resolve('failed'));
    sheet.open();
  });
}
