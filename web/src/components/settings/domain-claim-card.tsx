'use client';
import { useState } from 'react';
import { RemoveDomainClaimDocument, VerifyDomainDocument, type DomainClaimStatus, type SettingsDomainClaimFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Badge, Button, Notice } from '../ui';
import { ConfirmButton } from '../confirm-button';
import { CopyValue } from './copy-button';
import styles from './settings.module.css';

const STATUS: Record<DomainClaimStatus, { label: string; tone: 'good' | 'warn' | 'bad' }> = {
  PENDING: { label: 'Waiting for the DNS record', tone: 'warn' },
  VERIFIED: { label: 'Verified', tone: 'good' },
  LAPSED: { label: 'Lapsed: record gone', tone: 'bad' },
};

/** One claimed domain: the TXT record to publish, how to do it, and the OWNER's verify and remove. */
export function DomainClaimCard({ organizationId, claim, manage, onChanged }: { organizationId: string; claim: SettingsDomainClaimFragment; manage: boolean; onChanged: () => Promise<void> }) {
  const [verify, verifying] = useMutation(VerifyDomainDocument);
  const [remove, removing] = useMutation(RemoveDomainClaimDocument);
  const errors = useFormErrors();
  const [verified, setVerified] = useState(false);
  const status = STATUS[claim.status];
  const input = { organizationId, claimId: claim.id };

  async function runVerify() {
    setVerified(false);
    // the userError (on claimId) names the exact record that is missing: shown in this card
    const payload = errors.take(await verify({ input }), (data) => data.verifyDomain);
    if (payload?.domainClaim?.status === 'VERIFIED') setVerified(true);
    await onChanged();
  }

  async function runRemove() {
    const payload = errors.take(await remove({ input }), (data) => data.removeDomainClaim);
    if (payload) await onChanged();
  }

  const problems = [...errors.general, ...(errors.fields['claimId'] ? [errors.fields['claimId']] : [])];
  return (
    <article className="card" aria-labelledby={`domain-${claim.id}`}>
      <header className="card-header">
        <h3 id={`domain-${claim.id}`}>{claim.domain}</h3>
        <Badge tone={status.tone}>{status.label}</Badge>
      </header>
      {claim.status !== 'VERIFIED' ? (
        <>
          <p>To prove {claim.domain} belongs to your organization, add this record at your DNS provider (where the domain’s DNS is managed: your registrar, Cloudflare, Route 53…):</p>
          <ol className={styles.steps}>
            <li>Open the DNS settings of {claim.domain} and add a new record of type <strong>TXT</strong>.</li>
            <li>Give it the name and value below, exactly. Some providers want only the part before the domain in the name (“@” for the domain itself).</li>
            <li>Save it, wait a few minutes for DNS to update, then press <strong>Verify</strong>.</li>
          </ol>
        </>
      ) : null}
      <div className={styles.record} role="group" aria-label={`TXT record for ${claim.domain}`}>
        <div className={styles.recordRow}>
          <span>Type</span>
          <code>TXT</code>
        </div>
        <div className={styles.recordRow}>
          <span>Name</span>
          <CopyValue label="TXT record name" value={claim.txtRecordName} />
        </div>
        <div className={styles.recordRow}>
          <span>Value</span>
          <CopyValue label="TXT record value" value={claim.txtRecordValue} />
        </div>
      </div>
      {claim.status !== 'VERIFIED' ? <p className={styles.subtle}>If the domain itself cannot take another record, the name _guildhall.{claim.domain} works too.</p> : null}
      <dl className={styles.details}>
        <dt>Claimed</dt>
        <dd>{formatDateTime(claim.createdAt)}</dd>
        {claim.verifiedAt ? (
          <>
            <dt>Verified</dt>
            <dd>{formatDateTime(claim.verifiedAt)}</dd>
          </>
        ) : null}
        <dt>Last checked</dt>
        <dd>{claim.lastCheckedAt ? formatDateTime(claim.lastCheckedAt) : 'Not yet'}</dd>
        {claim.lastError && !problems.length ? (
          <>
            <dt>Last check found</dt>
            <dd>{claim.lastError}</dd>
          </>
        ) : null}
      </dl>
      <FormProblems messages={problems} />
      {verified ? <Notice kind="success">{claim.domain} is verified.</Notice> : null}
      {manage ? (
        <div className={styles.actions}>
          {claim.status !== 'VERIFIED' ? (
            <Button onClick={() => void runVerify()} busy={verifying.running}>
              Verify
            </Button>
          ) : null}
          <ConfirmButton
            label="Remove claim"
            question={claim.status === 'VERIFIED' ? `Remove ${claim.domain}? Single sign-on and SCIM stop trusting it, and another organization may claim it.` : `Remove the claim on ${claim.domain}?`}
            confirmLabel="Remove"
            busy={removing.running}
            onConfirm={runRemove}
          />
        </div>
      ) : null}
    </article>
  );
}
