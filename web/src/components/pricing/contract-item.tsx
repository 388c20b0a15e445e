'use client';
import { useEffect, useRef } from 'react';
import { PricingContractVersionsDocument, type PricingContractFragment } from '../../gql/graphql';
import { formatDate, humanize } from '../../lib/format';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Badge } from '../ui';
import { ContractActions } from './contract-actions';
import { CONTRACT_TONE, VERSION_TONE, type NameOf } from './labels';
import styles from './pricing.module.css';
import { TermsView } from './terms-view';

/** One contract from this org's side: status, whether it applies today, every version and who proposed it. */
export function ContractItem({ organizationId, contract, counterpartyName, nameOf, canManage, canSign, onChanged }: {
  organizationId: string;
  contract: PricingContractFragment;
  /** Null: the graph shows another org's name to its members only. */
  counterpartyName: string | null;
  nameOf: NameOf;
  canManage: boolean;
  canSign: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const terms = useQuery(PricingContractVersionsDocument, { organizationId, id: contract.id });
  // versions never change once written: their terms are read again only when a version is added
  const versionCount = contract.versions.length;
  const known = useRef(versionCount);
  const refetchTerms = terms.refetch;
  useEffect(() => {
    if (known.current === versionCount) return;
    known.current = versionCount;
    void refetchTerms();
  }, [versionCount, refetchTerms]);
  const termsOf = (version: number) => terms.data?.contract?.versions.find((v) => v.version === version)?.terms;
  const latest = contract.versions[0];
  // only this org's members have names here; the other side is named as a side
  const proposer = (userId: string, side: string) => (side === contract.side ? `${nameOf(userId) ?? 'a member'} (your side)` : 'the other side');
  return (
    <article className={styles.item} aria-label={`Contract ${contract.title}`}>
      <header className={styles.head}>
        <h3>{contract.title}</h3>
        <span>
          <Badge tone={CONTRACT_TONE[contract.status]}>{humanize(contract.status)}</Badge>{' '}
          {contract.status === 'ACTIVE' ? (contract.inForce ? <Badge tone="good">In force today</Badge> : <Badge>Not in force today</Badge>) : null}
        </span>
      </header>
      <p className="muted">
        You are the {contract.side === 'SPONSOR' ? 'sponsor (your members book)' : 'host (your experts sell)'}, with {counterpartyName ?? 'another organization'}.
        {contract.acceptedVersion ? ` Signed terms: version ${contract.acceptedVersion.version}.` : ' Not signed yet.'}
        {contract.terminatedAt ? ` Terminated ${formatDate(contract.terminatedAt)}.` : ''}
      </p>
      {contract.acceptedVersion ? <TermsView terms={contract.acceptedVersion.terms} nameOf={nameOf} /> : null}
      <ContractActions organizationId={organizationId} contract={contract} latestTerms={(latest && termsOf(latest.version)) ?? contract.acceptedVersion?.terms ?? null} canManage={canManage} canSign={canSign} onChanged={onChanged} />
      <details open={contract.status !== 'TERMINATED'}>
        <summary>Versions ({contract.versions.length})</summary>
        <ol className={styles.versions} aria-label={`Versions of ${contract.title}, newest first`}>
          {contract.versions.map((version) => {
            const versionTerms = termsOf(version.version);
            return (
              <li key={version.version}>
                <div>
                  <strong>Version {version.version}</strong> <Badge tone={VERSION_TONE[version.status]}>{humanize(version.status)}</Badge>
                </div>
                <div className="muted">
                  Proposed by {proposer(version.proposedBy, version.proposedBySide)} on {formatDate(version.createdAt)}
                  {version.decidedAt ? `; ${humanize(version.status).toLowerCase()} on ${formatDate(version.decidedAt)}` : ''}
                  {version.reason ? `. Reason: ${version.reason}` : ''}
                </div>
                {versionTerms ? (
                  <TermsView terms={versionTerms} nameOf={nameOf} />
                ) : (
                  <DataState loading={terms.loading} problem={terms.problem} data={undefined} retry={() => void terms.refetch()} label="Loading the terms…">{() => null}</DataState>
                )}
              </li>
            );
          })}
        </ol>
      </details>
    </article>
  );
}
