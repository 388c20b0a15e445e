'use client';
import { useMemo, useState, type FormEvent } from 'react';
import { ProgramAssignDocument, ProgramUnassignDocument, type ProgramAssignMutation } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import { formatDate, formatMoney, humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Badge, Button, Field, Notice, Table } from '../ui';
import { memberName, type ProgramItem, type ProgramMember } from './program-text';
import styles from './programs.module.css';

type AssignResult = NonNullable<ProgramAssignMutation['assignProgram']>['results'][number];
const OUTCOME_TONE = { ASSIGNED: 'good', ALREADY_ASSIGNED: 'neutral', REFUSED: 'bad' } as const;

/** Who holds the program now, with this cycle's use; operators assign and unassign here. */
export function ProgramAssignments({ organizationId, program, members, canAssign, onChanged }: {
  organizationId: string;
  program: ProgramItem;
  members: readonly ProgramMember[];
  canAssign: boolean;
  onChanged: () => Promise<void>;
}) {
  const byId = useMemo(() => new Map(members.map((m) => [m.user.id, m])), [members]);
  const usage = useMemo(() => new Map(program.usage.members.map((u) => [u.userId, u])), [program.usage.members]);
  const [unassign, { running: unassigning }] = useMutation(ProgramUnassignDocument);
  const [done, setDone] = useState<string | null>(null);
  const unassignErrors = useFormErrors();
  const open = program.status === 'ACTIVE' || program.status === 'PAUSED';

  async function remove(assignmentId: string, userId: string) {
    setDone(null);
    const payload = unassignErrors.take(await unassign({ input: { organizationId, assignmentId } }), (data) => data.unassignProgram);
    if (!payload) return;
    setDone(`${memberName(byId, userId)} no longer has ${program.name}.`);
    await onChanged();
  }

  return (
    <div className={styles.panel}>
      <h4>Assigned members ({program.assignments.length})</h4>
      <FormProblems messages={unassignErrors.general} />
      {done ? <Notice kind="success"><p>{done}</p></Notice> : null}
      {program.assignments.length ? (
        <Table caption={`Members assigned to ${program.name}`}>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">From</th>
              <th scope="col">Until</th>
              <th scope="col" className="number">Used this cycle</th>
              {canAssign ? <th scope="col"><span className="visually-hidden">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {program.assignments.map((assignment) => {
              const used = usage.get(assignment.userId);
              const name = memberName(byId, assignment.userId);
              return (
                <tr key={assignment.id}>
                  <td>{name}</td>
                  <td>{formatDate(assignment.startsOn)}</td>
                  <td>{assignment.endsOn ? formatDate(assignment.endsOn) : 'Program end'}</td>
                  <td className="number">
                    {used ? `${used.engagements} · ${formatMoney(used.covered.amountMinor, used.covered.currency)}` : '0'}
                    {used?.engagementsRemaining != null ? ` (${used.engagementsRemaining} left)` : ''}
                  </td>
                  {canAssign ? (
                    <td>
                      <Button variant="link" busy={unassigning} onClick={() => void remove(assignment.id, assignment.userId)} aria-label={`Unassign ${name}`}>Unassign</Button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : (
        <p className="muted">Nobody is assigned yet.</p>
      )}
      {canAssign && open ? <AssignForm organizationId={organizationId} program={program} members={members} byId={byId} onChanged={onChanged} /> : null}
      {canAssign && !open ? <p className="muted">A {humanize(program.status).toLowerCase()} program takes no new members.</p> : null}
    </div>
  );
}

function AssignForm({ organizationId, program, members, byId, onChanged }: {
  organizationId: string;
  program: ProgramItem;
  members: readonly ProgramMember[];
  byId: ReadonlyMap<string, ProgramMember>;
  onChanged: () => Promise<void>;
}) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<readonly AssignResult[]>([]);
  const [assign, { running }] = useMutation(ProgramAssignDocument);
  const errors = useFormErrors();
  const assigned = new Set(program.assignments.map((a) => a.userId));
  // only ACTIVE members can hold a program (the list query asks for them only)
  const candidates = members.filter((m) => m.status === 'ACTIVE' && !assigned.has(m.user.id));
  const needle = search.trim().toLowerCase();
  const shown = needle ? candidates.filter((m) => `${m.user.name} ${m.email ?? ''}`.toLowerCase().includes(needle)) : candidates;

  function toggle(userId: string, on: boolean) {
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResults([]);
    if (!picked.size) return errors.fail('Choose at least one member to assign.');
    const payload = errors.take(await assign({ input: { organizationId, programId: program.id, userIds: [...picked] } }), (data) => data.assignProgram);
    if (!payload) return;
    setResults(payload.results);
    setPicked(new Set());
    await onChanged();
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label={`Assign members to ${program.name}`}>
      <h4>Assign members</h4>
      <FormProblems messages={errors.general} />
      {results.length ? (
        <ul className={styles.results} aria-label="Assignment results" role="status">
          <li className="muted">Just now:</li>
          {results.map((result) => (
            <li key={result.userId}>
              {memberName(byId, result.userId)} <Badge tone={OUTCOME_TONE[result.outcome]}>{humanize(result.outcome)}</Badge>
              {result.userErrors.map((problem) => ` ${messageFor(problem)}`).join('')}
            </li>
          ))}
        </ul>
      ) : null}
      {candidates.length === 0 ? (
        <p className="muted">Every active member already has this program.</p>
      ) : (
        <>
          {candidates.length > 8 ? <Field label="Find a member" type="search" value={search} onChange={(e) => setSearch(e.target.value)} /> : null}
          <fieldset className={styles.picker}>
            <legend>Active members</legend>
            {shown.map((member) => (
              <label key={member.id} className="checkbox">
                <input type="checkbox" checked={picked.has(member.user.id)} onChange={(e) => toggle(member.user.id, e.target.checked)} />
                {member.user.name} <span className="muted">{member.email ?? ''} · {humanize(member.role)}</span>
              </label>
            ))}
            {shown.length === 0 ? <p className="muted">No member matches.</p> : null}
          </fieldset>
          <div>
            <Button type="submit" busy={running}>{picked.size ? `Assign ${picked.size} member${picked.size === 1 ? '' : 's'}` : 'Assign'}</Button>
          </div>
        </>
      )}
    </form>
  );
}
