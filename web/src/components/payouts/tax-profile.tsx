'use client';
import { useState } from 'react';
import { PayoutTaxProfileDocument } from '../../gql/graphql';
import { formatDateTime, humanize } from '../../lib/format';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Badge, Button, Card, Notice } from '../ui';
import { percentOfBps, TDS_LABEL, type PayeeScope } from './payee';
import { TaxProfileForm } from './tax-profile-form';
import styles from './payouts.module.css';

/** How payouts are taxed: read by whoever reads the statement; edited by payouts.manage (or yourself). */
export function TaxProfileCard({ scope }: { scope: PayeeScope }) {
  const query = useQuery(PayoutTaxProfileDocument, { payee: scope.payee });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Card
      title="Tax profile"
      actions={scope.mayEditTaxProfile && query.data && !editing ? <Button variant="secondary" onClick={() => { setSaved(false); setEditing(true); }}>Edit tax profile</Button> : null}
    >
      <DataState loading={query.loading} problem={query.problem} data={query.data} retry={() => void query.refetch()}>
        {({ taxProfile: p }) =>
          editing ? (
            <TaxProfileForm
              scope={scope}
              profile={p}
              onCancel={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
                void query.refetch();
              }}
            />
          ) : (
            <>
              {saved ? <Notice kind="success"><p>Tax profile saved. The next payout withholds by it.</p></Notice> : null}
              {p.isDefault ? <p className="muted">No profile set yet: the defaults apply (194O, no PAN, resident in India, not an MSME).</p> : null}
              <dl className={styles.facts}>
                <div>
                  <dt>TDS today</dt>
                  <dd><strong>{percentOfBps(p.tdsRateBps)}</strong> under {TDS_LABEL[p.tdsSection]}</dd>
                </div>
                <div>
                  <dt>PAN on file</dt>
                  <dd>{p.panOnFile ? <Badge tone="good">Yes</Badge> : <Badge tone="warn">No</Badge>}</dd>
                </div>
                <div>
                  <dt>Tax residence</dt>
                  <dd>{p.residencyCountry}</dd>
                </div>
                {p.treatyRateBps !== null ? (
                  <div>
                    <dt>Treaty rate</dt>
                    <dd>{percentOfBps(p.treatyRateBps)}</dd>
                  </div>
                ) : null}
                {p.purposeCode ? (
                  <div>
                    <dt>Purpose code</dt>
                    <dd>{p.purposeCode}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>MSME</dt>
                  <dd>{p.msmeStatus === 'NONE' ? 'Not an MSME' : humanize(p.msmeStatus)}{p.msmeWrittenAgreement ? ' (written agreement: 45 days)' : ''}</dd>
                </div>
                {p.updatedAt ? (
                  <div>
                    <dt>Updated</dt>
                    <dd>{formatDateTime(p.updatedAt)}</dd>
                  </div>
                ) : null}
              </dl>
            </>
          )
        }
      </DataState>
    </Card>
  );
}
