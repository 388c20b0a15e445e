'use client';
import { useState, type FormEvent } from 'react';
import { PlatformProcessErasureDocument, PlatformRejectErasureDocument, type PlatformErasureRequestFragment } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { ConfirmButton } from '../confirm-button';
import { FormProblems } from '../data-state';
import { Button, Field } from '../ui';
import styles from './platform.module.css';

/**
 * A PENDING request's two answers. Processing erases the person everywhere and cannot be undone, so it
 * is asked twice; rejecting needs a reason (the person reads it) and is confirmed by its own form.
 */
export function ErasureActions({ request, onDone }: { request: PlatformErasureRequestFragment; onDone: (updated: PlatformErasureRequestFragment, message: string) => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [processRequest, processing] = useMutation(PlatformProcessErasureDocument);
  const [reject, rejectingNow] = useMutation(PlatformRejectErasureDocument);
  const errors = useFormErrors();

  async function process() {
    errors.clear();
    const payload = errors.take(await processRequest({ input: { requestId: request.id } }), (data) => data.processErasureRequest);
    if (payload?.erasureRequest) onDone(payload.erasureRequest, 'Erasure started: every context now erases the person.');
  }

  async function submitReject(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!reason.trim()) {
      errors.fail('Give the reason: the person is told why.');
      return;
    }
    const payload = errors.take(await reject({ input: { requestId: request.id, reason: reason.trim() } }), (data) => data.rejectErasureRequest);
    if (payload?.erasureRequest) onDone(payload.erasureRequest, 'Request rejected; the person sees the reason.');
  }

  return (
    <div>
      <FormProblems messages={errors.general} />
      {rejecting ? (
        <form onSubmit={submitReject} noValidate className="form" aria-label="Reject the erasure request">
          <Field label="Reason for rejecting" name="reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields['reason'] ?? errors.fields['requestId']} autoFocus maxLength={1000} />
          <div className={styles.actions}>
            <Button type="submit" variant="danger" busy={rejectingNow.running}>Reject request</Button>
            <Button variant="secondary" onClick={() => { setRejecting(false); errors.clear(); }}>Keep it</Button>
          </div>
        </form>
      ) : (
        <div className={styles.actions}>
          <ConfirmButton label="Process" question="Erase this person everywhere? This cannot be undone." confirmLabel="Yes, erase" onConfirm={process} busy={processing.running} />
          <Button variant="secondary" onClick={() => setRejecting(true)}>Reject…</Button>
        </div>
      )}
      {errors.fields['requestId'] && !rejecting ? <small className="field-error" role="alert">{errors.fields['requestId']}</small> : null}
    </div>
  );
}
