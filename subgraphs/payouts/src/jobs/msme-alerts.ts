import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMoney, recordEvent, type EventCause, type ScheduledJob, type SubgraphServices } from '@guildhall/kernel';
import { dueForAlert, msmeDeadline, type MsmeStatus } from '../domain/msme.js';
import type { Payee } from '../domain/payee.js';

const system: EventCause = { principal: { kind: 'service', service: 'payouts' }, origin: null };
/** The MSME Act's clock runs in India: an earning's day is its IST date, and so is "today". */
const IST_OFFSET_MS = 330 * 60_000;
const istDate = (at: Date) => new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
/** No deadline is further than 45 days from its earning: older unpaid earnings are overdue, not approaching. */
const LONGEST_TERM_DAYS = 45;

interface UnpaidEarning {
  payee_kind: Payee['kind'];
  payee_id: string;
  msme_status: MsmeStatus;
  msme_written_agreement: boolean;
  earned_on: string;
  currency: string;
  /** The earning less what refunds took back from it and is not yet settled in a payout. */
  owed_minor: string;
}

export interface MsmeAlert {
  payee: Payee;
  msmeStatus: MsmeStatus;
  deadline: string;
  earnings: number;
  earliestEarnedOn: string;
  outstanding: { amountMinor: number; currency: string }[];
}

/**
 * What is due for an alert today: per MICRO or SMALL payee and deadline, their earnings not yet PAID
 * (held, available or in a payout that has not completed) whose deadline is within ALERT_DAYS_BEFORE.
 */
export async function msmeAlertsDue(em: EntityManager, now: Date): Promise<MsmeAlert[]> {
  const today = istDate(now);
  const rows = await em.execute<UnpaidEarning[]>(
    `select e.payee_kind, e.payee_id, p.msme_status, p.msme_written_agreement, e.currency,
            to_char((e.created_at at time zone 'Asia/Kolkata')::date, 'YYYY-MM-DD') as earned_on,
            e.amount_minor - coalesce((select sum(c.amount_minor) from "payouts"."payee_entry" c
              where c.kind = 'CLAWBACK' and c.status <> 'PAID' and c.payment_id = e.payment_id and c.payee_kind = e.payee_kind and c.payee_id = e.payee_id), 0) as owed_minor
       from "payouts"."payee_entry" e
       join "payouts"."payee_profile" p on p.payee_kind = e.payee_kind and p.payee_id = e.payee_id
      where p.msme_status in ('MICRO', 'SMALL') and e.kind = 'EARNING' and e.status <> 'PAID'
        and e.created_at >= ?::timestamptz - make_interval(days => ?)
      order by e.payee_kind, e.payee_id, e.created_at`,
    [now, LONGEST_TERM_DAYS + 1],
  );
  const alerts = new Map<string, MsmeAlert & { owed: Map<string, number> }>();
  for (const r of rows) {
    const deadline = msmeDeadline(r.msme_status, r.msme_written_agreement, r.earned_on);
    const owed = Number(r.owed_minor);
    if (!deadline || owed <= 0 || !dueForAlert(deadline, today)) continue;
    const key = `${r.payee_kind}:${r.payee_id}:${deadline}`;
    let alert = alerts.get(key);
    if (!alert) {
      alert = { payee: { kind: r.payee_kind, id: r.payee_id }, msmeStatus: r.msme_status, deadline, earnings: 0, earliestEarnedOn: r.earned_on, outstanding: [], owed: new Map() };
      alerts.set(key, alert);
    }
    alert.earnings += 1;
    if (r.earned_on < alert.earliestEarnedOn) alert.earliestEarnedOn = r.earned_on;
    const currency = r.currency.trim();
    alert.owed.set(currency, (alert.owed.get(currency) ?? 0) + owed);
  }
  return [...alerts.values()].map(({ owed, ...alert }) => ({
    ...alert,
    outstanding: [...owed.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amountMinor]) => ({ amountMinor, currency })),
  }));
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function msmeAlertMail(alert: MsmeAlert, today: string): { subject: string; text: string } {
  const left = daysBetween(today, alert.deadline);
  const when = left === 0 ? 'today' : left === 1 ? 'tomorrow' : `in ${left} days`;
  const term = alert.msmeStatus === 'MICRO' ? 'a micro enterprise' : 'a small enterprise';
  return {
    subject: `MSME payment deadline ${alert.deadline} (${when}): ${alert.payee.kind} payee ${alert.payee.id}`,
    text: [
      `A payee registered as ${term} has earnings that the MSME Act (section 15) requires us to pay by ${alert.deadline} (IST), ${when}.`,
      '',
      `Payee: ${alert.payee.kind} ${alert.payee.id}`,
      `MSME status: ${alert.msmeStatus}`,
      `Deadline: ${alert.deadline}`,
      `Unpaid earnings: ${alert.earnings} (the earliest recorded ${alert.earliestEarnedOn})`,
      `Outstanding: ${alert.outstanding.map((o) => formatMoney(o.amountMinor, o.currency)).join(', ')}`,
      '',
      'Make sure they are in a payout that completes before the deadline: release any hold that can be released, and check the payee\'s payout account.',
      'Late payment owes the payee compound interest at three times the bank rate (section 16).',
    ].join('\n'),
  };
}

/**
 * Alerts the platform's payout operations once per payee and deadline: the `msme_alert` row is
 * claimed, the event recorded and the e-mail sent in one transaction, so a failed send leaves no
 * row and the next run tries again, and a second run (or a second worker) finds the row and skips.
 * One payee's failure does not stop the others; the run then fails so the job is retried.
 */
export async function runMsmeAlerts(em: EntityManager, services: SubgraphServices, now = new Date()): Promise<{ sent: MsmeAlert[] }> {
  const today = istDate(now);
  const sent: MsmeAlert[] = [];
  const failures: unknown[] = [];
  for (const alert of await msmeAlertsDue(em, now)) {
    try {
      const claimed = await em.fork().transactional(async (tx) => {
        const rows = await tx.execute<unknown[]>(
          `insert into "payouts"."msme_alert" (payee_kind, payee_id, deadline, sent_at) values (?, ?, ?, ?) on conflict do nothing returning 1`,
          [alert.payee.kind, alert.payee.id, alert.deadline, now],
        );
        if (!rows.length) return false;
        const organizationId = alert.payee.kind === 'ORGANIZATION' ? alert.payee.id : null;
        recordEvent(tx, system, {
          type: 'payouts.msme-deadline-approaching',
          organizationId,
          aggregateId: alert.payee.id,
          payload: { organizationId, payeeKind: alert.payee.kind, payeeId: alert.payee.id, deadline: alert.deadline, earnings: alert.earnings, outstanding: alert.outstanding },
        });
        await tx.flush();
        await services.mailer.send({ to: services.payoutOps.opsEmail, ...msmeAlertMail(alert, today) });
        return true;
      });
      if (claimed) sent.push(alert);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} MSME alert(s) could not be sent; the next run tries again`);
  return { sent };
}

/** Daily: the alert window is days wide, and each alert goes once. Off with FEATURE_PAYOUTS, like the other payout jobs. */
export const msmeAlerts: ScheduledJob = {
  name: 'payouts.msme-alerts',
  every: '1 day',
  async run(em, services) {
    if (!services.features.payouts) return;
    await runMsmeAlerts(em, services);
  },
};

/** The MSME jobs, for the payouts module's `jobs`. */
export const msmeJobs: ScheduledJob[] = [msmeAlerts];
