'use client';
import { useState } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { ProgramListDocument, ProgramMembersDocument, type ProgramStatus } from '../../gql/graphql';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Button, Card, Notice, SelectField } from '../ui';
import { CreateProgram } from './create-program';
import { ProgramCard } from './program-card';
import styles from './programs.module.css';

const STATUS_FILTER: readonly { value: ProgramStatus | ''; label: string }[] = [
  { value: '', label: 'All statuses' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'PAUSED', label: 'Paused' },
  { value: 'EXPIRED', label: 'Expired' },
  { value: 'CANCELLED', label: 'Cancelled' },
];

/** Finance readers see the org's programs and their use; operators also create, change and assign. */
export function OrganizationPrograms({ organizationId, membership, onAssignmentsChanged }: { organizationId: string; membership: Membership; onAssignmentsChanged: () => void }) {
  const [status, setStatus] = useState<ProgramStatus | ''>('');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const list = useQuery(ProgramListDocument, { organizationId, status: status || null });
  const members = useQuery(ProgramMembersDocument, { organizationId });
  const canManage = can(membership, 'programs.manage');
  const canAssign = can(membership, 'programs.assign');
  const account = list.data?.billingAccount;
  // creating needs an org that sponsors and pays from its own funds: say so instead of a doomed form
  const blocker = !list.data
    ? null
    : !account
      ? 'The organization’s billing account is not open yet.'
      : !list.data.organization.canSponsor
        ? 'This organization does not sponsor its members’ bookings, so it cannot run programs.'
        : account.mode === 'TAG_ONLY'
          ? 'Programs pay from the organization’s credits or invoice. Switch billing to seat packs or monthly invoicing first (Billing page).'
          : null;

  return (
    <Card
      title="Organization programs"
      actions={canManage && !creating ? <Button onClick={() => { setCreated(null); setCreating(true); }} disabled={!!blocker || !account}>New program</Button> : null}
    >
      {canManage && blocker ? <Notice kind="info"><p>{blocker}</p></Notice> : null}
      {created ? <Notice kind="success"><p>{created} is created. Assign members to it below.</p></Notice> : null}
      {creating && account ? (
        <section aria-label="New program" className={`${styles.panel} ${styles.createPanel}`}>
          <h3>New program</h3>
          <CreateProgram
            organizationId={organizationId}
            currency={account.currency}
            onCancel={() => setCreating(false)}
            onCreated={(name) => {
              setCreating(false);
              setCreated(name);
              void list.refetch();
            }}
          />
        </section>
      ) : null}
      <div className={styles.filter}>
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as ProgramStatus | '')} options={STATUS_FILTER} />
      </div>
      {members.data && members.data.organization.members.totalCount > members.data.organization.members.nodes.length ? (
        <p className="muted">Showing the first {members.data.organization.members.nodes.length} members by join date for assigning.</p>
      ) : null}
      <DataState
        loading={list.loading}
        problem={list.problem}
        data={list.data}
        retry={() => void list.refetch()}
        isEmpty={(data) => !data.billingAccount?.programs.length}
        empty={<p>{status ? 'No program has this status.' : canManage ? 'No programs yet. Create one to pay for your members’ bookings.' : 'No programs yet.'}</p>}
      >
        {(data) => (
          <ul className={styles.programs} aria-label="Programs">
            {(data.billingAccount?.programs ?? []).map((program) => (
              <li key={program.id}>
                <ProgramCard
                  organizationId={organizationId}
                  program={program}
                  members={members.data?.organization.members.nodes ?? []}
                  canManage={canManage}
                  canAssign={canAssign}
                  onChanged={async () => {
                    onAssignmentsChanged();
                    await list.refetch();
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </DataState>
    </Card>
  );
}
