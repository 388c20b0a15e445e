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
});
