'use client';
import type { MemberFacts, OrgFacts, Role } from '@guildhall/roles';
import { useState } from 'react';
import { ChangeMemberRoleDocument, ReactivateMemberDocument, RemoveMemberDocument, SuspendMemberDocument, type MemberRowFragment } from '../../gql/graphql';
import { formatDate, humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { Badge } from '../ui';
import { MemberActions, type MemberAction } from './member-actions';
import { MemberRoleControl } from './member-role-control';
import { rulesFor } from './member-rules';
import styles from './members.module.css';

const STATUS_TONE: Record<MemberRowFragment['status'], 'good' | 'warn' | 'bad' | 'neutral'> = {
  ACTIVE: 'good',
  PENDING: 'warn',
  SUSPENDED: 'bad',
  REMOVED: 'neutral',
  ERASED: 'neutral',
};

const DONE: Record<MemberAction, string> = { suspend: 'is suspended', reactivate: 'is active again', remove: 'was removed' };

/** A member's row for someone who may only read the list. */
export function MemberRowReadOnly({ member, isViewer }: { member: MemberRowFragment; isViewer: boolean }) {
  return (
    <tr>
      <td className={styles.nameCell}>{member.user.name}{isViewer ? <span className="muted"> (you)</span> : null}</td>
      <td className={styles.emailCell}>{member.email ?? '—'}</td>
      <td>{humanize(member.role)}</td>
      <td><Badge tone={STATUS_TONE[member.status]}>{humanize(member.status)}</Badge></td>
      <td>{formatDate(member.createdAt)}</td>
    </tr>
  );
}

/**
 * A member's row for governance: the role select and the status actions, each checked against the
 * rules of @guildhall/roles with the actor's facts before any click; the server's refusal (which
 * reads fresher facts) lands under the control that caused it.
 */
export function MemberRowAdmin({ member, organizationId, actor, org, onChanged }: {
  member: MemberRowFragment;
  organizationId: string;
  actor: MemberFacts;
  org: OrgFacts;
  onChanged: (membership: MemberRowFragment, message: string) => void;
}) {
  const [changeRole, roleState] = useMutation(ChangeMemberRoleDocument);
  const [suspend] = useMutation(SuspendMemberDocument);
  const [reactivate] = useMutation(ReactivateMemberDocument);
  const [remove] = useMutation(RemoveMemberDocument);
  const [running, setRunning] = useState<MemberAction | null>(null);
  const [lastAttempt, setLastAttempt] = useState<'role' | MemberAction | null>(null);
  const errors = useFormErrors();
  const target: MemberFacts = { userId: member.user.id, role: member.role, status: member.status };
  const rules = rulesFor(actor, target, org);
  const isViewer = actor.userId === member.user.id;
  const name = member.user.name;

  async function applyRole(role: Role) {
    setLastAttempt('role');
    const payload = errors.take(await changeRole({ input: { organizationId, membershipId: member.id, role } }), (data) => data.changeMemberRole);
    if (payload?.membership) onChanged(payload.membership, `${name} is now ${humanize(payload.membership.role)}.`);
  }

  async function act(action: MemberAction, options?: { force: boolean }): Promise<boolean> {
    setLastAttempt(action);
    setRunning(action);
    const input = { organizationId, membershipId: member.id };
    try {
      const payload =
        action === 'suspend'
          ? errors.take(await suspend({ input }), (data) => data.suspendMember)
          : action === 'reactivate'
            ? errors.take(await reactivate({ input }), (data) => data.reactivateMember)
            : errors.take(await remove({ input: { ...input, force: options?.force ?? null } }), (data) => data.removeMember);
      if (!payload?.membership) return false;
      onChanged(payload.membership, `${name} ${DONE[action]}.`);
      return true;
    } finally {
      setRunning(null);
    }
  }

  const roleErrors = lastAttempt === 'role' ? [errors.fields['role'], ...errors.general].filter(Boolean).join(' ') || undefined : undefined;
  const actionErrors = lastAttempt && lastAttempt !== 'role' ? { membershipId: errors.fields['membershipId'], force: errors.fields['force'], general: errors.general } : { general: [] };
  return (
    <tr>
      <td className={styles.nameCell}>{name}{isViewer ? <span className="muted"> (you)</span> : null}</td>
      <td className={styles.emailCell}>{member.email ?? '—'}</td>
      <td>
        {rules.roleEditable ? (
          <MemberRoleControl name={name} role={member.role} rules={rules} error={roleErrors} busy={roleState.running} onChange={(role) => void applyRole(role)} />
        ) : (
          humanize(member.role)
        )}
      </td>
      <td><Badge tone={STATUS_TONE[member.status]}>{humanize(member.status)}</Badge></td>
      <td>{formatDate(member.createdAt)}</td>
      <td>
        {/* the server lets an OWNER force a removal past open obligations (checkObligations) */}
        <MemberActions name={name} rules={rules} running={running} errors={actionErrors} mayForce={actor.role === 'OWNER'} onAction={act} />
      </td>
    </tr>
  );
}
