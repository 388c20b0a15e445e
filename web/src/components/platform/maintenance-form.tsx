'use client';
import { useState, type FormEvent } from 'react';
import { PlatformScheduleMaintenanceDocument } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, Notice, SelectField, TextAreaField } from '../ui';

/** `datetime-local` is the browser's wall clock; the graph takes an instant. */
const toIso = (local: string): string | null => {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
};

/**
 * scheduleMaintenanceWindow. Only what the browser must convert is checked here (a date it can read,
 * an org id when the scope is one org); the rules (ends after it starts, at most 7 days, not over
 * already, a message) are the server's, and its errors land under their fields.
 */
export function MaintenanceForm({ onScheduled }: { onScheduled: () => void }) {
  const [scope, setScope] = useState<'PLATFORM' | 'ORGANIZATION'>('PLATFORM');
  const [organizationId, setOrganizationId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [message, setMessage] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [schedule, { running }] = useMutation(PlatformScheduleMaintenanceDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setDone(null);
    const start = toIso(startsAt);
    const end = toIso(endsAt);
    const problems: Record<string, string> = {};
    if (!start) problems['startsAt'] = 'Choose when it starts.';
    if (!end) problems['endsAt'] = 'Choose when it ends.';
    if (scope === 'ORGANIZATION' && !organizationId.trim()) problems['organizationId'] = 'Paste the organization’s id.';
    setLocal(problems);
    if (!start || !end || Object.keys(problems).length) return;
    const payload = errors.take(
      await schedule({ input: { organizationId: scope === 'ORGANIZATION' ? organizationId.trim() : null, startsAt: start, endsAt: end, message: message.trim() } }),
      (data) => data.scheduleMaintenanceWindow,
    );
    if (!payload?.maintenanceWindow) return;
    const window = payload.maintenanceWindow;
    setDone(`Scheduled: ${formatDateTime(window.startsAt)} to ${formatDateTime(window.endsAt)}, ${window.scope === 'PLATFORM' ? 'platform-wide' : 'one organization'}.`);
    setStartsAt('');
    setEndsAt('');
    setMessage('');
    onScheduled();
  }

  const error = (field: string) => local[field] ?? errors.fields[field];
  return (
    <form onSubmit={submit} noValidate className="form" aria-label="Schedule a maintenance window">
      <FormProblems messages={errors.general} />
      {done ? <Notice kind="success"><p>{done}</p></Notice> : null}
      <div className="form-row">
        <SelectField label="Scope" name="scope" value={scope} onChange={(e) => setScope(e.target.value as 'PLATFORM' | 'ORGANIZATION')} options={[{ value: 'PLATFORM', label: 'Platform-wide' }, { value: 'ORGANIZATION', label: 'One organization' }]} />
        {scope === 'ORGANIZATION' ? <Field label="Organization id" name="organizationId" autoComplete="off" spellCheck={false} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)} error={error('organizationId')} /> : null}
      </div>
      <div className="form-row">
        <Field label="Starts" name="startsAt" type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} error={error('startsAt')} hint="Your local time." />
        <Field label="Ends" name="endsAt" type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} error={error('endsAt')} hint="At most 7 days after the start." />
      </div>
      <TextAreaField label="Message shown to people" name="message" value={message} onChange={(e) => setMessage(e.target.value)} error={error('message')} />
      <div>
        <Button type="submit" busy={running}>Schedule window</Button>
      </div>
    </form>
  );
}
