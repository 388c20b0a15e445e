import type { ServerResponse } from 'node:http';
import { escapeHtml, page, safeReturnUrl } from './checkout-page.js';
import { redirect, sendHtml, type FakeRequest } from './http-kit.js';

export interface OnboardingOps {
  /** Whether the connected account exists, and whether it already finished onboarding. */
  find(accountId: string): { onboarded: boolean } | null;
  /** Completes onboarding and announces it (`account.updated`). */
  complete(accountId: string): Promise<void>;
}

const ONBOARDING_PATH = /^\/connect\/onboarding\/(acct_[A-Za-z0-9]+)(\/complete)?$/;

/**
 * The stand-in for Stripe's hosted Express onboarding: GET /connect/onboarding/:accountId shows a
 * button; POST …/complete enables the account (as if KYC passed), announces `account.updated` and
 * redirects to `?return=` (http(s) only). Returns false when the request is not for onboarding.
 */
export async function serveOnboarding(req: FakeRequest, res: ServerResponse, ops: OnboardingOps): Promise<boolean> {
  const match = ONBOARDING_PATH.exec(req.url.pathname);
  if (!match) return false;
  const accountId = match[1] ?? '';
  const isComplete = match[2] !== undefined;
  if ((isComplete && req.method !== 'POST') || (!isComplete && req.method !== 'GET')) {
    sendHtml(res, 405, page('Method not allowed', '<p>Use the button.</p>'));
    return true;
  }
  const account = ops.find(accountId);
  if (!account) {
    sendHtml(res, 404, page('Not found', `<p>No Stripe test account <code>${escapeHtml(accountId)}</code>.</p>`));
    return true;
  }
  const returnUrl = safeReturnUrl(req.url.searchParams.get('return'));
  if (!isComplete) {
    const action = `/connect/onboarding/${encodeURIComponent(accountId)}/complete${returnUrl ? `?return=${encodeURIComponent(returnUrl)}` : ''}`;
    const body = account.onboarded
      ? '<p>This account has finished onboarding.</p>'
      : `<p><strong>Test onboarding — no identity checks, nothing is paid.</strong></p>
         <form method="post" action="${escapeHtml(action)}"><button type="submit">Complete onboarding</button></form>`;
    sendHtml(res, 200, page('Stripe Express test onboarding', body));
    return true;
  }
  if (!account.onboarded) await ops.complete(accountId);
  if (returnUrl) redirect(res, returnUrl);
  else sendHtml(res, 200, page('Onboarded', '<p>Onboarding is complete.</p>'));
  return true;
}
