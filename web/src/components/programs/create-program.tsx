'use client';
import { useState, type FormEvent } from 'react';
import { ProgramCreateDocument, type CreateProgramInput, type OverageRouting, type ProgramCycle, type ProgramType } from '../../gql/graphql';
import { parseMoney } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, SelectField, TextAreaField } from '../ui';
import { OVERAGE_OPTIONS, parsePercentBps, PROGRAM_TYPES } from './program-text';

const CYCLES: readonly { value: ProgramCycle; label: string }[] = [
  { value: 'MONTHLY', label: 'Monthly' },
  { value: 'QUARTERLY', label: 'Quarterly' },
  { value: 'YEARLY', label: 'Yearly' },
];

const EMPTY = { name: '', description: '', type: 'LICENSED_SEAT' as ProgramType, cycle: 'MONTHLY' as ProgramCycle, engagements: '', priceCap: '', budget: '', overage: 'BLOCK' as OverageRouting, surcharge: '', overageLimit: '', startsOn: '', endsOn: '' };

/** An operator creates a program; amounts are typed in the account's currency and sent as minor units. */
export function CreateProgram({ organizationId, currency, onCreated, onCancel }: { organizationId: string; currency: string; onCreated: (name: string) => void; onCancel: () => void }) {
  const [form, setForm] = useState(EMPTY);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [create, { running }] = useMutation(ProgramCreateDocument);
  const errors = useFormErrors();
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: event.target.value }));
  const seat = form.type === 'LICENSED_SEAT';
  const moneyHint = `In ${currency}, e.g. 25000 or 25000.50`;
  // a client-side check (unparseable amount) wins over a server error for the same input
  const errorFor = (local_: string, server: string) => local[local_] ?? errors.fields[server];

  /** Amounts and numbers are checked here first: nothing is sent until each one reads as a number. */
  function validate(): { input: CreateProgramInput | null; problems: Record<string, string> } {
    const problems: Record<string, string> = {};
    const money = (key: 'priceCap' | 'budget' | 'overageLimit', required: boolean): number | null => {
      const text = form[key].trim();
      if (!text) {
        if (required) problems[key] = 'Enter an amount.';
        return null;
      }
      const minor = parseMoney(text, currency);
      if (minor === null) problems[key] = `Enter an amount in ${currency}, like 25000 or 25000.50.`;
      return minor;
    };
    let engagements: number | null = null;
    if (seat && form.engagements.trim()) {
      engagements = /^\d+$/.test(form.engagements.trim()) ? Number(form.engagements.trim()) : null;
      if (engagements === null) problems['engagements'] = 'Enter a whole number, or leave it empty for unlimited.';
    }
    const priceCap = seat ? money('priceCap', false) : null;
    const budget = seat ? null : money('budget', true);
    const overageLimit = form.overage === 'CHARGE_ORG' ? money('overageLimit', false) : null;
    let surcharge: number | null = null;
    if (form.overage !== 'BLOCK' && form.surcharge.trim()) {
      surcharge = parsePercentBps(form.surcharge);
      if (surcharge === null) problems['surcharge'] = 'Enter a percentage, like 10 or 2.5.';
    }
    if (!form.name.trim()) problems['name'] = 'Enter a name.';
    if (Object.keys(problems).length) return { input: null, problems };
    return {
      problems,
      input: {
        organizationId,
        name: form.name.trim(),
        description: form.description.trim() || null,
        type: form.type,
        cycle: form.cycle,
        engagementsPerCycle: engagements,
        priceCapMinor: priceCap,
        budgetMinor: budget,
        overage: form.overage,
        overageSurchargeBps: surcharge,
        overageLimitMinor: overageLimit,
        startsOn: form.startsOn || null,
        endsOn: form.endsOn || null,
      },
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const { input, problems } = validate();
    setLocal(problems);
    if (!input) return;
    const payload = errors.take(await create({ input }), (data) => data.createProgram);
    if (!payload?.program) return;
    setForm(EMPTY);
    onCreated(payload.program.name);
  }

  return (
    <form onSubmit={submit} noValidate className="form narrow" aria-label="New program">
      <FormProblems messages={errors.general} />
      <Field label="Program name" name="name" required maxLength={80} value={form.name} onChange={set('name')} error={errorFor('name', 'name')} />
      <TextAreaField label="Description (optional)" name="description" value={form.description} onChange={set('description')} error={errors.fields['description']} />
      <SelectField label="Type" name="type" value={form.type} onChange={set('type')} options={PROGRAM_TYPES} error={errors.fields['type']} />
      <SelectField label="Cycle" name="cycle" value={form.cycle} onChange={set('cycle')} options={CYCLES} error={errors.fields['cycle']} />
      {seat ? (
        <>
          <Field label="Engagements per member per cycle" name="engagements" inputMode="numeric" value={form.engagements} onChange={set('engagements')} hint="Leave empty for unlimited." error={errorFor('engagements', 'engagementsPerCycle')} />
          <Field label={`Price cap per engagement (${currency}, optional)`} name="priceCap" inputMode="decimal" value={form.priceCap} onChange={set('priceCap')} hint={`A booking priced above it is not covered. ${moneyHint}`} error={errorFor('priceCap', 'priceCapMinor')} />
        </>
      ) : (
        <Field label={`Budget per cycle (${currency})`} name="budget" required inputMode="decimal" value={form.budget} onChange={set('budget')} hint={moneyHint} error={errorFor('budget', 'budgetMinor')} />
      )}
      <SelectField label="When a booking is not covered" name="overage" value={form.overage} onChange={set('overage')} options={OVERAGE_OPTIONS} error={errors.fields['overage']} />
      {form.overage !== 'BLOCK' ? (
        <Field label="Overage surcharge (%)" name="surcharge" inputMode="decimal" value={form.surcharge} onChange={set('surcharge')} hint="Added to overage bookings; empty for none." error={errorFor('surcharge', 'overageSurchargeBps')} />
      ) : null}
      {form.overage === 'CHARGE_ORG' ? (
        <Field label={`Overage limit per cycle (${currency}, optional)`} name="overageLimit" inputMode="decimal" value={form.overageLimit} onChange={set('overageLimit')} hint="The most overage the organization takes per cycle; empty for no limit." error={errorFor('overageLimit', 'overageLimitMinor')} />
      ) : null}
      <div className="form-row">
        <Field label="Starts on (optional)" name="startsOn" type="date" value={form.startsOn} onChange={set('startsOn')} hint="Default: today." error={errors.fields['startsOn']} />
        <Field label="Ends on (optional)" name="endsOn" type="date" value={form.endsOn} onChange={set('endsOn')} hint="Default: runs until cancelled." error={errors.fields['endsOn']} />
      </div>
      <p className="muted">The money terms are fixed once a member is assigned; name, description and end date stay editable.</p>
      <div className="form-row">
        <Button type="submit" busy={running}>Create program</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
