'use client';
import type { ViewerOrganization } from '../../lib/session';
import { humanize } from '../../lib/format';
import styles from './billing.module.css';

/**
 * "Pay myself" or "Through <org>" for each org the viewer is an active member of. Whether their role
 * may spend an org's funds is the org's spending policy, which only finance roles can read: the
 * server decides, and the page says so when it refuses.
 */
export function PayerChoice({ organizations, value, onChange }: { organizations: readonly ViewerOrganization[]; value: string; onChange: (organizationId: string) => void }) {
  return (
    <fieldset>
      <legend>Who pays</legend>
      <div className={styles.choices}>
        <label className={styles.choice}>
          <input type="radio" name="payer" value="" checked={value === ''} onChange={() => onChange('')} />
          <span>
            <strong>Pay myself</strong>
            <br />
            <small className="muted">By card, with your own money.</small>
          </span>
        </label>
        {organizations.map((org) => (
          <label key={org.id} className={styles.choice}>
            <input type="radio" name="payer" value={org.id} checked={value === org.id} onChange={() => onChange(org.id)} />
            <span>
              <strong>Through {org.name}</strong>
              <br />
              <small className="muted">
                As {humanize(org.viewerMembership?.role ?? 'member')}. Its billing mode decides how: your card tagged with {org.name}, its credits, or its monthly invoice.
              </small>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
