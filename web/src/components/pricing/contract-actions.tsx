'use client';
import { useState } from 'react';
import {
  PricingAcceptContractDocument,
  PricingRejectContractDocument,
  PricingTerminateContractDocument,
  PricingWithdrawContractProposalDocument,
  type PricingContractFragment,
  type PricingTermsFragment,
} from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import type { Problem } from '../../lib/graphql-request';
import { useMutation } from '../../lib/use-graphql';
import { ConfirmButton } from '../confirm-button';
import { Button, Field, Notice } from '../ui';
import { AmendContractForm } from './amend-contract-form';
import styles from './pricing.module.css';

type Outcome = { problem: Problem | null; userErrors: readonly Problem[] };

/**
 * What this org may do with a contract now: the other side's proposal is accepted or rejected by
 * a signer (contracts.sign); the proposing side's OWNER withdraws it; an OWNER amends a live
 * contract with no open proposal, or terminates it. Nothing else is offered.
 */
export function ContractActions({ organizationId, contract, latestTerms, canManage, canSign, onChanged }: { organizationId: string; contract: PricingContractFragment; latestTerms: PricingTermsFragment | null; canManage: boolean; canSign: boolean; onChanged: () => Promise<unknown> }) {
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [amending, setAmending] = useState(false);
  const [accept, acceptState] = useMutation(PricingAcceptContractDocument);
  const [reject, rejectState] = useMutation(PricingRejectContractDocument);
  const [withdraw, withdrawState] = useMutation(PricingWithdrawContractProposalDocument);
  const [terminate, terminateState] = useMutation(PricingTerminateContractDocument);
  const open = contract.versions.find((v) => v.status === 'PROPOSED');
  const theirs = open && open.proposedBySide !== contract.side;
  const live = contract.status !== 'TERMINATED';
  const ref = open ? { organizationId, contractId: contract.id, version: open.version } : null;

  async function act(run: () => Promise<Outcome>, success: string) {
    setMessage(null);
    const { problem, userErrors } = await run();
    const problems = problem ? [problem] : userErrors;
    setMessage(problems.length ? { kind: 'error', text: problems.map(messageFor).join(' ') } : { kind: 'success', text: success });
    if (!problems.length) setRejecting(false);
    await onChanged();
  }
  const outcome = (r: { problem: Problem | null; data?: unknown }, payload: { userErrors: readonly Problem[] } | undefined): Outcome => ({ problem: r.problem, userErrors: payload?.userErrors ?? [] });

  const notes: string[] = [];
  if (open && theirs && !canSign) notes.push('Owners and billing admins accept or reject the other side’s proposal.');
  if (open && !theirs) notes.push(`Version ${open.version} waits for the other side to accept or reject it.`);
  if (live && !canManage) notes.push('Owners propose, amend, withdraw and terminate contracts.');

  return (
    <div className={styles.stack}>
      {message ? <Notice kind={message.kind}>{message.text}</Notice> : null}
      {notes.map((note) => <p key={note} className="muted">{note}</p>)}
      <div className={styles.actions}>
        {ref && theirs && canSign ? (
          <>
            <Button busy={acceptState.running} onClick={() => void act(async () => { const r = await accept({ input: ref }); return outcome(r, r.data?.acceptContract); }, `Version ${ref.version} accepted: its terms are the contract now.`)}>
              Accept version {ref.version}
            </Button>
            {!rejecting ? <Button variant="secondary" onClick={() => setRejecting(true)}>Reject…</Button> : null}
          </>
        ) : null}
        {ref && !theirs && canManage ? (
          <ConfirmButton label="Withdraw proposal" question={`Withdraw version ${ref.version}?${ref.version === 1 ? ' The contract ends with it.' : ''}`} confirmLabel="Withdraw" busy={withdrawState.running}
            onConfirm={() => act(async () => { const r = await withdraw({ input: ref }); return outcome(r, r.data?.withdrawContractProposal); }, `Version ${ref.version} withdrawn.`)} />
        ) : null}
        {live && !open && canManage && !amending ? <Button variant="secondary" onClick={() => { setMessage(null); setAmending(true); }}>Propose amendment</Button> : null}
        {live && canManage ? (
          <ConfirmButton label="Terminate" question={`Terminate “${contract.title}”? Its prices stop at once and it cannot be reopened.`} confirmLabel="Terminate contract" busy={terminateState.running}
            onConfirm={() => act(async () => { const r = await terminate({ input: { organizationId, contractId: contract.id } }); return outcome(r, r.data?.terminateContract); }, `“${contract.title}” terminated.`)} />
        ) : null}
      </div>
      {ref && theirs && canSign && rejecting ? (
        <form className="form" aria-label={`Reject version ${ref.version}`} onSubmit={(e) => { e.preventDefault(); void act(async () => { const r = await reject({ input: { ...ref, reason: reason.trim() || null } }); return outcome(r, r.data?.rejectContract); }, `Version ${ref.version} rejected.`); }}>
          <Field label="Reason (optional)" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} hint="The other side sees it." />
          <div className="page-actions">
            <Button type="submit" variant="danger" busy={rejectState.running}>Reject version {ref.version}</Button>
            <Button variant="secondary" onClick={() => setRejecting(false)}>Keep it</Button>
          </div>
        </form>
      ) : null}
      {amending && live && !open && latestTerms ? (
        <AmendContractForm organizationId={organizationId} contractId={contract.id} from={latestTerms}
          onClose={() => setAmending(false)}
          onDone={(text) => { setAmending(false); setMessage({ kind: 'success', text }); void onChanged(); }} />
      ) : null}
    </div>
  );
}
