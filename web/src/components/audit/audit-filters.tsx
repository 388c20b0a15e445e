'use client';
import { useState, type FormEvent } from 'react';
import type { AuditCategory } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { Button, Field, SelectField } from '../ui';
import { activeFilterCount, NO_FILTERS, normalizeConstant, type AuditFilters } from './filters';
import styles from './audit.module.css';

/**
 * The filter form. It edits a draft and applies it on submit, so typing an id does not reload the
 * log on every key; the parent keys it by the applied filters, so Back/Forward resets the draft.
 */
export function AuditFilterForm({ applied, categories, onApply }: { applied: AuditFilters; categories: readonly AuditCategory[]; onApply: (filters: AuditFilters) => void }) {
  const [draft, setDraft] = useState<AuditFilters>(applied);
  const [dateError, setDateError] = useState<string>();
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setDateError('The end date is before the start date.');
      return;
    }
    setDateError(undefined);
    onApply({
      ...draft,
      action: normalizeConstant(draft.action),
      targetType: normalizeConstant(draft.targetType),
      actorId: draft.actorId.trim(),
      targetId: draft.targetId.trim(),
    });
  };

  return (
    <form className={styles.filters} onSubmit={submit} aria-label="Audit log filters">
      <div className="form-row">
        <SelectField
          label="Category"
          value={draft.category}
          onChange={set('category')}
          options={[{ value: '', label: 'All categories you can read' }, ...categories.map((category) => ({ value: category, label: humanize(category) }))]}
        />
        <Field label="Action" value={draft.action} onChange={set('action')} hint="e.g. MEMBER_ADDED or ROLE_CHANGED" autoComplete="off" />
        <Field label="Actor id" value={draft.actorId} onChange={set('actorId')} hint="A user’s, API key’s or SCIM token’s id" autoComplete="off" spellCheck={false} />
      </div>
      <div className="form-row">
        <Field label="Target type" value={draft.targetType} onChange={set('targetType')} hint="e.g. MEMBERSHIP or INVOICE" autoComplete="off" />
        <Field label="Target id" value={draft.targetId} onChange={set('targetId')} autoComplete="off" spellCheck={false} />
        <Field label="From" type="date" value={draft.from} onChange={set('from')} max={draft.to || undefined} />
        <Field label="To (inclusive)" type="date" value={draft.to} onChange={set('to')} min={draft.from || undefined} error={dateError} />
      </div>
      <div className={styles.actions}>
        <Button type="submit">Apply filters</Button>
        {activeFilterCount(applied) ? (
          <Button variant="secondary" onClick={() => onApply(NO_FILTERS)}>
            Clear filters
          </Button>
        ) : null}
      </div>
    </form>
  );
}
