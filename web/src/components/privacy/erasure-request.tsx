'use client';
import { useState, type FormEvent } from 'react';
import { MyErasureRequestDocument, RequestErasureDocument, type ErasureRequestItemFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation, useQuery } from '../../lib/use-graphql';
import { DataState, FormProblems } from '../data-state';
import { Badge, Button, Card, Field, Notice } from '../ui';
import styles from './privacy.module.css';

/** Typed, not clicked: erasure cannot be undone, so it takes a deliberate act. */
const CONFIRMATION = 'ERASE';

const STATUS_TEXT = {
  PENDING: { tone: 'warn', label: 'Pending', text: 'Received. A platform administrator reviews it; it is answered by the date below at the latest.' },
  IN_PROGRESS: { tone: 'warn', label: 'In progress', text: 'Approved. Your data is being erased now; you will be signed out everywhere.' },
  COMPLETED: { tone: 'good', label: 'Completed', text: 'Your personal data has been erased.' },
  REJECTED: { tone: 'bad', label: 'Rejected', text: 'This request was rejected. You may ask again.' },
} as const;

/** The person's own right to erasure (DPDP §12): what it does, the request, and its status. */
export function ErasureRequestCard() {
  const mine = useQuery(MyErasureRequestDocument, {});
  const [requestErasure, { running }] = useMutation(RequestErasureDocument);
  const errors = useFormErrors();
  const [confirmation, setConfirmation] = useState('');
  const [asked, setAsked] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    if (confirmation.trim() !== CONFIRMATION) return;
    const payload = errors.take(await requestErasure({}), (data) => data.requestErasure);
    if (!payload) return;
    setAsked(true);
    setConfirmation('');
    await mine.refetch();
  };

  return (
    <Card title="Erase my personal data">
      <ErasureExplained />
      <DataState loading={mine.loading} problem={mine.problem} data={mine.data} retry={() => void mine.refetch()} label="Loading your request…">
        {({ myErasureRequest: request }) => {
          const open = request?.status === 'PENDING' || request?.status === 'IN_PROGRESS';
          return (
            <>
              {asked && open ? (
                <Notice kind="success">
                  <p>Your erasure request is recorded.</p>
                </Notice>
              ) : null}
              {request ? <ErasureStatus request={request} /> : null}
              {open ? null : (
                <form className="form narrow" onSubmit={(event) => void submit(event)} aria-label="Request erasure">
                  <FormProblems messages={errors.general} />
                  <Field
                    label={`Type ${CONFIRMATION} to confirm`}
                    value={confirmation}
                    onChange={(event) => setConfirmation(event.target.value)}
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    hint="Erasure cannot be undone."
                  />
                  <div>
                    <Button type="submit" variant="danger" busy={running} disabled={confirmation.trim() !== CONFIRMATION}>
                      Request erasure
                    </Button>
                  </div>
                </form>
              )}
            </>
          );
        }}
      </DataState>
    </Card>
  );
}

function ErasureStatus({ request }: { request: ErasureRequestItemFragment }) {
  const status = STATUS_TEXT[request.status];
  return (
    <section className={styles.status} aria-label="Your erasure request">
      <p>
        Your request: <Badge tone={status.tone}>{status.label}</Badge>
      </p>
      <p>{status.text}</p>
      <dl className={styles.dates}>
        <dt>Requested</dt>
        <dd>{formatDateTime(request.requestedAt)}</dd>
        {request.status === 'PENDING' || request.status === 'IN_PROGRESS' ? (
          <>
            <dt>Answered by</dt>
            <dd>{formatDate(request.dueAt)}</dd>
          </>
        ) : null}
        {request.processedAt ? (
          <>
            <dt>Approved</dt>
            <dd>{formatDateTime(request.processedAt)}</dd>
          </>
        ) : null}
        {request.completedAt ? (
          <>
            <dt>Completed</dt>
            <dd>{formatDateTime(request.completedAt)}</dd>
          </>
        ) : null}
        {request.rejectedAt ? (
          <>
            <dt>Rejected</dt>
            <dd>{formatDateTime(request.rejectedAt)}</dd>
          </>
        ) : null}
      </dl>
      {request.rejectionReason ? <p>Reason: {request.rejectionReason}</p> : null}
    </section>
  );
}

/** What erasure does and keeps, in the words of docs/compliance.md (DPDP §12). */
function ErasureExplained() {
  return (
    <div className={styles.explain}>
      <p>
        Under India’s Digital Personal Data Protection Act (§12) you may ask Guildhall to erase your personal data. A platform
        administrator reviews the request and answers within 30 days. When it is carried out:
      </p>
      <ul>
        <li>Your account’s name and e-mail address are replaced, your password is removed and every session ends. You can never sign in to this account again (a new sign-up with the same address is a new person).</li>
        <li>Every membership you hold ends and its seat is released; pending invitations to your address are revoked.</li>
        <li>Money records — payments, invoices, the ledger and payouts — are kept, as the law requires, under a pseudonymous id that points at nothing personal.</li>
        <li>Data exports of your organizations made before the erasure are withdrawn.</li>
      </ul>
      <p className="muted">
        Not erased: e-mail already sent, and an organization’s own billing contact address. If you are an organization’s only owner, it keeps
        running and a platform administrator appoints a new owner.
      </p>
    </div>
  );
}
