'use client';
import { useState } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { PricingPolicyDocument, type PricingPolicyFragment } from '../../gql/graphql';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Card, Notice, Table } from '../ui';
import { formatBps } from './labels';
import { PolicyForm } from './policy-form';
import styles from './pricing.module.css';

/** The tiers in words: "24 hours or more before the start: 100% refunded". */
function PolicyTable({ policy }: { policy: PricingPolicyFragment }) {
  return (
    <Table caption={`Cancellation policy version ${policy.version}`}>
      <thead>
        <tr>
          <th scope="col">Cancelled</th>
          <th scope="col">Refunded</th>
        </tr>
      </thead>
      <tbody>
        {policy.tiers.map((tier, i) => {
          const previous = policy.tiers[i - 1];
          const when = tier.minHoursBefore === 0 ? (previous ? `Under ${previous.minHoursBefore} hours before the start` : 'Any time before the start') : `${tier.minHoursBefore} hours or more before the start`;
          return (
            <tr key={tier.minHoursBefore}>
              <td>{when}</td>
              <td>{formatBps(tier.refundBps)}</td>
            </tr>
          );
        })}
        <tr>
          <td>By the expert</td>
          <td>{formatBps(policy.expertCancelledBps)}</td>
        </tr>
      </tbody>
    </Table>
  );
}

/** Every billing reader sees the policy purchases through the org get now; OWNER and BILLING_ADMIN publish a new version. */
export function CancellationPolicySection({ organizationId, membership }: { organizationId: string; membership: Membership }) {
  const policy = useQuery(PricingPolicyDocument, { organizationId });
  const canManage = can(membership, 'billing.manage');
  const [published, setPublished] = useState<number | null>(null);
  return (
    <Card title="Cancellation policy">
      {published ? <Notice kind="success">Cancellation policy version {published} is in force. Purchases already made keep the terms they were bought under.</Notice> : null}
      <DataState
        loading={policy.loading}
        problem={policy.problem}
        data={policy.data}
        retry={() => void policy.refetch()}
        isEmpty={(data) => !data.billingAccount}
        empty={<p>The organization’s billing account is not open yet.</p>}
      >
        {(data) => {
          const current = data.billingAccount!.cancellationPolicy;
          return (
            <>
              <p>
                In force: version {current.version}
                {current.version === 1 ? ' (the platform default)' : ''}. Purchases through the organization get the version in force when they are bought.
              </p>
              <PolicyTable policy={current} />
              {canManage ? (
                <details className={styles.panel}>
                  <summary>Publish a new version</summary>
                  {/* keyed by version: after publishing, the form starts again from the new one */}
                  <PolicyForm key={current.version} organizationId={organizationId} current={current} onPublished={(version) => { setPublished(version); void policy.refetch(); }} />
                </details>
              ) : (
                <p className="muted">Owners and billing admins change the cancellation policy.</p>
              )}
            </>
          );
        }}
      </DataState>
    </Card>
  );
}
