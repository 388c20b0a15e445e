import { randomUUID } from 'node:crypto';
import { waitUntil } from '@guildhall/testkit';
import { call, rows, setMode, orgWithRoles, type Role } from './billing-fixtures.js';
import { world, useProgramSystem, topCode, codes, count, createProgram, updateProgram, setStatus, assign, unassign, readProgram, listPrograms, myAssignments, seat, pool, created, orgCalendar, assignmentRow, events, programRows, type Member } from './program-fixtures.js';

/**
 * Programs through the real gateway: who may manage, assign and read them, and creating and
 * changing them (what is refused and left unwritten, terms that lock, status changes).
 */
describe('programs', () => {
  let orgId: string;
  let m: Record<Role, Member>;
  let outsider: Member;
  let outsiderOrgId: string;
  useProgramSystem((orgs) => ({ orgId, m, outsider, outsiderOrgId } = orgs));

  describe('who may do what', () => {
    it('lets OWNER, MAINTAINER and MANAGER create, change and assign; refuses the other roles and writes nothing', async () => {
      for (const role of ['OWNER', 'MAINTAINER', 'MANAGER'] as const) {
        const program = await created(m[role].token, seat(orgId, { name: `By ${role}` }));
        expect(program).toMatchObject({ name: `By ${role}`, termsLocked: false });
        expect((await updateProgram(m[role].token, { organizationId: orgId, programId: program.id, description: 'for the sales team' })).data?.['r'].userErrors).toEqual([]);
        const assigned = await assign(m[role].token, orgId, program.id, [m.LEARNER.userId]);
        expect(assigned.data?.['r'].results).toMatchObject([{ userId: m.LEARNER.userId, outcome: 'ASSIGNED', assignment: { status: 'ACTIVE', assignedBy: m[role].userId }, userErrors: [] }]);
        const assignmentId = assigned.data?.['r'].results[0].assignment.id;
        expect((await unassign(m[role].token, orgId, assignmentId)).data?.['r']).toMatchObject({ assignment: { status: 'REVOKED', revokedReason: 'UNASSIGNED' }, userErrors: [] });
        expect((await setStatus(m[role].token, orgId, program.id, 'PAUSED')).data?.['r']).toEqual({ program: { id: program.id, status: 'PAUSED' }, userErrors: [] });
      }

      const target = await created(m.OWNER.token, seat(orgId));
      const kept = (await assign(m.OWNER.token, orgId, target.id, [m.SUPPORT.userId])).data?.['r'].results[0].assignment.id;
      const before = { programs: await programRows(orgId), assignments: await count('select count(*)::int as n from billing.program_assignment where organization_id = $1', [orgId]) };
      for (const role of ['BILLING_ADMIN', 'EXPERT', 'SUPPORT', 'LEARNER'] as const) {
        const token = m[role].token;
        expect(topCode(await createProgram(token, seat(orgId)))).toBe('FORBIDDEN');
        expect(topCode(await updateProgram(token, { organizationId: orgId, programId: target.id, name: 'Renamed' }))).toBe('FORBIDDEN');
        expect(topCode(await setStatus(token, orgId, target.id, 'CANCELLED'))).toBe('FORBIDDEN');
        expect(topCode(await assign(token, orgId, target.id, [m.EXPERT.userId]))).toBe('FORBIDDEN');
        expect(topCode(await unassign(token, orgId, kept))).toBe('FORBIDDEN');
      }
      expect(await programRows(orgId)).toBe(before.programs);
      expect(await count('select count(*)::int as n from billing.program_assignment where organization_id = $1', [orgId])).toBe(before.assignments);
      expect(await assignmentRow(kept)).toEqual({ status: 'ACTIVE', revoked_reason: null });
      expect((await readProgram(m.OWNER.token, orgId, target.id)).data?.['program']).toMatchObject({ name: target.name, status: 'ACTIVE' });
    });

    it('shows programs to OWNER, MAINTAINER, BILLING_ADMIN and MANAGER, and to no other role', async () => {
      const program = await created(m.OWNER.token, seat(orgId, { name: 'Visible' }));
      for (const role of ['OWNER', 'MAINTAINER', 'BILLING_ADMIN', 'MANAGER'] as const) {
        const one = await readProgram(m[role].token, orgId, program.id, `id name assignments { id } usage { engagements }`);
        expect(one.errors).toBeUndefined();
        expect(one.data?.['program']).toMatchObject({ id: program.id, name: 'Visible', assignments: [], usage: { engagements: 0 } });
        const list = await listPrograms(m[role].token, orgId);
        expect(list.errors).toBeUndefined();
        expect(list.data?.['billingAccount'].programs).toContainEqual({ id: program.id, name: 'Visible', status: 'ACTIVE' });
      }
      for (const role of ['EXPERT', 'SUPPORT', 'LEARNER'] as const) {
        expect(topCode(await readProgram(m[role].token, orgId, program.id))).toBe('FORBIDDEN');
        expect(topCode(await listPrograms(m[role].token, orgId))).toBe('FORBIDDEN');
      }
      expect((await readProgram(m.OWNER.token, orgId, randomUUID())).data?.['program']).toBeNull();
      expect((await readProgram(m.OWNER.token, orgId, 'not-an-id')).data?.['program']).toBeNull();
    });

    it("keeps a member of another org from seeing or changing anything, through any door", async () => {
      const program = await created(m.OWNER.token, seat(orgId, { name: 'Private', description: 'ours' }));
      const assignmentId = (await assign(m.OWNER.token, orgId, program.id, [m.LEARNER.userId])).data?.['r'].results[0].assignment.id;
      const t = outsider.token;

      expect(topCode(await readProgram(t, orgId, program.id))).toBe('NOT_FOUND');
      expect(topCode(await listPrograms(t, orgId))).toBe('NOT_FOUND');
      expect(topCode(await myAssignments(t, orgId))).toBe('NOT_FOUND');
      // through their own org, where they may read programs, it is simply not there
      expect((await readProgram(t, outsiderOrgId, program.id)).data?.['program']).toBeNull();
      expect((await listPrograms(t, outsiderOrgId)).data?.['billingAccount'].programs).toEqual([]);

      // naming our org: refused before anything is looked up
      expect(topCode(await createProgram(t, seat(orgId)))).toBe('FORBIDDEN');
      expect(topCode(await updateProgram(t, { organizationId: orgId, programId: program.id, name: 'Mine now' }))).toBe('FORBIDDEN');
      expect(topCode(await setStatus(t, orgId, program.id, 'CANCELLED'))).toBe('FORBIDDEN');
      expect(topCode(await assign(t, orgId, program.id, [outsider.userId]))).toBe('FORBIDDEN');
      expect(topCode(await unassign(t, orgId, assignmentId))).toBe('FORBIDDEN');
      // naming their own org: our rows are as unknown as missing ones
      for (const r of [
        await updateProgram(t, { organizationId: outsiderOrgId, programId: program.id, name: 'Mine now' }),
        await setStatus(t, outsiderOrgId, program.id, 'CANCELLED'),
        await assign(t, outsiderOrgId, program.id, [outsider.userId]),
        await unassign(t, outsiderOrgId, assignmentId),
      ]) {
        expect(topCode(r)).toBe('NOT_FOUND');
      }

      expect((await readProgram(m.OWNER.token, orgId, program.id, 'name description status assignments { id status }')).data?.['program']).toEqual({
        name: 'Private',
        description: 'ours',
        status: 'ACTIVE',
        assignments: [{ id: assignmentId, status: 'ACTIVE' }],
      });
      expect(await programRows(outsiderOrgId)).toBe(0);
    });
  });

  describe('creating and changing', () => {
    it('creates both kinds with their defaults and records the change', async () => {
      const { today } = await orgCalendar(orgId);
      const s = await createProgram(m.OWNER.token, seat(orgId, { name: '  Coaching seats  ', description: '  weekly coaching ' }));
      expect(s.data?.['r']).toMatchObject({
        program: {
          name: 'Coaching seats',
          description: 'weekly coaching',
          type: 'LICENSED_SEAT',
          status: 'ACTIVE',
          cycle: 'MONTHLY',
          currency: 'INR',
          engagementsPerCycle: 4,
          priceCap: { amountMinor: 500_000, currency: 'INR' },
          budget: null,
          overage: 'CHARGE_ORG',
          overageSurchargeBps: 1_000,
          overageLimit: { amountMinor: 1_000_000 },
          startsOn: today,
          endsOn: null,
          termsLocked: false,
        },
        userErrors: [],
      });
      const p = await createProgram(m.MANAGER.token, pool(orgId, { startsOn: '2030-01-01', endsOn: '2030-12-31' }));
      expect(p.data?.['r'].program).toMatchObject({ type: 'CREDIT_POOL', cycle: 'QUARTERLY', budget: { amountMinor: 100_000 }, overageSurchargeBps: 0, startsOn: '2030-01-01', endsOn: '2030-12-31' });
      const changes = (await events('billing.program.changed', orgId)).filter((e) => [s.data?.['r'].program.id, p.data?.['r'].program.id].includes(e.aggregate_id));
      expect(changes.map((e) => e.payload)).toEqual([
        { organizationId: orgId, programId: s.data?.['r'].program.id, type: 'LICENSED_SEAT', status: 'ACTIVE', change: 'created' },
        { organizationId: orgId, programId: p.data?.['r'].program.id, type: 'CREDIT_POOL', status: 'ACTIVE', change: 'created' },
      ]);
    });

    it('refuses the reserved types with their own code and writes nothing', async () => {
      const before = await programRows(orgId);
      const changes = (await events('billing.program.changed', orgId)).length;
      for (const type of ['PROJECT', 'RETAINER', 'RESELLER']) {
        const r = await createProgram(m.OWNER.token, seat(orgId, { type }));
        expect(r.data?.['r'].program).toBeNull();
        expect(codes(r)).toEqual(['PROGRAM_TYPE_NOT_AVAILABLE input.type']);
      }
      expect(await programRows(orgId)).toBe(before);
      expect((await events('billing.program.changed', orgId)).length).toBe(changes);
    });

    it('refuses bad terms, a foreign currency, past dates and a taken name, each with its field', async () => {
      const before = await programRows(orgId);
      const { yesterday } = await orgCalendar(orgId);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { budgetMinor: 5_000, engagementsPerCycle: 0 })))).toEqual(['BAD_USER_INPUT input.engagementsPerCycle', 'BAD_USER_INPUT input.budgetMinor']);
      expect(codes(await createProgram(m.OWNER.token, pool(orgId, { budgetMinor: null })))).toEqual(['BAD_USER_INPUT input.budgetMinor']);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { overage: 'BLOCK' })))).toEqual(['BAD_USER_INPUT input.overageLimitMinor']);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { currency: 'USD' })))).toEqual(['BAD_USER_INPUT input.currency']);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { name: ' ', startsOn: '2026-01-01', endsOn: yesterday })))).toEqual(['BAD_USER_INPUT input.name', 'BAD_USER_INPUT input.endsOn']);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { startsOn: '2026-02-30' })))).toEqual(['BAD_USER_INPUT input.startsOn']);
      await created(m.OWNER.token, seat(orgId, { name: 'Taken' }));
      expect(codes(await createProgram(m.MAINTAINER.token, seat(orgId, { name: ' Taken ' })))).toEqual(['CONFLICT input.name']);
      expect(await programRows(orgId)).toBe(before + 1);
      // another org may use the name
      await created(outsider.token, seat(outsiderOrgId, { name: 'Taken' }));
    });

    it("refuses an org that does not spend its own funds, or does not sponsor", async () => {
      const tagOnly = await orgWithRoles(world, 'Tag Only Org');
      const r = await createProgram(tagOnly.members.OWNER.token, seat(tagOnly.org.id));
      expect(codes(r)).toEqual(['CONFLICT input.organizationId']);
      expect(r.data?.['r'].userErrors[0].message).toMatch(/programs spend the organization's funds; switch billing mode first/i);
      expect(await programRows(tagOnly.org.id)).toBe(0);

      await setMode(world, tagOnly.members.OWNER.token, tagOnly.org.id, 'INVOICED_MONTHLY');
      const off = await call(world, tagOnly.members.OWNER.token, 'mutation ($input: SetCapabilitiesInput!) { setOrganizationCapabilities(input: $input) { userErrors { code message } } }', {
        input: { organizationId: tagOnly.org.id, canSponsor: false, canHost: true }, // a host-only org
      });
      expect(off.data?.['setOrganizationCapabilities'].userErrors).toEqual([]);
      await waitUntil(async () => (await rows(world, 'select can_sponsor from billing.billing_account where organization_id = $1', [tagOnly.org.id]))[0].can_sponsor === false, 10_000, 'billing to see the org stop sponsoring');
      expect(codes(await createProgram(tagOnly.members.OWNER.token, seat(tagOnly.org.id)))).toEqual(['CONFLICT input.organizationId']);
      expect(await programRows(tagOnly.org.id)).toBe(0);
    });

    it('locks the money terms at the first assignment, and keeps name, description and end date editable', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const change = (input: Record<string, unknown>) => updateProgram(m.MAINTAINER.token, { organizationId: orgId, programId: program.id, ...input });
      // before anyone is assigned, terms may change, even the type
      expect((await change({ engagementsPerCycle: 6, overage: 'BLOCK', overageLimitMinor: null })).data?.['r']).toMatchObject({ program: { engagementsPerCycle: 6, overage: 'BLOCK', overageLimit: null }, userErrors: [] });
      expect(codes(await change({ type: 'CREDIT_POOL' }))).toEqual(['BAD_USER_INPUT input.budgetMinor', 'BAD_USER_INPUT input.engagementsPerCycle', 'BAD_USER_INPUT input.priceCapMinor']);
      expect(codes(await change({ type: 'PROJECT' }))).toEqual(['PROGRAM_TYPE_NOT_AVAILABLE input.type']);

      const assigned = await assign(m.MANAGER.token, orgId, program.id, [m.EXPERT.userId]);
      expect(assigned.data?.['r'].program).toEqual({ id: program.id, termsLocked: true });
      const lockedAt = (await rows(world, 'select terms_locked_at from billing.program where id = $1', [program.id]))[0].terms_locked_at;
      expect(lockedAt).not.toBeNull();

      expect(codes(await change({ engagementsPerCycle: 10 }))).toEqual(['CONFLICT input.engagementsPerCycle']);
      expect(codes(await change({ overage: 'CHARGE_MEMBER', priceCapMinor: null, name: 'Sneaky' }))).toEqual(['CONFLICT input.priceCapMinor', 'CONFLICT input.overage']);
      const conflict = await change({ cycle: 'YEARLY' });
      expect(conflict.data?.['r'].userErrors[0].message).toMatch(/create a new program/);

      // the same value again is no change; the rest stays editable
      const edited = await change({ engagementsPerCycle: 6, name: 'Renamed seats', description: null, endsOn: '2099-12-31' });
      expect(edited.data?.['r']).toMatchObject({ program: { name: 'Renamed seats', description: null, endsOn: '2099-12-31', engagementsPerCycle: 6, termsLocked: true }, userErrors: [] });
      expect((await change({ endsOn: null })).data?.['r'].program.endsOn).toBeNull();
      const after = (await rows(world, 'select engagements_per_cycle, overage, cycle, terms_locked_at from billing.program where id = $1', [program.id]))[0];
      expect(after).toEqual({ engagements_per_cycle: 6, overage: 'BLOCK', cycle: 'MONTHLY', terms_locked_at: lockedAt });
      expect((await events('billing.program.changed', orgId)).filter((e) => e.aggregate_id === program.id).map((e) => e.payload['change'])).toEqual(['created', 'updated', 'updated', 'updated']);
    });

    it('pauses and resumes by compare-and-set, never resumes an expired program, and ends everything on cancel', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      expect((await setStatus(m.OWNER.token, orgId, program.id, 'PAUSED')).data?.['r'].program.status).toBe('PAUSED');
      expect(codes(await setStatus(m.OWNER.token, orgId, program.id, 'PAUSED'))).toEqual(['CONFLICT input.status']);
      // a paused program still takes assignments
      const assigned = await assign(m.OWNER.token, orgId, program.id, [m.LEARNER.userId, m.EXPERT.userId]);
      const ids = (assigned.data?.['r'].results as { assignment: { id: string } }[]).map((r) => r.assignment.id);
      expect((await setStatus(m.OWNER.token, orgId, program.id, 'ACTIVE')).data?.['r'].program.status).toBe('ACTIVE');

      const cancelled = await setStatus(m.MANAGER.token, orgId, program.id, 'CANCELLED');
      expect(cancelled.data?.['r']).toEqual({ program: { id: program.id, status: 'CANCELLED' }, userErrors: [] });
      for (const id of ids) expect(await assignmentRow(id)).toEqual({ status: 'REVOKED', revoked_reason: 'PROGRAM_CANCELLED' });
      const unassigned = (await events('billing.program.unassigned', orgId)).filter((e) => e.payload['programId'] === program.id);
      expect(unassigned.map((e) => [e.aggregate_id, e.payload['reason']]).sort()).toEqual(ids.map((id) => [id, 'PROGRAM_CANCELLED']).sort());
      expect((await events('billing.program.changed', orgId)).filter((e) => e.aggregate_id === program.id).map((e) => e.payload['change'])).toEqual(['created', 'paused', 'resumed', 'cancelled']);

      // final: nothing more happens to it
      expect(codes(await setStatus(m.OWNER.token, orgId, program.id, 'ACTIVE'))).toEqual(['CONFLICT input.status']);
      expect(codes(await setStatus(m.OWNER.token, orgId, program.id, 'CANCELLED'))).toEqual(['CONFLICT input.status']);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, [m.SUPPORT.userId]))).toEqual(['CONFLICT input.programId']);
      expect(codes(await updateProgram(m.OWNER.token, { organizationId: orgId, programId: program.id, name: 'Again' }))).toEqual(['CONFLICT input.programId']);

      // EXPIRED comes from the end date: not resumed, not assigned, still cancellable, listed as such
      const { yesterday } = await orgCalendar(orgId);
      const old = await created(m.OWNER.token, seat(orgId, { startsOn: '2026-01-01' }));
      await rows(world, 'update billing.program set ends_on = $1 where id = $2', [yesterday, old.id]);
      expect((await readProgram(m.OWNER.token, orgId, old.id, 'status')).data?.['program']).toEqual({ status: 'EXPIRED' });
      expect((await listPrograms(m.OWNER.token, orgId, 'EXPIRED')).data?.['billingAccount'].programs).toEqual([{ id: old.id, name: old.name, status: 'EXPIRED' }]);
      expect(codes(await setStatus(m.OWNER.token, orgId, old.id, 'ACTIVE'))).toEqual(['CONFLICT input.status']);
      expect(codes(await setStatus(m.OWNER.token, orgId, old.id, 'PAUSED'))).toEqual(['CONFLICT input.status']);
      expect(codes(await assign(m.OWNER.token, orgId, old.id, [m.SUPPORT.userId]))).toEqual(['CONFLICT input.programId']);
      expect((await setStatus(m.OWNER.token, orgId, old.id, 'CANCELLED')).data?.['r'].program.status).toBe('CANCELLED');
      const cancelledList = (await listPrograms(m.OWNER.token, orgId, 'CANCELLED')).data?.['billingAccount'].programs as { id: string; status: string }[];
      expect(cancelledList.map((p) => p.id)).toEqual(expect.arrayContaining([program.id, old.id]));
      expect(new Set(cancelledList.map((p) => p.status))).toEqual(new Set(['CANCELLED']));
      expect(topCode(await setStatus(m.OWNER.token, orgId, randomUUID(), 'PAUSED'))).toBe('NOT_FOUND');
    });
  });
});
