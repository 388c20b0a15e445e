'use client';
import { useState, type FormEvent } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { ClaimDomainDocument, SettingsDomainsDocument } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation, useQuery } from '../../lib/use-graphql';
import { DataState, FormProblems } from '../data-state';
import { Button, Card, Field, Notice } from '../ui';
import { DomainClaimCard } from './domain-claim-card';
import { onlyRolesMay } from './who-may';

/** Domains the org proves it controls: what SSO and SCIM trust. Governance reads, the OWNER claims. */
export function DomainClaims({ organizationId, membership }: { organizationId: string; membership: Membership }) {
  const manage = can(membership, 'domains.manage');
  const claims = useQuery(SettingsDomainsDocument, { organizationId });
  const [claim, { running }] = useMutation(ClaimDomainDocument);
  const errors = useFormErrors();
  const [domain, setDomain] = useState('');
  const [claimed, setClaimed] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setClaimed(null);
    const payload = errors.take(await claim({ input: { organizationId, domain } }), (data) => data.claimDomain);
    if (!payload?.domainClaim) return;
    setClaimed(payload.domainClaim.domain);
    setDomain('');
    await claims.refetch();
  }

  return (
    <>
      <Card title="Claim a domain">
        {manage ? (
          <form onSubmit={submit} noValidate className="form narrow">
            <p className="muted">Verified domains let your people sign in with single sign-on and be provisioned over SCIM.</p>
            <FormProblems messages={errors.general} />
            <Field label="Domain" name="domain" value={domain} onChange={(e) => setDomain(e.target.value)} error={errors.fields['domain']} placeholder="example.com" autoComplete="off" spellCheck={false} hint="Just the domain, such as example.com: no https:// and no path." />
            <div>
              <Button type="submit" busy={running}>Claim domain</Button>
            </div>
            {claimed ? <Notice kind="success">Claimed {claimed}. Add the TXT record shown below, then verify.</Notice> : null}
          </form>
        ) : (
          <p className="muted">{onlyRolesMay('domains.manage', 'claim, verify and remove domains')}</p>
        )}
      </Card>
      <h2>Claimed domains</h2>
      <DataState
        loading={claims.loading}
        problem={claims.problem}
        data={claims.data}
        retry={() => void claims.refetch()}
        isEmpty={(data) => data.organization.domainClaims.length === 0}
        empty={<p>No domains claimed yet.{manage ? ' Claim your email domain above to start.' : ''}</p>}
        label="Loading domains…"
      >
        {(data) => (
          <div>
            {data.organization.domainClaims.map((item) => (
              <DomainClaimCard key={item.id} organizationId={organizationId} claim={item} manage={manage} onChanged={claims.refetch} />
            ))}
          </div>
        )}
      </DataState>
    </>
  );
}
