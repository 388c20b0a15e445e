import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CONTEXT_TOKEN_HEADER, createContextTokenSigner, createSecretBox, generateDataKey, invoicingSettings, type SecretBox } from '@guildhall/kernel';
import { gql, startSystem, type RunningSystem } from '@guildhall/testkit';
import { documentLinkKey, documentUrl, signDocumentLink, type DocumentRef } from '../src/invoices/document-links.js';

/**
 * Document download links end to end: billing signs, the real gateway serves `GET /documents/<token>`
 * without a session, billing verifies, renders once and keeps the PDF. The invoice, its payment, a
 * refund and its credit note are written with SQL, as the invoicing use cases would leave them.
 */
let system: RunningSystem;
let db: pg.Pool;
let services: { secrets: SecretBox; invoicing: ReturnType<typeof invoicingSettings> };
let gatewayBase: string;

beforeAll(async () => {
  system = await startSystem({ withoutWorker: true });
  db = new pg.Pool({ connectionString: system.databaseUrl, max: 2 });
  gatewayBase = system.gatewayUrl.replace(/\/graphql$/, '');
  // the services' own key, so links are signed exactly as billing signs them
  services = { secrets: createSecretBox(system.serviceEnv['DATA_ENCRYPTION_KEY']!), invoicing: invoicingSettings({ PUBLIC_URL: gatewayBase }) };
}, 120_000);
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const supplier = { legalName: 'Guildhall Marketplace Services Pvt Ltd', gstin: '29AAGCG1234M1Z5', address: '12 Residency Road, Bengaluru 560025, Karnataka, India', stateCode: '29', country: 'IN' };
const buyer = { legalName: 'Acme Learning Pvt Ltd', gstin: '27AABCA1234F1Z2', address: 'Andheri East, Mumbai 400069, Maharashtra', stateCode: '27', country: 'IN' };

/** An issued inter-state invoice of one ₹500 session (+ ₹90 IGST), refunded by a credit note; and a draft. */
async function seedDocuments() {
  const organizationId = randomUUID();
  const invoice = randomUUID();
  const payment = randomUUID();
  const refund = randomUUID();
  const creditNote = randomUUID();
  const draft = randomUUID();
  const number = `GH/26-27/${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  await db.query(
    `insert into billing.payment (id, purpose, kind, payer_kind, payer_user_id, organization_id, funding, amount_minor, list_amount_minor, currency, status, invoice_id, settled_at)
     values ($1, 'PURCHASE', 'CONSULTATION', 'ORGANIZATION', $2, $3, 'INVOICE', 59000, 59000, 'INR', 'SUCCEEDED', $4, now())`,
    [payment, randomUUID(), organizationId, invoice],
  );
  const invoiceColumns = `(id, organization_id, number, fiscal_year, status, period_start, period_end, currency, supply_type, place_of_supply,
     taxable_minor, igst_minor, total_minor, amount_due_minor, supplier, buyer, due_date, issued_at)`;
  await db.query(
    `insert into billing.invoice ${invoiceColumns}
     values ($1, $2, $3, '26-27', 'ISSUED', '2026-11-01', '2026-11-30', 'INR', 'INTER_STATE', '27', 50000, 9000, 59000, 59000, $4, $5, '2027-01-29', '2026-12-01T04:30:00Z')`,
    [invoice, organizationId, number, supplier, buyer],
  );
  await db.query(
    `insert into billing.invoice_line (id, invoice_id, payment_id, description, sac_code, rate_bps, taxable_minor, cgst_minor, sgst_minor, igst_minor, total_minor)
     values ($1, $2, $3, 'Expert session: cost review', '999293', 1800, 50000, 0, 0, 9000, 59000)`,
    [randomUUID(), invoice, payment],
  );
  await db.query(`insert into billing.refund (id, payment_id, amount_minor, currency, source, reason, status) values ($1, $2, 59000, 'INR', 'API', 'session cancelled', 'SUCCEEDED')`, [refund, payment]);
  await db.query(
    `insert into billing.credit_note (id, invoice_id, refund_id, number, fiscal_year, taxable_minor, cgst_minor, sgst_minor, igst_minor, total_minor, settlement, issued_at)
     values ($1, $2, $3, $4, '26-27', 50000, 0, 0, 9000, 59000, 'REDUCES_DUE', '2026-12-05T06:00:00Z')`,
    [creditNote, invoice, refund, number.replace('GH/', 'GH/CN/')],
  );
  await db.query(
    `insert into billing.invoice (id, organization_id, status, period_start, period_end, currency, supply_type, place_of_supply, supplier, buyer)
     values ($1, $2, 'DRAFT', '2026-12-01', '2026-12-31', 'INR', 'INTER_STATE', '27', $3, $4)`,
    [draft, organizationId, supplier, buyer],
  );
  return { invoice, creditNote, draft, number };
}

const download = (url: string) => fetch(url, { redirect: 'manual' });
const storedPdf = async (table: 'invoice' | 'credit_note', id: string) => (await db.query<{ pdf: Buffer | null }>(`select pdf from billing.${table} where id = $1`, [id])).rows[0]?.pdf ?? null;
const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

describe('document links', () => {
  it('download an issued invoice without signing in, render it once and send the same bytes again', async () => {
    const { invoice, number } = await seedDocuments();
    const url = documentUrl(services, { kind: 'INVOICE', id: invoice });
    expect(url.startsWith(`${gatewayBase}/documents/`)).toBe(true);
    expect(await storedPdf('invoice', invoice)).toBeNull();

    const first = await download(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('content-disposition')).toBe(`attachment; filename="${number.replaceAll('/', '-')}.pdf"`);
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number(first.headers.get('content-length'))).toBe(bytes.length);
    expect((await storedPdf('invoice', invoice))?.equals(bytes)).toBe(true);

    // a fresh link to the same invoice: the stored bytes, not a new rendering
    const again = await download(documentUrl(services, { kind: 'INVOICE', id: invoice }));
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    // proof that it is the column that is served: bytes put there are what comes out
    const marker = Buffer.from('%PDF-1.3\n% stored copy\n');
    await db.query(`update billing.invoice set pdf = $2 where id = $1`, [invoice, marker]);
    expect(Buffer.from(await (await download(url)).arrayBuffer()).equals(marker)).toBe(true);
  });

  it('download a credit note; three first downloads at once all get the one stored copy', async () => {
    const { creditNote, number } = await seedDocuments();
    const url = documentUrl(services, { kind: 'CREDIT_NOTE', id: creditNote });
    const responses = await Promise.all([download(url), download(url), download(url)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(responses[0]!.headers.get('content-disposition')).toBe(`attachment; filename="${number.replace('GH/', 'GH/CN/').replaceAll('/', '-')}.pdf"`);
    const bodies = await Promise.all(responses.map(async (r) => Buffer.from(await r.arrayBuffer())));
    const stored = await storedPdf('credit_note', creditNote);
    expect(stored?.subarray(0, 5).toString()).toBe('%PDF-');
    for (const body of bodies) expect(body.equals(stored!)).toBe(true);
  });

  it('answer 404, and write nothing, for tampered, expired, foreign, draft and unknown links', async () => {
    const { invoice, draft } = await seedDocuments();
    const ref: DocumentRef = { kind: 'INVOICE', id: invoice };
    const token = tokenOf(documentUrl(services, ref));
    const [payload, signature] = token.split('.') as [string, string];
    const otherId = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(invoice, randomUUID())).toString('base64url');
    const bad = [
      `${otherId}.${signature}`, // another document under this signature
      `${payload}.${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`, // a changed signature
      tokenOf(documentUrl(services, ref, 15, new Date(Date.now() - 16 * 60_000))), // expired a minute ago
      signDocumentLink(documentLinkKey(createSecretBox(generateDataKey())), ref, new Date(Date.now() + 60_000)), // another deployment's key
      tokenOf(documentUrl(services, { kind: 'CREDIT_NOTE', id: invoice })), // the right id as the wrong kind
      tokenOf(documentUrl(services, { kind: 'INVOICE', id: draft })), // drafts have no PDF
      tokenOf(documentUrl(services, { kind: 'INVOICE', id: randomUUID() })), // no such invoice
      'not-a-token',
      `${payload}.${signature}.extra`,
      '%2e%2e%2fgraphql',
      'x'.repeat(5_000),
    ];
    for (const token of bad) {
      const response = await download(`${gatewayBase}/documents/${token}`);
      expect({ token, status: response.status }).toEqual({ token, status: 404 });
      expect(await response.json()).toMatchObject({ error: 'NOT_FOUND' });
    }
    expect(await storedPdf('invoice', invoice)).toBeNull();
    expect(await storedPdf('invoice', draft)).toBeNull();
    expect((await download(`${gatewayBase}/documents/${token}`)).status).toBe(200); // the real link still works
  });

  it('keep documentPdf internal: not in the public graph, and only the gateway service may call billing for it', async () => {
    const { invoice } = await seedDocuments();
    const token = tokenOf(documentUrl(services, { kind: 'INVOICE', id: invoice }));
    const query = 'query ($t: String!) { documentPdf(token: $t) { filename } }';
    const viaGateway = await gql(system.gatewayUrl, query, { t: token });
    expect(viaGateway.errors?.[0]?.message).toMatch(/documentPdf/);

    const sign = await createContextTokenSigner(system.keys.privateKey);
    const origin = { ip: null, userAgent: null };
    const asUser = await sign({ principal: { kind: 'user', userId: randomUUID(), email: 'someone@example.test', sessionId: 'x', platformAdmin: true, memberships: {} }, origin }, 'billing');
    const refused = await gql(system.subgraphUrls['billing']!, query, { t: token }, { headers: { [CONTEXT_TOKEN_HEADER]: asUser } });
    expect(refused.data?.['documentPdf'] ?? null).toBeNull();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const asGateway = await sign({ principal: { kind: 'service', service: 'gateway' }, origin }, 'billing');
    const served = await gql(system.subgraphUrls['billing']!, query, { t: token }, { headers: { [CONTEXT_TOKEN_HEADER]: asGateway } });
    expect(served.data?.['documentPdf']).toEqual({ filename: expect.stringMatching(/^GH-26-27-\d{6}\.pdf$/) });
  });
});
