'use client';
import { useState } from 'react';
import { PlatformOrganizationDocument, type OrganizationStatus, type PlatformBillingAccountFragment } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import { formatDate } from '../../lib/format';
import { useQuery } from '../../lib/use-graphql';
import { Loading } from '../data-state';
import styles from './platform.module.css';
import { Badge, Button, Card, Notice } from '../ui';
import { AppointOwnerForm } from './appoint-owner-form';
import { BillingAccountLine } from './billing-account-line';
import { CreditLimitForm } from './credit-limit-form';
import { GrantCreditsForm } from './grant-credits-form';
import { LifecycleForm } from './lifecycle-form';
import { STATUS_LABEL, STATUS_TONE } from './labels';
import type { PickedOrganization } from './organization-finder';

/** One org and what a platform admin does to it (platform admins read any org; a wrong id is NOT_FOUND). */
export function OrganizationPanel({ picked, onClose }: { picked: PickedOrganization; onClose: () => void }) {
  const query = useQuery(PlatformOrganizationDocument, { id: picked.id });
  const [changedStatus, setChangedStatus] = useState<OrganizationStatus | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [account, setAccount] = useState<PlatformBillingAccountFragment | null>(null);
  const org = query.data?.organization;
  const status: OrganizationStatus | null = changedStatus ?? org?.status ?? null;
  const name = org?.name ?? picked.name ?? 'This organization';
  const currency = account?.currency ?? 'INR';

  if (!org) {
    if (query.problem) {
      return (
        <Notice kind="error">
          <p>{messageFor(query.problem)}</p>
          <Button variant="secondary" onClick={() => void query.refetch()}>Try again</Button>
        </Notice>
      );
    }
    return <Loading label="Loading the organization…" />;
  }

  return (
    <>
      <Card title={name} actions={<Button variant="link" onClick={onClose}>Choose another organization</Button>}>
        <dl className={styles.details}>
          <dt>Id</dt>
          <dd><code>{picked.id}</code></dd>
          <dt>Status</dt>
          <dd>{status ? <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge> : null}</dd>
          <dt>Handle</dt>
          <dd>{org.slug}</dd>
          <dt>Seats</dt>
          <dd>{org.seatsUsed} of {org.seatsTotal} used</dd>
          <dt>Sponsors / hosts</dt>
          <dd>{org.canSponsor ? 'Sponsors learners' : 'Does not sponsor'}; {org.canHost ? 'hosts experts' : 'does not host'}</dd>
          <dt>Country, time zone</dt>
          <dd>{org.country}, {org.timezone}</dd>
          <dt>Created</dt>
          <dd>{formatDate(org.createdAt)}</dd>
        </dl>
        {notice ? <Notice kind="success"><p>{notice}</p></Notice> : null}
      </Card>
      <Card title="Status">
        <LifecycleForm
          organizationId={picked.id}
          name={name}
          status={status}
          onChanged={(to, message) => {
            setChangedStatus(to);
            setNotice(message);
            if (org) void query.refetch();
          }}
        />
      </Card>
      <Card title="Credits and credit limit">
        {account ? <BillingAccountLine account={account} /> : <p className="muted">The billing account shows here after a grant or a limit change: the graph answers it to platform administrators only then.</p>}
        <h3>Grant credits</h3>
        <GrantCreditsForm organizationId={picked.id} currency={currency} onGranted={setAccount} />
        <h3>Credit limit</h3>
        <CreditLimitForm organizationId={picked.id} currency={currency} onSet={setAccount} />
      </Card>
      <Card title="Appoint an owner">
        <AppointOwnerForm organizationId={picked.id} />
      </Card>
    </>
  );
}
