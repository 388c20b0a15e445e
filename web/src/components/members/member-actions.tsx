'use client';
import { useId, useState } from 'react';
import { Button } from '../ui';
import { ConfirmStep } from './confirm-step';
import type { RowRules } from './member-rules';
import styles from './members.module.css';

export type MemberAction = 'suspend' | 'reactivate' | 'remove';

/**
 * Suspend or reactivate (whichever the status allows) and remove, each disabled with the rule's
 * sentence beside it when the rules refuse. Removal asks first, in the page.
 */
export function MemberActions({ name, rules, running, errors, mayForce, onAction }: {
  name: string;
  rules: RowRules;
  running: MemberAction | null;
  /** The server's refusal of the last attempt, per input field (membershipId, force) and general. */
  errors: { membershipId?: string | undefined; force?: string | undefined; general: readonly string[] };
  /** Whether a refused removal may be forced (the server lets an OWNER do it). */
  mayForce: boolean;
  onAction: (action: MemberAction, options?: { force: boolean }) => Promise<boolean>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [force, setForce] = useState(false);
  const ids = { suspend: useId(), reactivate: useId(), remove: useId(), error: useId() };
  const serverError = errors.force ?? errors.membershipId;

  if (confirming && rules.remove) {
    return (
      <ConfirmStep
        question={`Remove ${name} from the organization?`}
        confirmLabel={force ? 'Remove anyway' : 'Confirm removal'}
        busy={running === 'remove'}
        onCancel={() => {
          setConfirming(false);
          setForce(false);
        }}
        onConfirm={async () => {
          if (await onAction('remove', { force })) setConfirming(false);
        }}
      >
        <p className="muted">They lose access at once; their history stays in the audit log.</p>
        {serverError ? <small className={styles.rowError} role="alert">{serverError}</small> : null}
        {errors.general.map((message) => <small key={message} className={styles.rowError} role="alert">{message}</small>)}
        {errors.force && mayForce ? (
          <label className="checkbox">
            <input type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} /> Remove although obligations are open
          </label>
        ) : null}
      </ConfirmStep>
    );
  }

  const controls = [
    rules.suspend ? { action: 'suspend' as const, label: 'Suspend', refusal: rules.suspend.refusal, variant: 'secondary' as const, onClick: () => void onAction('suspend') } : null,
    rules.reactivate ? { action: 'reactivate' as const, label: 'Reactivate', refusal: rules.reactivate.refusal, variant: 'secondary' as const, onClick: () => void onAction('reactivate') } : null,
    rules.remove ? { action: 'remove' as const, label: 'Remove', refusal: rules.remove.refusal, variant: 'danger' as const, onClick: () => setConfirming(true) } : null,
  ].filter((control) => control !== null);

  // the buttons in a row, each refusal right under them and tied to its button (aria-describedby)
  return (
    <div>
      <div className="actions">
        {controls.map((control) => (
          <Button key={control.action} variant={control.variant} disabled={Boolean(control.refusal) || running !== null} busy={running === control.action} onClick={control.onClick} aria-label={`${control.label} ${name}`} aria-describedby={control.refusal ? ids[control.action] : undefined}>
            {control.label}
          </Button>
        ))}
      </div>
      {controls.map((control) => (control.refusal ? <small key={control.action} id={ids[control.action]} className={styles.reason}>{control.refusal}</small> : null))}
      {serverError ? <small id={ids.error} className={styles.rowError} role="alert">{serverError}</small> : null}
      {errors.general.map((message) => <small key={message} className={styles.rowError} role="alert">{message}</small>)}
    </div>
  );
}
