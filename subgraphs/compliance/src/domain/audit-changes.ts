import type { FieldChanges, FieldValue } from '@guildhall/kernel';
import { isPersonalKey, redact, REDACTED } from './redaction.js';

/**
 * The before/after diff of an audit entry, derived from the facts its event carries:
 * - a payload's own `changes` (`{ field: { before, after } }`, e.g. `billing.account.changed`);
 * - every `previousX` beside an `x` (`organization.member.role-changed`: previousRole → role,
 *   `organization.status-changed`: previousStatus → status, `payouts.account.changed`).
 * Personal fields are redacted by the one rule (redaction.ts). Null when the event carries no diff.
 */
export function changesOf(payload: unknown): FieldChanges | null {
  if (!payload || typeof payload !== 'object') return null;
  const facts = payload as Record<string, unknown>;
  const changes: FieldChanges = {};
  const own = facts['changes'];
  if (own && typeof own === 'object' && !Array.isArray(own)) {
    for (const [field, change] of Object.entries(own as Record<string, unknown>)) {
      if (change && typeof change === 'object' && 'before' in change && 'after' in change) {
        changes[field] = { before: asFieldValue((change as { before: unknown }).before), after: asFieldValue((change as { after: unknown }).after) };
      }
    }
  }
  for (const [key, before] of Object.entries(facts)) {
    const match = /^previous([A-Z].*)$/.exec(key);
    if (!match) continue;
    const field = match[1]!.charAt(0).toLowerCase() + match[1]!.slice(1);
    if (!(field in facts) || field in changes) continue;
    const after = facts[field];
    if (before === after) continue;
    changes[field] = { before: asFieldValue(before), after: asFieldValue(after) };
  }
  return Object.keys(changes).length ? redactChanges(changes) : null;
}

/** A personal field keeps only whether it was set; other values pass through the value rule. */
export function redactChanges(changes: FieldChanges): FieldChanges {
  const out: FieldChanges = {};
  for (const [field, { before, after }] of Object.entries(changes)) {
    out[field] = isPersonalKey(field)
      ? { before: before === null ? null : REDACTED, after: after === null ? null : REDACTED }
      : { before: redact(before), after: redact(after) };
  }
  return out;
}

function asFieldValue(value: unknown): FieldValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(String);
  return JSON.stringify(value);
}

/** How the graph and the CSV show a value: strings as they are, lists joined, others as JSON. */
export const fieldValueText = (value: FieldValue): string | null =>
  value === null ? null : typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : JSON.stringify(value);
