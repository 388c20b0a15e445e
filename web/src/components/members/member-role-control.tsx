'use client';
import { useId, useState } from 'react';
import type { Role } from '@guildhall/roles';
import { humanize } from '../../lib/format';
import { Button } from '../ui';
import type { RowRules } from './member-rules';
import styles from './members.module.css';

/**
 * The role of one member: a select offering only the roles the rules allow, and a button to apply
 * it (a select that acted on every change would fire while someone arrows through it). When every
 * other role is refused the select is disabled and the rule's sentence sits beside it.
 */
export function MemberRoleControl({ name, role, rules, error, busy, onChange }: { name: string; role: Role; rules: RowRules; error: string | undefined; busy: boolean; onChange: (role: Role) => void }) {
  const [choice, setChoice] = useState<Role>(role);
  const reasonId = useId();
  const errorId = useId();
  const options = rules.roleChoices.filter((option) => option.refusal === null);
  const describedBy = [rules.roleRefusal ? reasonId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  // after a change was saved (or reverted elsewhere), the select follows the member's real role
  const [shownRole, setShownRole] = useState(role);
  if (shownRole !== role) {
    setShownRole(role);
    setChoice(role);
  }
  return (
    <div>
      <div className={styles.inlineControl}>
        <select aria-label={`Role of ${name}`} value={choice} onChange={(event) => setChoice(event.target.value as Role)} disabled={Boolean(rules.roleRefusal) || busy} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
          {options.map((option) => (
            <option key={option.role} value={option.role}>{humanize(option.role)}</option>
          ))}
        </select>
        {rules.roleRefusal ? null : (
          <Button variant="secondary" busy={busy} disabled={choice === role} onClick={() => onChange(choice)} aria-label={`Change role of ${name}`}>
            Change role
          </Button>
        )}
      </div>
      {rules.roleRefusal ? <small id={reasonId} className={styles.reason}>{rules.roleRefusal}</small> : null}
      {error ? <small id={errorId} className={styles.rowError} role="alert">{error}</small> : null}
    </div>
  );
}
