'use client';
import { useState, type FormEvent } from 'react';
import { ProgramUpdateDocument } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, TextAreaField } from '../ui';
import type { ProgramItem } from './program-text';

/** Name, description and end date: the parts that stay editable once the terms lock. */
export function EditProgram({ organizationId, program, onSaved, onCancel }: { organizationId: string; program: ProgramItem; onSaved: () => void; onCancel: () => void }) {
  const [name, setName] = useState(program.name);
  const [description, setDescription] = useState(program.description ?? '');
  const [endsOn, setEndsOn] = useState(program.endsOn ?? '');
  const [update, { running }] = useMutation(ProgramUpdateDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    // only what changed is sent: the input treats an omitted field as "keep" and null as "clear"
    const payload = errors.take(
      await update({
        input: {
          organizationId,
          programId: program.id,
          ...(name.trim() !== program.name ? { name: name.trim() } : {}),
          ...(description.trim() !== (program.description ?? '') ? { description: description.trim() || null } : {}),
          ...(endsOn !== (program.endsOn ?? '') ? { endsOn: endsOn || null } : {}),
        },
      }),
      (data) => data.updateProgram,
    );
    if (payload) onSaved();
  }

  return (
    <form onSubmit={submit} noValidate className="form narrow" aria-label={`Edit ${program.name}`}>
      <FormProblems messages={errors.general} />
      <Field label="Program name" name="name" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} error={errors.fields['name']} />
      <TextAreaField label="Description" name="description" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.fields['description']} />
      <Field label="Ends on" name="endsOn" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} hint="Empty: runs until cancelled. Extend it to bring an expired program back." error={errors.fields['endsOn']} />
      <div className="form-row">
        <Button type="submit" busy={running}>Save changes</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
