import { createOrganization, gql, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(() => system?.stop());

describe('the foundation slice through the gateway', () => {
  it('signs up, creates an org, and reads it across four subgraphs', async () => {
    const owner = await signUp(system.gatewayUrl, { name: 'Ada' });
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Acme Learning');
    await waitUntil(async () => {
      const r = await gql(system.gatewayUrl, `query ($id: ID!) { organization(id: $id) { billingAccount { mode } } }`, { id: org.id }, { token: owner.token });
      return r.data?.['organization']?.billingAccount?.mode === 'TAG_ONLY';
    });
    const response = await gql(
      system.gatewayUrl,
      `query ($id: ID!) { organization(id: $id) { id name slug status members { totalCount nodes { role status user { email name } } }
        billingAccount { mode fundingMode currency } payoutAccount { id } auditLog { nodes { action actor { email } } } } }`,
      { id: org.id },
      { token: owner.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['organization']).toMatchObject({
      name: 'Acme Learning',
      status: 'PENDING_VERIFICATION',
      members: { totalCount: 1, nodes: [{ role: 'OWNER', status: 'ACTIVE', user: { email: owner.email, name: 'Ada' } }] },
      billingAccount: { mode: 'TAG_ONLY', fundingMode: 'PERSONAL', currency: 'INR' },
      payoutAccount: null,
    });
  });

  it('pages the audit log with cursors, newest first, without repeats', async () => {
    const owner = await signUp(system.gatewayUrl);
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Paged Org');
    const page = (after: string | null) =>
      gql(system.gatewayUrl, `query ($id: ID!, $after: String) { organization(id: $id) { auditLog(first: 1, after: $after) { nodes { id occurredAt } pageInfo { hasNextPage endCursor } } } }`, { id: org.id, after }, { token: owner.token });
    await waitUntil(async () => {
      const r = await gql(system.gatewayUrl, `query ($id: ID!) { organization(id: $id) { auditLog { nodes { id } } } }`, { id: org.id }, { token: owner.token });
      return r.data?.['organization']?.auditLog.nodes.length === 3;
    });
    const seen: { id: string; occurredAt: string }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const r = await page(after);
      const log = r.data?.['organization'].auditLog;
      seen.push(...log.nodes);
      expect(log.pageInfo.hasNextPage).toBe(i < 2);
      after = log.pageInfo.endCursor;
    }
    expect(new Set(seen.map((e) => e.id)).size).toBe(3);
    expect([...seen].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))).toEqual(seen);
    const bad = await page('not-a-cursor');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
