import { closeMonths, runDunning } from '@guildhall/billing';
import type { RunningSystem } from '@guildhall/testkit';
import { waitUntil } from '@guildhall/testkit';
import { nextDocumentNumber } from '../src/invoices/document-counter.js';
import { servicesOf } from './service-kit.js';
import { call, CHECKOUT, key, ledgerFindings, orgWithRoles, purchase, rows, setMode, useBillingSystem, type BillingWorld } from './billing-fixtures.js';

/** GST invoices end to end: rollup, tax, gapless numbers, credit notes, payment, dunning, PDF. */
let system: RunningSystem;
let world: BillingWorld;
useBillingSystem((started) => ({ system, world } = started));

const INVOICE_FIELDS = `id number status supplyType placeOfSupply taxable { amountMinor } cgst { amountMinor } sgst { amountMinor } igst { amountMinor }
  total { amountMinor } outstanding { amountMinor } dueDate pdfUrl lines { taxable { amountMinor } cgst { amountMinor } sgst { amountMinor } }
  creditNotes { number total { amountMinor } settlement pdfUrl }`;
const GENERATE = `mutation ($input: OrganizationInput!) { generateInvoice(input: $input) { invoice { ${INVOICE_FIELDS} } userErrors { code message } } }`;
const ISSUE = `mutation ($input: InvoiceInput!) { issueInvoice(input: $input) { invoice { ${INVOICE_FIELDS} } userErrors { code message } } }`;
const READ = `query ($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`;
const REFUND = 'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { refund { adjustment } userErrors { code message } } }';

/** An INVOICED_MONTHLY org registered in a GST state (Karnataka, the supplier's own, unless told). */
async function invoicedOrg(name: string, stateCode: string | null = '29') {
  const { org, members } = await orgWithRoles(world, name, ['BILLING_ADMIN', 'LEARNER']);
  await setMode(world, members.OWNER.token, org.id, 'INVOICED_MONTHLY');
  if (stateCode) {
    const r = await call(world, members.OWNER.token, 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { code field message } } }', {
      input: { organizationId: org.id, legalName: `${name} Pvt Ltd`, billingEmail: `finance@${name.toLowerCase().replace(/\W+/g, '')}.test`, registeredAddress: { line1: '1 MG Road', city: 'City', stateCode, postalCode: '560001', country: 'IN' } },
    });
    expect(r.data?.['updateOrganization'].userErrors).toEqual([]);
    await waitUntil(async () => (await rows(world, 'select 1 from billing.billing_profile where organization_id = $1 and state_code = $2', [org.id, stateCode])).length === 1, 10_000, 'the billing profile');
  }
  return { org, members };
}

const buy = async (token: string, organizationId: string, amountMinor: number) => (await call(world, token, CHECKOUT, { input: purchase({ organizationId, amountMinor }) })).data?.['checkout'].payment;

describe('invoices', () => {
  it('rolls up unbilled charges, taxes them intra-state in equal halves, and issues a gapless number', async () => {
    const { org, members } = await invoicedOrg('Intra Co');
    for (const amount of [10_001, 20_003, 333]) await buy(members.LEARNER.token, org.id, amount);
    const [a, b] = await Promise.all([call(world, members.BILLING_ADMIN.token, GENERATE, { input: { organizationId: org.id } }), call(world, members.OWNER.token, GENERATE, { input: { organizationId: org.id } })]);
    const draft = a.data?.['generateInvoice'].invoice;
    expect(b.data?.['generateInvoice'].invoice.id).toBe(draft.id); // concurrent rollups: one invoice
    expect(draft).toMatchObject({ status: 'DRAFT', number: null, supplyType: 'INTRA_STATE', placeOfSupply: '29', taxable: { amountMinor: 30_337 }, pdfUrl: null });
    expect(draft.cgst).toEqual(draft.sgst);
    for (const line of draft.lines) expect(line.cgst).toEqual(line.sgst);
    expect(draft.cgst.amountMinor).toBe(900 + 1_800 + 30); // 9% per line, rounded per line
    expect(await rows(world, 'select count(*)::int as n from billing.payment where organization_id = $1 and invoice_id = $2', [org.id, draft.id])).toEqual([{ n: 3 }]);

    const issued = (await call(world, members.OWNER.token, ISSUE, { input: { invoiceId: draft.id } })).data?.['issueInvoice'].invoice;
    expect(issued).toMatchObject({ status: 'ISSUED', number: expect.stringMatching(/^GH\/\d\d-\d\d\/\d{6}$/), total: { amountMinor: 30_337 + 2 * 2_730 } });
    expect(issued.number.length).toBeLessThanOrEqual(16);
    const again = (await call(world, members.OWNER.token, ISSUE, { input: { invoiceId: draft.id } })).data?.['issueInvoice'];
    expect(again.userErrors[0].code).toBe('CONFLICT');

    const pdf = await fetch(issued.pdfUrl);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF');
    expect(await ledgerFindings(world)).toEqual([]);
  });

  it('charges IGST across states, and refuses an Indian buyer without a place of supply', async () => {
    const inter = await invoicedOrg('Inter Co', '27');
    await buy(inter.members.LEARNER.token, inter.org.id, 12_345);
    const draft = (await call(world, inter.members.OWNER.token, GENERATE, { input: { organizationId: inter.org.id } })).data?.['generateInvoice'].invoice;
    expect(draft).toMatchObject({ supplyType: 'INTER_STATE', igst: { amountMinor: 2_222 }, cgst: { amountMinor: 0 }, total: { amountMinor: 14_567 } });

    const nowhere = await invoicedOrg('Nowhere Co', null);
    await buy(nowhere.members.LEARNER.token, nowhere.org.id, 1_000);
    const refused = (await call(world, nowhere.members.OWNER.token, GENERATE, { input: { organizationId: nowhere.org.id } })).data?.['generateInvoice'];
    expect(refused.userErrors[0].code).toBe('GST_STATE_REQUIRED');
    expect(await rows(world, 'select count(*)::int as n from billing.invoice where organization_id = $1', [nowhere.org.id])).toEqual([{ n: 0 }]);
  });

  it('a refund after invoicing issues a credit note and leaves the invoice total as it was', async () => {
    const { org, members } = await invoicedOrg('Credit Co');
    const paid = await buy(members.LEARNER.token, org.id, 50_000);
    const draft = (await call(world, members.OWNER.token, GENERATE, { input: { organizationId: org.id } })).data?.['generateInvoice'].invoice;
    const issued = (await call(world, members.OWNER.token, ISSUE, { input: { invoiceId: draft.id } })).data?.['issueInvoice'].invoice;
    const refund = (await call(world, members.OWNER.token, REFUND, { input: { paymentId: paid.id, amountMinor: 10_000, reason: 'session cancelled', idempotencyKey: key() } })).data?.['refundPayment'];
    expect(refund.refund.adjustment).toBe(true);
    const after = (await call(world, members.OWNER.token, READ, { id: issued.id })).data?.['invoice'];
    expect(after.total).toEqual(issued.total);
    expect(after.creditNotes).toEqual([{ number: expect.stringMatching(/^GH\/CN\/\d\d-\d\d\/\d{4}$/), total: { amountMinor: 11_800 }, settlement: 'REDUCES_DUE', pdfUrl: expect.any(String) }]);
    expect(after.outstanding.amountMinor).toBe(issued.total.amountMinor - 11_800);
    expect((await fetch(after.creditNotes[0].pdfUrl)).status).toBe(200);
    expect(await ledgerFindings(world)).toEqual([]);
  });

  it('is paid by card in parts, settled once per capture, and marked PAID with an event', async () => {
    const { org, members } = await invoicedOrg('Paying Co');
    await buy(members.LEARNER.token, org.id, 100_000);
    const draft = (await call(world, members.OWNER.token, GENERATE, { input: { organizationId: org.id } })).data?.['generateInvoice'].invoice;
    const issued = (await call(world, members.OWNER.token, ISSUE, { input: { invoiceId: draft.id } })).data?.['issueInvoice'].invoice;
    const PAY = 'mutation ($input: PayInvoiceInput!) { payInvoice(input: $input) { payment { id status } nextAction { orderId } userErrors { code } } }';
    const learner = await call(world, members.LEARNER.token, PAY, { input: { invoiceId: issued.id, idempotencyKey: key() } });
    expect(learner.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const part = (await call(world, members.BILLING_ADMIN.token, PAY, { input: { invoiceId: issued.id, amountMinor: 18_000, idempotencyKey: key() } })).data?.['payInvoice'];
    for (const w of system.payments.razorpay.capture(part.nextAction.orderId).webhooks) {
      await system.payments.razorpay.deliver(w);
      await system.payments.razorpay.deliver(w);
    }
    expect((await call(world, members.OWNER.token, READ, { id: issued.id })).data?.['invoice']).toMatchObject({ status: 'PARTIALLY_PAID', outstanding: { amountMinor: 100_000 } });
    const rest = (await call(world, members.BILLING_ADMIN.token, PAY, { input: { invoiceId: issued.id, idempotencyKey: key() } })).data?.['payInvoice'];
    for (const w of system.payments.razorpay.capture(rest.nextAction.orderId).webhooks) await system.payments.razorpay.deliver(w);
    expect((await call(world, members.OWNER.token, READ, { id: issued.id })).data?.['invoice']).toMatchObject({ status: 'PAID', outstanding: { amountMinor: 0 } });
    expect(await rows(world, `select count(*)::int as n from billing.outbox where type = 'billing.invoice.paid' and aggregate_id = $1`, [issued.id])).toEqual([{ n: 1 }]);

    // a refund after it was paid: the credit note goes back to the cards that paid the invoice
    const [purchase] = await rows(world, `select id from billing.payment where invoice_id = $1`, [issued.id]);
    await call(world, members.OWNER.token, REFUND, { input: { paymentId: purchase.id, amountMinor: 50_000, reason: 'goodwill', idempotencyKey: key() } });
    const paidInvoice = (await call(world, members.OWNER.token, READ, { id: issued.id })).data?.['invoice'];
    expect(paidInvoice.creditNotes).toEqual([expect.objectContaining({ settlement: 'REFUNDED', total: { amountMinor: 59_000 } })]);
    expect(await rows(world, `select sum(r.amount_minor)::int as back from billing.refund r join billing.payment p on p.id = r.payment_id where p.pays_invoice_id = $1 and r.source = 'CREDIT_NOTE'`, [issued.id])).toEqual([{ back: 59_000 }]);
    expect(await ledgerFindings(world)).toEqual([]);
  });
});

describe('numbering', () => {
  it('stays gapless when many invoices are issued at once', async () => {
    const orgs = [];
    for (let i = 0; i < 6; i++) orgs.push(await invoicedOrg(`Gapless ${i}`));
    const drafts = [];
    for (const { org, members } of orgs) {
      await buy(members.LEARNER.token, org.id, 1_000);
      drafts.push({ token: members.OWNER.token, id: (await call(world, members.OWNER.token, GENERATE, { input: { organizationId: org.id } })).data?.['generateInvoice'].invoice.id });
    }
    await Promise.all(drafts.map((d) => call(world, d.token, ISSUE, { input: { invoiceId: d.id } })));
    const numbers = (await rows(world, `select number from billing.invoice where number is not null order by number`)).map((r) => Number(String(r.number).split('/').pop()));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('starts again at 1 in a new fiscal year, and a rolled-back number is given again', async () => {
    const em = world.orm.em.fork();
    const march = await em.transactional((tx) => nextDocumentNumber(tx as never, 'T1', 'INVOICE', new Date('2031-03-31T12:00:00Z')));
    const april = await em.transactional((tx) => nextDocumentNumber(tx as never, 'T1', 'INVOICE', new Date('2031-04-01T12:00:00Z')));
    expect([march.number, april.number]).toEqual(['T1/30-31/000001', 'T1/31-32/000001']);
    await expect(em.transactional(async (tx) => {
      await nextDocumentNumber(tx as never, 'T1', 'INVOICE', new Date('2031-04-02T12:00:00Z'));
      throw new Error('issuing failed');
    })).rejects.toThrow('issuing failed');
    expect((await em.transactional((tx) => nextDocumentNumber(tx as never, 'T1', 'INVOICE', new Date('2031-04-03T12:00:00Z')))).number).toBe('T1/31-32/000002');
  });
});

describe('the month closes and dunning follows', () => {
  it('the monthly job invoices last month, reminders go out, and past the grace period invoice charges pause', async () => {
    const { org, members } = await invoicedOrg('Monthly Co');
    await buy(members.LEARNER.token, org.id, 40_000);
    const nextMonth = new Date(Date.now() + 32 * 86_400_000);
    const issued = await closeMonths(world.orm.em.fork() as never, servicesOf(system), nextMonth);
    expect(issued.length).toBeGreaterThanOrEqual(1);
    const [invoice] = await rows(world, `select id, number, status from billing.invoice where organization_id = $1`, [org.id]);
    expect(invoice).toMatchObject({ status: 'ISSUED', number: expect.stringMatching(/^GH\//) });

    await world.db.query(`update billing.invoice set due_date = current_date - 20 where id = $1`, [invoice.id]);
    const dunning = await runDunning(world.orm.em.fork() as never, servicesOf(system));
    expect(dunning.overdue).toBeGreaterThanOrEqual(1);
    await system.mail.waitFor((m) => JSON.stringify(m.to ?? '').includes('finance@monthlyco.test') && (m.subject ?? '').includes('overdue'));
    const blocked = (await call(world, members.LEARNER.token, CHECKOUT, { input: purchase({ organizationId: org.id, amountMinor: 1_000 }) })).data?.['checkout'];
    expect(blocked.userErrors[0]).toMatchObject({ code: 'INVOICE_OVERDUE', message: expect.stringContaining(invoice.number) });
  });
});
