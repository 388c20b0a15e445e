import { createOrm } from '@guildhall/kernel';
import { compliance } from '@guildhall/compliance';
import { waitUntil } from '@guildhall/testkit';
import { call, grant, orgWithRoles, purchase, rows, setMode, useBillingSystem, type BillingSystem } from '../../billing/test/billing-fixtures.js';
import { servicesOf } from '../../billing/test/service-kit.js';
import { sweepDataExports } from '../src/exports/export-jobs.js';

/**
 * An org's data export (DPDP §11), end to end: asked for in the graph, each context writes its part,
 * compliance joins them, the link is mailed, and the gateway streams the bundle until it expires.
 */
let s: BillingSystem;
useBillingSystem((started) => (s = started));

const REQUEST = 'mutation ($id: ID!) { requestDataExport(organizationId: $id) { dataExport { id status sectionsReady sectionsTotal } userErrors { code field message } } }';
const READ = 'query ($org: ID!, $id: ID!) { dataExport(organizationId: $org, id: $id) { id status sectionsReady sectionsTotal bytes schemaVersion downloadUrl downloadedAt } }';
type Member = { token: string; userId: string; email: string };
let org: { id: string };
let m: Record<'OWNER' | 'BILLING_ADMIN' | 'MAINTAINER' | 'LEARNER', Member>;

beforeAll(async () => {
  const made = await orgWithRoles(s.world, 'Export Co', ['BILLING_ADMIN', 'MAINTAINER', 'LEARNER']);
  org = made.org;
  m = made.members as typeof m;
  await setMode(s.world, m.OWNER.token, org.id, 'SEAT_PACK');
  await grant(s.world, s.admin.token, org.id, 500_000);
  const bought = await call(s.world, m.LEARNER.token, 'mutation ($input: CheckoutInput!) { checkout(input: $input) { payment { id } userErrors { code } } }', { input: purchase({ organizationId: org.id }) });
  expect(bought.data?.['checkout'].payment).toBeTruthy();
}, 120_000);

describe('data export', () => {
  let exportId: string;

  it('refuses roles outside finance-write and other orgs, writing nothing', async () => {
    const other = await orgWithRoles(s.world, 'Nosy Co');
    for (const token of [m.MAINTAINER.token, m.LEARNER.token, other.members.OWNER.token]) {
      const r = await call(s.world, token, REQUEST, { id: org.id });
      expect(r.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    expect((await rows(s.world, 'select count(*)::int as n from compliance.data_export'))[0].n).toBe(0);
  });

  it('gathers every context into one bundle, mails the link, and allows one export a day', async () => {
    const asked = await call(s.world, m.BILLING_ADMIN.token, REQUEST, { id: org.id });
    expect(asked.data?.['requestDataExport']).toMatchObject({ dataExport: { status: 'PENDING', sectionsTotal: 4 }, userErrors: [] });
    exportId = asked.data?.['requestDataExport'].dataExport.id;
    const again = await call(s.world, m.OWNER.token, REQUEST, { id: org.id });
    expect(again.data?.['requestDataExport'].userErrors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);

    await waitUntil(async () => (await call(s.world, m.OWNER.token, READ, { org: org.id, id: exportId })).data?.['dataExport'].status === 'READY', 60_000, 'the export to be ready');
    const ready = (await call(s.world, m.OWNER.token, READ, { org: org.id, id: exportId })).data?.['dataExport'];
    expect(ready).toMatchObject({ status: 'READY', sectionsReady: 4, schemaVersion: 1 });
    const mail = await s.system.mail.waitFor((msg) => msg.subject === 'Your Guildhall data export is ready');
    expect(mail.to).toMatchObject({ text: m.BILLING_ADMIN.email });
    const link = /(http\S+\/data-exports\/\S+)/.exec(mail.text ?? '')![1]!;

    const download = await fetch(link);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/attachment; filename="guildhall-export-/);
    const bundle = (await download.json()) as { schemaVersion: number; organizationId: string; sections: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(bundle).toMatchObject({ schemaVersion: 1, organizationId: org.id });
    expect(Object.keys(bundle.sections)).toEqual(['organization', 'billing', 'payouts', 'audit']);
    expect(bundle.sections['organization'].members.map((x: { email: string }) => x.email).sort()).toEqual(Object.values(m).map((x) => x.email).sort());
    expect(bundle.sections['billing'].payments).toHaveLength(1); // the checkout (a grant is a ledger entry, not a payment)
    expect(bundle.sections['billing'].account).toMatchObject({ mode: 'SEAT_PACK' });
    expect(bundle.sections['audit'].auditLog.length).toBeGreaterThan(3);
    expect(bundle.sections['payouts']).toEqual({ payoutAccounts: [], entries: [], payouts: [] });
    // the download is on record
    await waitUntil(async () => (await rows(s.world, `select count(*)::int as n from compliance.audit_entry where organization_id = $1 and action = 'DATA_EXPORT_DOWNLOADED'`, [org.id]))[0].n === 1, 20_000, 'the download audited');
  });

  it('answers 404 for a forged link and 410 once the export has expired', async () => {
    const { downloadUrl } = (await call(s.world, m.OWNER.token, READ, { org: org.id, id: exportId })).data?.['dataExport'];
    const [base, token] = downloadUrl.split('/data-exports/');
    const forged = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}${token.slice(-1)}`;
    expect((await fetch(`${base}/data-exports/${forged}`)).status).toBe(404);
    const orm = await createOrm({ schema: 'compliance', databaseUrl: s.system.databaseUrl, entities: compliance.entities, migrations: compliance.migrations, poolMax: 2 });
    try {
      const swept = await orm.em.fork().transactional((em) => sweepDataExports(em, servicesOf(s.system), new Date(Date.now() + 8 * 86_400_000)));
      expect(swept.expired).toBe(1);
    } finally {
      await orm.close();
    }
    expect((await fetch(downloadUrl)).status).toBe(410);
  });
});
