'use client';
import type { RevenueSplitInput } from '../../gql/graphql';
import { Field } from '../ui';
import { formatBps, parseWhole } from './labels';
import styles from './pricing.module.css';

export interface SplitText {
  platformBps: string;
  hostBps: string;
  expertBps: string;
}

/** The platform's own default (10 / 10 / 80), a sensible start for a host's card. */
export const DEFAULT_SPLIT: SplitText = { platformBps: '1000', hostBps: '1000', expertBps: '8000' };

/** The typed shares as whole basis points, or null when one is not a whole number (the server judges the sum). */
export function parseSplit(text: SplitText): RevenueSplitInput | null {
  const platformBps = parseWhole(text.platformBps);
  const hostBps = parseWhole(text.hostBps);
  const expertBps = parseWhole(text.expertBps);
  return platformBps === null || hostBps === null || expertBps === null ? null : { platformBps, hostBps, expertBps };
}

/**
 * The revenue split in basis points (they sum to 10,000). The server's sentence about the split
 * names the split as a whole, so it is shown once, under the group.
 */
export function SplitFields({ value, onChange, error, idPrefix }: { value: SplitText; onChange: (next: SplitText) => void; error?: string | undefined; idPrefix: string }) {
  const parsed = parseSplit(value);
  const sum = parsed ? parsed.platformBps + parsed.hostBps + parsed.expertBps : null;
  return (
    <fieldset className={`form ${styles.split}`} aria-describedby={`${idPrefix}-split-note`}>
      <legend>Revenue split (basis points, 10,000 = 100%)</legend>
      <div className="form-row">
        {(['platformBps', 'hostBps', 'expertBps'] as const).map((key) => (
          <Field
            key={key}
            label={key === 'platformBps' ? 'Platform share (bps)' : key === 'hostBps' ? 'Host share (bps)' : 'Expert share (bps)'}
            inputMode="numeric"
            autoComplete="off"
            value={value[key]}
            onChange={(e) => onChange({ ...value, [key]: e.target.value })}
          />
        ))}
      </div>
      {error ? (
        <small id={`${idPrefix}-split-note`} className="field-error" role="alert">{error}</small>
      ) : (
        <small id={`${idPrefix}-split-note`} className="hint">
          {sum === null ? 'Whole numbers only.' : `Sums to ${sum.toLocaleString('en-IN')} bps (${formatBps(sum)}).`}
        </small>
      )}
    </fieldset>
  );
}
