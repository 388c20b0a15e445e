import type { OverageRouting, ProgramListQuery, ProgramMembersQuery, ProgramStatus, ProgramType } from '../../gql/graphql';
import { formatMoney } from '../../lib/format';

export type ProgramItem = NonNullable<ProgramListQuery['billingAccount']>['programs'][number];
export type ProgramMember = ProgramMembersQuery['organization']['members']['nodes'][number];

/** Only these two types exist: the server refuses the reserved ones (PROGRAM_TYPE_NOT_AVAILABLE). */
export const PROGRAM_TYPES: readonly { value: ProgramType; label: string }[] = [
  { value: 'LICENSED_SEAT', label: 'Licensed seat: engagements per member per cycle' },
  { value: 'CREDIT_POOL', label: 'Credit pool: a budget shared per cycle' },
];

export const TYPE_LABEL: Partial<Record<ProgramType, string>> = { LICENSED_SEAT: 'Licensed seat', CREDIT_POOL: 'Credit pool' };

export const OVERAGE_OPTIONS: readonly { value: OverageRouting; label: string }[] = [
  { value: 'BLOCK', label: 'Refuse the booking' },
  { value: 'CHARGE_MEMBER', label: 'The member pays by card' },
  { value: 'CHARGE_ORG', label: 'Charge the organization' },
];

export const STATUS_TONE: Record<ProgramStatus, 'good' | 'warn' | 'bad' | 'neutral'> = { ACTIVE: 'good', PAUSED: 'warn', EXPIRED: 'neutral', CANCELLED: 'bad' };

const percent = (bps: number) => `${(bps / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`;

/** What happens past the cover, in a sentence a member understands. */
export function overageSentence(overage: OverageRouting, surchargeBps: number): string {
  const surcharge = surchargeBps > 0 ? ` (plus a ${percent(surchargeBps)} surcharge)` : '';
  if (overage === 'BLOCK') return 'Bookings beyond it are refused.';
  if (overage === 'CHARGE_MEMBER') return `Beyond it, you pay by card${surcharge}.`;
  return `Beyond it, the organization pays${surcharge}.`;
}

/** A program's money terms in one line. */
export function termsSummary(program: ProgramItem): string {
  const parts: string[] = [];
  if (program.type === 'LICENSED_SEAT') {
    parts.push(program.engagementsPerCycle === null ? 'Unlimited engagements per member' : `${program.engagementsPerCycle} engagements per member`);
    if (program.priceCap) parts.push(`up to ${formatMoney(program.priceCap.amountMinor, program.priceCap.currency)} each`);
  } else if (program.budget) {
    parts.push(`${formatMoney(program.budget.amountMinor, program.budget.currency)} budget`);
  }
  parts.push(`per ${program.cycle === 'MONTHLY' ? 'month' : program.cycle === 'QUARTERLY' ? 'quarter' : 'year'}`);
  return parts.join(' ');
}

export function overageSummary(program: ProgramItem): string {
  const option = OVERAGE_OPTIONS.find((o) => o.value === program.overage)?.label ?? program.overage;
  const surcharge = program.overageSurchargeBps > 0 ? `, +${percent(program.overageSurchargeBps)}` : '';
  const limit = program.overage === 'CHARGE_ORG' && program.overageLimit ? `, at most ${formatMoney(program.overageLimit.amountMinor, program.overageLimit.currency)} per cycle` : '';
  return `Overage: ${option.toLowerCase()}${surcharge}${limit}`;
}

/** "12.5" → 1250 basis points; null when it is not a percentage with at most two decimals. */
export function parsePercentBps(text: string): number | null {
  const cleaned = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

/** A member's name for a user id; the id itself (shortened) when they are not among the loaded members. */
export function memberName(members: ReadonlyMap<string, ProgramMember>, userId: string): string {
  const member = members.get(userId);
  return member ? member.user.name : `User ${userId.slice(0, 8)}`;
}

/** Periods end exclusive (the next cycle's start); people read the last day. */
export function previousDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
