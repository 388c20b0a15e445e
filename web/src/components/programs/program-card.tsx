'use client';
import { useState } from 'react';
import { ProgramSetStatusDocument, type SettableProgramStatus } from '../../gql/graphql';
import { formatDate, formatMoney, humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Badge, Button, Notice, StatCard } from '../ui';
import { EditProgram } from './edit-program';
import { ProgramAssignments } from './program-assignments';
import { overageSummary, previousDay, STATUS_TONE, termsSummary, TYPE_LABEL, type ProgramItem, type ProgramMember } from './program-text';
import styles from './programs.module.css';

/** One program: its terms, this cycle's use, and what the viewer's role may do to it. */
export function ProgramCard({ organizationId, program, members, canManage, canAssign, onChanged }: {
  organizationId: string;
  program: ProgramItem;
  members: readonly ProgramMember[];
  canManage: boolean;
  canAssign: boolean;
  onChanged: () => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [showMembers, setShowMembers] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [setStatus, { running }] = useMutation(ProgramSetStatusDocument);
  const errors = useFormErrors();
  const usage = program.usage;
  const headingId = `program-${program.id}`;

  async function changeStatus(status: SettableProgramStatus, done: string) {
    setNotice(null);
    const payload = errors.take(await setStatus({ input: { organizationId, programId: program.id, status } }), (data) => data.setProgramStatus);
    setConfirmCancel(false);
    if (!payload) return;
    setNotice(done);
    await onChanged();
  }

  return (
    <article className={styles.tile} aria-labelledby={headingId}>
      <div className={styles.tileHeader}>
        <h3 id={headingId}>{program.name}</h3>
        <span>
          <Badge>{TYPE_LABEL[program.type] ?? humanize(program.type)}</Badge> <Badge tone={STATUS_TONE[program.status]}>{humanize(program.status)}</Badge>
        </span>
      </div>
      {program.description ? <p>{program.description}</p> : null}
      <p className="muted">
        {termsSummary(program)}. {overageSummary(program)}.
      </p>
      <p className="muted">
        From {formatDate(program.startsOn)} {program.endsOn ? `to ${formatDate(program.endsOn)}` : 'until cancelled'}
        {program.termsLocked ? ' · terms fixed' : ''}
      </p>
      <div className={`stats ${styles.usage}`} role="group" aria-label={`${program.name} this cycle`}>
        <StatCard label="Engagements this cycle" value={usage.engagements} detail={`${formatDate(usage.startDate)} – ${formatDate(previousDay(usage.endDate))}`} />
        <StatCard label="Covered" value={formatMoney(usage.covered.amountMinor, usage.covered.currency)} />
        <StatCard label="Overage to the org" value={formatMoney(usage.overage.amountMinor, usage.overage.currency)} />
        {usage.budgetRemaining ? <StatCard label="Budget left" value={formatMoney(usage.budgetRemaining.amountMinor, usage.budgetRemaining.currency)} /> : null}
        <StatCard label="Assigned" value={program.assignments.length} />
      </div>
      <FormProblems messages={errors.general} />
      {notice ? <Notice kind="success"><p>{notice}</p></Notice> : null}
      <div className={styles.actions}>
        <Button variant="secondary" aria-expanded={showMembers} onClick={() => setShowMembers((v) => !v)}>
          {showMembers ? 'Hide members' : canAssign ? 'Members and assigning' : 'Members'}
        </Button>
        {canManage && program.status !== 'CANCELLED' ? (
          <>
            <Button variant="secondary" aria-expanded={editing} onClick={() => setEditing((v) => !v)}>Edit</Button>
            {program.status === 'ACTIVE' ? <Button variant="secondary" busy={running} onClick={() => void changeStatus('PAUSED', `${program.name} is paused: it covers nothing until resumed.`)}>Pause</Button> : null}
            {program.status === 'PAUSED' ? <Button variant="secondary" busy={running} onClick={() => void changeStatus('ACTIVE', `${program.name} is active again.`)}>Resume</Button> : null}
            <Button variant="danger" onClick={() => setConfirmCancel(true)} disabled={confirmCancel}>Cancel program…</Button>
          </>
        ) : null}
      </div>
      {confirmCancel ? (
        <div className={styles.confirm} role="group" aria-label="Confirm cancelling">
          <p>Cancel {program.name}? This is final: every assignment ends and it covers no more bookings.</p>
          <div className="form-row">
            <Button variant="danger" busy={running} onClick={() => void changeStatus('CANCELLED', `${program.name} is cancelled.`)}>Yes, cancel program</Button>
            <Button variant="secondary" onClick={() => setConfirmCancel(false)}>Keep it</Button>
          </div>
        </div>
      ) : null}
      {editing ? (
        <div className={styles.panel}>
          <EditProgram
            organizationId={organizationId}
            program={program}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setNotice('Changes saved.');
              void onChanged();
            }}
          />
        </div>
      ) : null}
      {showMembers ? <ProgramAssignments organizationId={organizationId} program={program} members={members} canAssign={canAssign} onChanged={onChanged} /> : null}
    </article>
  );
}
