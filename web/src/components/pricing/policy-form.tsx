'use client';
import { useState, type FormEvent } from 'react';
import { PricingSetCancellationPolicyDocument, type PricingPolicyFragment } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field } from '../ui';
import { formatBps, parseWhole } from './labels';
import styles from './pricing.module.css';

interface TierText {
  key: number;
  hours: string;
  refund: string;
}

const MAX_TIERS = 6;
let nextKey = 0;
const tierText = (hours: number, refundBps: number): TierText => ({ key: nextKey++, hours: String(hours), refund: String(refundBps) });

/**
 * billing.manage: publish the next version, starting from the one in force. The server names
 * every tier rule it finds broken under `tiers`; all of them are listed, not just the first.
 */
export function PolicyForm({ organizationId, current, onPublished }: { organizationId: string; current: PricingPolicyFragment; onPublished: (version: number) => void }) {
  const [tiers, setTiers] = useState<TierText[]>(() => current.tiers.map((t) => tierText(t.minHoursBefore, t.refundBps)));
  const [expert, setExpert] = useState(String(current.expertCancelledBps));
  const [tierProblems, setTierProblems] = useState<string[]>([]);
  const [save, { running }] = useMutation(PricingSetCancellationPolicyDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const parsed = tiers.map((t) => ({ minHoursBefore: parseWhole(t.hours), refundBps: parseWhole(t.refund) }));
    const expertBps = parseWhole(expert);
    const local = [
      ...parsed.flatMap((t, i) => (t.minHoursBefore === null || t.refundBps === null ? [`Tier ${i + 1}: hours and refund are whole numbers.`] : [])),
      ...(expertBps === null ? ['The refund when the expert cancels is a whole number of basis points.'] : []),
    ];
    setTierProblems(local);
    if (local.length) return;
    const result = await save({ input: { organizationId, tiers: parsed.map((t) => ({ minHoursBefore: t.minHoursBefore!, refundBps: t.refundBps! })), expertCancelledBps: expertBps } });
    setTierProblems((result.data?.setCancellationPolicy.userErrors ?? []).filter((e) => e.field?.includes('tiers')).map(messageFor));
    const payload = errors.take(result, (data) => data.setCancellationPolicy);
    if (!payload?.cancellationPolicy) return;
    onPublished(payload.cancellationPolicy.version);
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label="New cancellation policy version">
      <FormProblems messages={errors.general} />
      <fieldset className={styles.stack} aria-describedby="policy-tiers-note">
        <legend>Refund tiers (from the earliest cancellation to the last)</legend>
        {tiers.map((tier, i) => (
          <div key={tier.key} className="form-row" role="group" aria-label={`Tier ${i + 1}`}>
            <Field label={`Tier ${i + 1}: at least (hours before start)`} inputMode="numeric" autoComplete="off" value={tier.hours} onChange={(e) => setTiers(tiers.map((t) => (t.key === tier.key ? { ...t, hours: e.target.value } : t)))} />
            <Field
              label={`Tier ${i + 1}: refund (bps)`}
              inputMode="numeric"
              autoComplete="off"
              value={tier.refund}
              onChange={(e) => setTiers(tiers.map((t) => (t.key === tier.key ? { ...t, refund: e.target.value } : t)))}
              hint={parseWhole(tier.refund) !== null ? `${formatBps(parseWhole(tier.refund)!)} refunded` : undefined}
            />
            {tiers.length > 1 ? <Button variant="secondary" onClick={() => setTiers(tiers.filter((t) => t.key !== tier.key))}>Remove tier {i + 1}</Button> : null}
          </div>
        ))}
        {tierProblems.length ? (
          <div id="policy-tiers-note" role="alert">
            {tierProblems.map((p) => <small key={p} className="field-error">{p} </small>)}
          </div>
        ) : (
          <small id="policy-tiers-note" className="hint">1–6 tiers; hours decrease to a last tier at 0; a later cancellation never refunds more. 10,000 bps = 100%.</small>
        )}
        {tiers.length < MAX_TIERS ? <div><Button variant="secondary" onClick={() => setTiers([...tiers, tierText(0, 0)])}>Add a tier</Button></div> : null}
      </fieldset>
      <Field label="Refund when the expert cancels (bps)" inputMode="numeric" autoComplete="off" value={expert} onChange={(e) => setExpert(e.target.value)} error={errors.fields['expertCancelledBps']} hint="10,000 = a full refund." />
      <div>
        <Button type="submit" busy={running}>Publish new version</Button>
      </div>
    </form>
  );
}
