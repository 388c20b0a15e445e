import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMoney, recordEvent, UserErrorsThrown, type ScheduledJob, type SubgraphServices } from '@guildhall/kernel';
import { lastClosedPeriod, localDatePlusDays } from '../domain/billing-period.js';
import { unbilledOrgPaymentSql } from '../domain/billable-org-payment.js';
import { billingProfileOf } from '../invoices/billing-profile.js';
import { issueInvoice } from '../invoices/issue-invoice.js';
import { rollUpInvoice } from '../invoices/rollup.js';
import { dunningReminder, reminderDue } from '../domain/dunning.js';

const system = { principal: { kind: 'service' as const, service: 'billing' }, origin: null };

/**
 * Hourly, so each org's month closes soon after midnight on the 1st in its own timezone: every org
 * with unbilled charges from before its last closed period's end gets that period's invoice, issued.
 */
export const monthlyInvoices: ScheduledJob = {
  name: 'billing.monthly-invoices',
  every: '1 hour',
  async run(em, services) {
    await closeMonths(em, services);
  },
};

export async function closeMonths(em: EntityManager, services: SubgraphServices, now = new Date()): Promise<string[]> {
  const orgs = await em.execute<{ organization_id: string }[]>(`select distinct p.organization_id from "billing"."payment" p where ${unbilledOrgPaymentSql()}`);
  const issued: string[] = [];
  for (const { organization_id: organizationId } of orgs) {
    try {
      const invoice = await em.fork().transactional(async (tx) => {
        const profile = await billingProfileOf(tx, organizationId);
        const rolled = await rollUpInvoice(tx, services, organizationId, lastClosedPeriod(now, profile.timezone));
        // a draft made just now has current lines; one left from earlier is brought up to date on issue
        const result = rolled && rolled.invoice.status === 'DRAFT' ? await issueInvoice(tx, system, services, rolled.invoice.id, { linesAreCurrent: rolled.created }) : null;
        await tx.flush();
        return result;
      });
      if (invoice?.number) issued.push(invoice.number);
    } catch (error) {
      // an org without a place of supply waits for its profile; the others go on
      if (!(error instanceof UserErrorsThrown)) throw error;
    }
  }
  return issued;
}

/**
 * Daily dunning: an unpaid invoice turns OVERDUE after its due date; reminders go to the org's
 * billing email before and after it (see domain/dunning.ts).
 */
export const invoiceDunning: ScheduledJob = {
  name: 'billing.invoice-dunning',
  every: '1 hour',
  async run(em, services) {
    await runDunning(em, services);
  },
};

export async function runDunning(em: EntityManager, services: SubgraphServices, now = new Date()): Promise<{ overdue: number; reminded: number }> {
  const overdue = await em.fork().transactional(async (tx) => {
    const rows = await tx.execute<{ id: string; organization_id: string; number: string; due_date: string; amount_due_minor: string; currency: string }[]>(
      `update "billing"."invoice" set status = 'OVERDUE', updated_at = now()
        where status in ('ISSUED', 'PARTIALLY_PAID') and due_date < (?::timestamptz at time zone 'Asia/Kolkata')::date
        returning id, organization_id, number, due_date::text, amount_due_minor, currency`,
      [now],
    );
    for (const r of rows) {
      recordEvent(tx, system, { type: 'billing.invoice.overdue', organizationId: r.organization_id, aggregateId: r.id, payload: { organizationId: r.organization_id, invoiceId: r.id, number: r.number, dueDate: r.due_date, amountDueMinor: Number(r.amount_due_minor), currency: r.currency.trim() } });
    }
    await tx.flush();
    return rows.length;
  });
  const open = await em.execute<{ id: string; organization_id: string; number: string; due_date: string; reminders_sent: number; last_reminder_at: string | null; outstanding: string; currency: string }[]>(
    `select id, organization_id, number, due_date::text, reminders_sent, last_reminder_at, amount_due_minor - paid_minor - credited_minor as outstanding, currency
       from "billing"."invoice" where status in ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')`,
  );
  let reminded = 0;
  for (const invoice of open) {
    const profile = await billingProfileOf(em, invoice.organization_id);
    const today = localDatePlusDays(now, profile.timezone, 0);
    const kind = reminderDue({ today, dueDate: invoice.due_date, remindersSent: invoice.reminders_sent, lastReminderAt: invoice.last_reminder_at ? new Date(invoice.last_reminder_at) : null, now });
    if (!kind || !profile.billingEmail) continue;
    // claim the reminder first: two workers never send the same one
    const claimed = await em.execute<unknown[]>(`update "billing"."invoice" set reminders_sent = reminders_sent + 1, last_reminder_at = ? where id = ? and reminders_sent = ? returning 1`, [now, invoice.id, invoice.reminders_sent]);
    if (!claimed.length) continue;
    const message = dunningReminder(kind, { number: invoice.number, dueDate: invoice.due_date, outstanding: formatMoney(Number(invoice.outstanding), invoice.currency.trim()), organizationName: profile.legalName ?? profile.displayName, dashboardUrl: `${services.webUrl}/billing` });
    await services.mailer.send({ to: profile.billingEmail, subject: message.subject, text: message.text });
    reminded += 1;
  }
  return { overdue, reminded };
}

export const invoiceJobs = [monthlyInvoices, invoiceDunning];
