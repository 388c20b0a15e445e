'use client';
import { useEffect, useState } from 'react';
import { PayoutAccountOfMineDocument, PayoutAccountOfOrganizationDocument, PayoutOnboardingLinkDocument, type PayoutAccountFieldsFragment } from '../../gql/graphql';
import { formatDateTime, humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation, useQuery } from '../../lib/use-graphql';
import { DataState, FormProblems } from '../data-state';
import { Badge, Button, Card, Notice } from '../ui';
import { LinkAccountForm } from './link-account-form';
import { ACCOUNT_TONE, payeeArgument, personal, type PayeeScope } from './payee';
import styles from './payouts.module.css';

const PROVIDER_LABEL = { RAZORPAYX: 'RazorpayX', STRIPE_CONNECT: 'Stripe Connect' } as const;

/** Where the payee is paid: the current account's status, and linking (or replacing) one. */
export function PayoutAccountCard({ scope }: { scope: PayeeScope }) {
  const mine = personal(scope);
  const ofOrg = useQuery(PayoutAccountOfOrganizationDocument, { organizationId: scope.payee.id }, { skip: mine });
  const ofMine = useQuery(PayoutAccountOfMineDocument, {}, { skip: !mine });
  const query = mine ? ofMine : ofOrg;
  const [linking, setLinking] = useState(false);
  const [linked, setLinked] = useState<{ onboardingUrl: string | null } | null>(null);
  // RazorpayX's bank check answers by webhook within moments: look again until it has
  const checking = query.data?.account?.status === 'PENDING_VERIFICATION' && query.data.account.provider === 'RAZORPAYX';
  const { refetch } = query;
  useEffect(() => {
    if (!checking) return;
    const timer = setInterval(() => void refetch(), 5_000);
    return () => clearInterval(timer);
  }, [checking, refetch]);

  return (
    <Card title="Payout account">
      <DataState loading={query.loading} problem={query.problem} data={query.data} retry={() => void query.refetch()}>
        {({ account }) => (
          <>
            {linked ? (
              <Notice kind="success">
                <p>The account is linked{account?.status === 'PENDING_VERIFICATION' ? ' and waiting for verification' : ''}.</p>
                {linked.onboardingUrl ? (
                  <p>
                    <a className="button primary" href={linked.onboardingUrl}>Continue onboarding at Stripe</a>
                  </p>
                ) : null}
              </Notice>
            ) : null}
            {account ? <AccountDetails account={account} scope={scope} /> : <NoAccount scope={scope} />}
            {scope.mayLinkAccount && !linking ? (
              <Button variant={account ? 'secondary' : 'primary'} onClick={() => { setLinked(null); setLinking(true); }}>
                {account ? 'Replace payout account' : 'Link a payout account'}
              </Button>
            ) : null}
            {linking ? (
              <div className={styles.panel}>
                {account ? <Notice kind="warning"><p>Linking a new account replaces this one: it is disabled and kept on record for past payouts.</p></Notice> : null}
                <LinkAccountForm
                  scope={scope}
                  onCancel={() => setLinking(false)}
                  onLinked={(onboardingUrl) => {
                    setLinking(false);
                    setLinked({ onboardingUrl });
                    void query.refetch();
                  }}
                />
              </div>
            ) : null}
          </>
        )}
      </DataState>
    </Card>
  );
}

function NoAccount({ scope }: { scope: PayeeScope }) {
  return (
    <div className="empty">
      <p>No payout account yet. Earnings wait in the balance until {personal(scope) ? 'you link' : 'the organization links'} a verified account.</p>
      {!scope.mayLinkAccount ? <p className="muted">Only an owner of the organization can link one.</p> : null}
    </div>
  );
}

function AccountDetails({ account, scope }: { account: PayoutAccountFieldsFragment; scope: PayeeScope }) {
  return (
    <>
      <dl className={styles.facts}>
        <div>
          <dt>Status</dt>
          <dd><Badge tone={ACCOUNT_TONE[account.status]}>{humanize(account.status)}</Badge></dd>
        </div>
        <div>
          <dt>Provider</dt>
          <dd>{PROVIDER_LABEL[account.provider]}</dd>
        </div>
        <div>
          <dt>Paid to</dt>
          <dd>{account.maskedDestination}</dd>
        </div>
        <div>
          <dt>Currency</dt>
          <dd>{account.currency}</dd>
        </div>
        <div>
          <dt>Last change</dt>
          <dd>{formatDateTime(account.updatedAt)}</dd>
        </div>
      </dl>
      {account.statusDetail ? <p className="muted">{account.statusDetail}</p> : null}
      {account.status === 'PENDING_VERIFICATION' && account.provider === 'RAZORPAYX' ? <p className="muted">RazorpayX is checking the account with the bank; this page shows the result once it answers.</p> : null}
      {account.status === 'PENDING_VERIFICATION' && account.provider === 'STRIPE_CONNECT' && scope.mayLinkAccount ? <StripeOnboarding scope={scope} /> : null}
    </>
  );
}

/** Stripe's onboarding links expire in minutes: ask for a fresh one at the moment of the click. */
function StripeOnboarding({ scope }: { scope: PayeeScope }) {
  const [link, { running }] = useMutation(PayoutOnboardingLinkDocument);
  const errors = useFormErrors();
  async function go() {
    const payload = errors.take(await link({ input: { ...payeeArgument(scope), returnUrl: `${window.location.origin}/payouts` } }), (data) => data.payoutOnboardingLink);
    if (payload?.url) window.location.assign(payload.url);
    else if (payload) errors.fail('Stripe did not send an onboarding link. Try again in a moment.');
  }
  return (
    <div className={styles.panel}>
      <FormProblems messages={errors.general} />
      <p>Stripe needs a few details before it can pay this account.</p>
      <Button busy={running} onClick={() => void go()}>Continue onboarding at Stripe</Button>
    </div>
  );
}
