'use client';
import { useState } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { PricingContractsDocument, type ContractSide, type ContractStatus } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Card, Notice, SelectField } from '../ui';
import { ContractItem } from './contract-item';
import type { NameOf } from './labels';
import styles from './pricing.module.css';
import { ProposeContractForm } from './propose-contract-form';

const STATUSES: ContractStatus[] = ['PROPOSED', 'ACTIVE', 'TERMINATED'];

/** contracts.read: the org's contracts, newest first, by status; OWNERs propose, signers decide. */
export function ContractsSection({ organizationId, membership, nameOf, orgName }: { organizationId: string; membership: Membership; nameOf: NameOf; orgName: (id: string) => string | null }) {
  const [status, setStatus] = useState<ContractStatus | ''>('');
  const contracts = useQuery(PricingContractsDocument, { organizationId, status: status || null });
  const canManage = can(membership, 'contracts.manage');
  const canSign = can(membership, 'contracts.sign');
  const org = contracts.data?.organization;
  // a new contract starts in the org's own currency (the form lets the person change it)
  const currency = contracts.data?.billingAccount?.currency ?? 'INR';
  // the sides this org can take: a sponsor's members book, a host's experts sell
  const sides: ContractSide[] = org ? [...(org.canSponsor ? (['SPONSOR'] as const) : []), ...(org.canHost ? (['HOST'] as const) : [])] : [];
  return (
    <Card title="Contracts">
      <p className="muted">Negotiated prices and a monthly cap between a sponsor organization and a host organization. Each change is a new version the other side accepts.</p>
      {canManage && org ? (
        sides.length ? (
          <details className={styles.panel}>
            <summary>Propose a contract</summary>
            <ProposeContractForm organizationId={organizationId} currency={currency} sides={sides} onProposed={() => void contracts.refetch()} />
          </details>
        ) : (
          <Notice kind="info"><p>This organization neither sponsors learners nor hosts experts, so it cannot be a party to a contract.</p></Notice>
        )
      ) : null}
      <div className="form-row">
        <SelectField label="Contract status" value={status} onChange={(e) => setStatus(e.target.value as ContractStatus | '')} options={[{ value: '', label: 'All contracts' }, ...STATUSES.map((value) => ({ value, label: humanize(value) }))]} />
      </div>
      <DataState
        loading={contracts.loading}
        problem={contracts.problem}
        data={contracts.data}
        retry={() => void contracts.refetch()}
        isEmpty={(data) => data.contracts.length === 0}
        empty={<p>{status ? `No ${humanize(status).toLowerCase()} contracts.` : `No contracts with other organizations.${canManage ? ' Propose one above.' : ''}`}</p>}
      >
        {(data) => (
          <div className={styles.stack}>
            {data.contracts.map((contract) => (
              <ContractItem
                key={contract.id}
                organizationId={organizationId}
                contract={contract}
                counterpartyName={orgName(contract.side === 'SPONSOR' ? contract.hostOrganizationId : contract.sponsorOrganizationId)}
                nameOf={nameOf}
                canManage={canManage}
                canSign={canSign}
                onChanged={() => contracts.refetch()}
              />
            ))}
          </div>
        )}
      </DataState>
    </Card>
  );
}
