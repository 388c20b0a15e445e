import { parse } from 'graphql';
import type { Principal } from '@guildhall/kernel';
import { createLogger } from '@guildhall/kernel';
import { createMaintenanceGate, maintenanceError, namedIds } from './maintenance-gate.js';

const ORG_A = '11111111-1111-4111-8111-111111111111';
const ORG_B = '22222222-2222-4222-8222-222222222222';
const user = (platformAdmin = false): Principal => ({ kind: 'user', userId: 'u', email: 'u@x.test', sessionId: 's', platformAdmin, memberships: { [ORG_A]: { role: 'OWNER', status: 'ACTIVE' } } });

function gateWith(windows: { organizationId: string | null; startsAt: string; endsAt: string }[], at: number) {
  const client = (async () => ({ openMaintenanceWindows: windows.map((w, i) => ({ id: `w${i}`, message: `down ${i}`, ...w })) })) as never;
  return createMaintenanceGate({ client, complianceUrl: 'http://compliance', refreshMs: 60_000, log: createLogger('test', 'silent'), now: () => at });
}

describe('maintenance gate', () => {
  const at = Date.parse('2026-12-01T10:00:00Z');

  it('refuses everyone but platform admins during a platform-wide window, on the second', async () => {
    const gate = gateWith([{ organizationId: null, startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T11:00:00Z' }], at);
    await gate.refresh();
    expect(gate.windowFor(user(), [])?.id).toBe('w0');
    expect(gate.windowFor(null, [])?.id).toBe('w0');
    expect(gate.windowFor(user(true), [])).toBeNull();
    const later = gateWith([{ organizationId: null, startsAt: '2026-12-01T10:00:01Z', endsAt: '2026-12-01T11:00:00Z' }], at);
    await later.refresh();
    expect(later.windowFor(user(), [])).toBeNull(); // not yet begun
  });

  it("refuses an org window's operations: requests naming the org, and its API keys and SCIM tokens", async () => {
    const gate = gateWith([{ organizationId: ORG_A, startsAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-01T10:30:00Z' }], at);
    await gate.refresh();
    expect(gate.windowFor(user(), [ORG_A])?.organizationId).toBe(ORG_A);
    expect(gate.windowFor(user(), [ORG_B])).toBeNull();
    expect(gate.windowFor(user(), [])).toBeNull(); // names no org (viewer)
    expect(gate.windowFor({ kind: 'apiKey', keyId: 'k', organizationId: ORG_A, scopes: [] }, [])?.organizationId).toBe(ORG_A);
    expect(gate.windowFor({ kind: 'scim', credentialId: 'c', organizationId: ORG_B }, [])).toBeNull();
  });

  it('finds every id an operation names, in variables and literals', () => {
    const doc = parse(`mutation ($input: UpdateOrganizationInput!) { a: updateOrganization(input: $input) { userErrors { code } } b: organization(id: "${ORG_B}") { id } }`);
    const ids = namedIds(doc, { input: { organizationId: ORG_A, tags: [{ id: 'x' }] } });
    expect(ids.has(ORG_A) && ids.has(ORG_B) && ids.has('x')).toBe(true);
  });

  it('answers MAINTENANCE with the message, the end and a 503 with Retry-After', () => {
    const error = maintenanceError({ id: 'w', organizationId: null, startsAt: new Date(0), endsAt: new Date(Date.now() + 90_000), message: 'Upgrading' });
    expect(error.message).toBe('Upgrading');
    expect(error.extensions).toMatchObject({ code: 'MAINTENANCE', scope: 'PLATFORM', http: { status: 503 } });
    const seconds = Number((error.extensions['http'] as { headers: Map<string, string> }).headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(80);
    expect(seconds).toBeLessThanOrEqual(90);
  });
});
