import type { RunningServer } from '@guildhall/kernel';
import { collect, gql, liveClient, signUp, startSystem, createOrganization, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
let base: string;
beforeAll(async () => {
  system = await startSystem({ gatewayEnv: { CSP_REPORT_RATE_PER_MINUTE: '4' } });
  base = system.gatewayUrl.replace(/\/graphql$/, '');
}, 120_000);
afterAll(() => system?.stop());

const HARDENING = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-site',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

function expectHardened(headers: Headers, options: { enforce?: boolean; hsts?: boolean } = {}) {
  for (const [name, value] of Object.entries(HARDENING)) expect([name, headers.get(name)]).toEqual([name, value]);
  const [present, absent] = options.enforce ? ['content-security-policy', 'content-security-policy-report-only'] : ['content-security-policy-report-only', 'content-security-policy'];
  expect(headers.get(present)).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; report-uri /csp-report; report-to csp");
  expect(headers.get(absent)).toBeNull();
  expect(headers.get('reporting-endpoints')).toMatch(/^csp="http:\/\/[^"]+\/csp-report"$/);
  if (options.hsts) expect(headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  else expect(headers.get('strict-transport-security')).toBeNull();
}

describe('security headers at the gateway', () => {
  it('are on GraphQL, health, documents, SCIM, SSO and webhook responses, CSP report-only by default', async () => {
    const graphql = await gql(system.gatewayUrl, '{ __typename }');
    expect(graphql.status).toBe(200);
    expectHardened(graphql.headers);
    for (const [method, path, status] of [
      ['GET', '/healthz', 200],
      ['GET', '/documents/not.a-real-token', 404],
      ['GET', '/scim/v2/Users', 401],
      ['GET', '/exports/audit-log.csv', 401],
      ['GET', '/auth/sso/nope', null],
      ['POST', '/webhooks/razorpay', null],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method, ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}) });
      if (status) expect([path, response.status]).toEqual([path, status]);
      expectHardened(response.headers);
    }
  });

  it('leaves Apollo’s landing page its own nonce-based policy', async () => {
    const page = await fetch(system.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy-report-only')).toBeNull();
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('keeps subscriptions working over WebSocket', async () => {
    const owner = await signUp(system.gatewayUrl, { name: 'Headers Live' });
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Headers Live Org');
    const client = liveClient(system.wsUrl, { token: owner.token });
    const feed = collect(client, 'subscription ($org: ID!) { organizationActivity(organizationId: $org) { action } }', { org: org.id });
    try {
      await new Promise((r) => setTimeout(r, 200));
      await gql(system.gatewayUrl, 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { code } } }', { input: { organizationId: org.id, name: 'Headers Live Renamed' } }, { token: owner.token });
      expect((await feed.next()).data.organizationActivity.action).toEqual(expect.any(String));
      expect(feed.errors).toEqual([]);
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });

  it('enforce the CSP and send HSTS when configured', async () => {
    const gateway: RunningServer = await system.startExtraGateway({ CSP_ENFORCE: 'true', COOKIE_SECURE: 'true' });
    const response = await fetch(gateway.url.replace(/\/graphql$/, '/healthz'));
    expectHardened(response.headers, { enforce: true, hsts: true });
  });
});

describe('POST /csp-report', () => {
  const report = (body: string, type = 'application/csp-report', ip = '198.51.100.7') =>
    fetch(`${base}/csp-report`, { method: 'POST', headers: { 'content-type': type, 'x-forwarded-for': ip }, body });

  it('accepts both report formats with 204, refuses other types, and rate-limits each address', async () => {
    const legacy = JSON.stringify({ 'csp-report': { 'document-uri': 'http://localhost:3000/?token=x', 'violated-directive': 'script-src', 'blocked-uri': 'https://evil.test/a.js?k=1' } });
    expect((await report(legacy)).status).toBe(204);
    const batch = JSON.stringify([{ type: 'csp-violation', body: { documentURL: 'http://localhost:3000/', effectiveDirective: 'img-src', blockedURL: 'https://cdn.test/x.png', disposition: 'report' } }]);
    expect((await report(batch, 'application/reports+json')).status).toBe(204);
    expect((await report('hello', 'text/plain')).status).toBe(415);
    expect((await report('{not json')).status).toBe(400);
    // the fifth within the minute from that address (limit 4)
    const limited = await report(legacy);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expectHardened(limited.headers);
    // another address is not affected
    expect((await report(legacy, 'application/csp-report', '198.51.100.8')).status).toBe(204);
  });
});
