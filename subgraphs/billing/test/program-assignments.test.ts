import { randomUUID } from 'node:crypto';
import { knownUser } from '@guildhall/testkit';
import { call, rows, waitForBillingMember, type Role } from './billing-fixtures.js';
import { system, world, useProgramSystem, ERRORS, topCode, codes, count, assign, unassign, readProgram, myAssignments, seat, pool, created, orgCalendar, addMember, membershipId, assignmentRow, events, type Member } from './program-fixtures.js';

/**
 * Program assignments through the real gateway: bulk assigning with per-row answers, assignments
 * ending with memberships and programs, and the usage reads (on counters seeded here; checkout
 * writes them for real, see program-checkout.test.ts).
 */
describe('program assignments', () => {
  let orgId: string;
  let m: Record<Role, Member>;
  let outsider: Member;
  let outsiderOrgId: string;
  useProgramSystem((orgs) => ({ orgId, m, outsider, outsiderOrgId } = orgs));

  describe('assigning', () => {
    it('answers for each person in a bulk assign, and records each new assignment once', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const first = (await assign(m.OWNER.token, orgId, program.id, [m.SUPPORT.userId])).data?.['r'].results[0].assignment;
      const stranger = await knownUser(system, world.db, 'Not A Member');
      const r = await assign(m.MAINTAINER.token, orgId, program.id, [m.LEARNER.userId, m.EXPERT.userId, stranger.userId, 'not-a-user', m.LEARNER.userId, m.SUPPORT.userId]);
      expect(r.data?.['r'].userErrors).toEqual([]);
      const results = r.data?.['r'].results as { userId: string; outcome: string; assignment: { id: string; status: string; userId: string } | null; userErrors: { code: string; field: string[] }[] }[];
      expect(results.map((x) => [x.userId, x.outcome, x.userErrors.map((e) => `${e.code} ${e.field.join('.')}`)])).toEqual([
        [m.LEARNER.userId, 'ASSIGNED', []],
        [m.EXPERT.userId, 'ASSIGNED', []],
        [stranger.userId, 'REFUSED', ['BAD_USER_INPUT input.userIds.2']],
        ['not-a-user', 'REFUSED', ['BAD_USER_INPUT input.userIds.3']],
        [m.SUPPORT.userId, 'ALREADY_ASSIGNED', []],
      ]);
      expect(results[4]!.assignment).toEqual(first);
      expect(results[2]!.assignment).toBeNull();

      const assigned = (await events('billing.program.assigned', orgId)).filter((e) => e.payload['programId'] === program.id);
      expect(assigned.map((e) => e.payload['userId'])).toEqual([m.SUPPORT.userId, m.LEARNER.userId, m.EXPERT.userId]);
      expect(assigned[1]).toEqual({ aggregate_id: results[0]!.assignment!.id, payload: { organizationId: orgId, programId: program.id, assignmentId: results[0]!.assignment!.id, userId: m.LEARNER.userId } });
      const active = (await readProgram(m.OWNER.token, orgId, program.id, 'assignments(status: ACTIVE) { userId }')).data?.['program'].assignments as { userId: string }[];
      expect(active.map((a) => a.userId).sort()).toEqual([m.SUPPORT.userId, m.LEARNER.userId, m.EXPERT.userId].sort());
    });

    it('closes an assignment past its own end date when the person is assigned again', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const { yesterday } = await orgCalendar(orgId);
      const first = (await assign(m.OWNER.token, orgId, program.id, [m.SUPPORT.userId])).data?.['r'].results[0].assignment;
      await world.db.query('update billing.program_assignment set starts_on = $2::date - 7, ends_on = $2 where id = $1', [first.id, yesterday]);
      const again = (await assign(m.OWNER.token, orgId, program.id, [m.SUPPORT.userId])).data?.['r'].results[0];
      expect(again.outcome).toBe('ASSIGNED');
      expect(again.assignment.id).not.toBe(first.id);
      expect(await assignmentRow(first.id)).toEqual({ status: 'REVOKED', revoked_reason: 'ENDED' });
    });

    it('refuses the whole request for a bad list or bad dates, writing nothing', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const { yesterday } = await orgCalendar(orgId);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, []))).toEqual(['BAD_USER_INPUT input.userIds']);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, Array.from({ length: 501 }, () => randomUUID())))).toEqual(['BAD_USER_INPUT input.userIds']);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, [m.LEARNER.userId], { startsOn: '2026-01-01', endsOn: yesterday }))).toEqual(['BAD_USER_INPUT input.endsOn']);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, [m.LEARNER.userId], { startsOn: '2099-02-01', endsOn: '2099-01-01' }))).toEqual(['BAD_USER_INPUT input.endsOn']);
      expect(topCode(await assign(m.OWNER.token, orgId, randomUUID(), [m.LEARNER.userId]))).toBe('NOT_FOUND');
      expect(await count('select count(*)::int as n from billing.program_assignment where program_id = $1', [program.id])).toBe(0);
      expect((await readProgram(m.OWNER.token, orgId, program.id, 'termsLocked')).data?.['program']).toEqual({ termsLocked: false });
    });

    it('makes one assignment of concurrent assigns of the same person', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const tokens = [m.OWNER.token, m.MAINTAINER.token, m.MANAGER.token, m.OWNER.token, m.MAINTAINER.token, m.MANAGER.token];
      const answers = await Promise.all(tokens.map((token) => assign(token, orgId, program.id, [m.LEARNER.userId])));
      const results = answers.map((a) => a.data?.['r'].results[0] as { outcome: string; assignment: { id: string } });
      expect(results.filter((x) => x.outcome === 'ASSIGNED')).toHaveLength(1);
      expect(results.filter((x) => x.outcome === 'ALREADY_ASSIGNED')).toHaveLength(tokens.length - 1);
      expect(new Set(results.map((x) => x.assignment.id)).size).toBe(1);
      expect(await count(`select count(*)::int as n from billing.program_assignment where program_id = $1 and user_id = $2`, [program.id, m.LEARNER.userId])).toBe(1);
      expect((await events('billing.program.assigned', orgId)).filter((e) => e.payload['programId'] === program.id)).toHaveLength(1);
    });

    it('unassigns once, with the reason and the event', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const id = (await assign(m.OWNER.token, orgId, program.id, [m.EXPERT.userId])).data?.['r'].results[0].assignment.id;
      expect((await unassign(m.MANAGER.token, orgId, id)).data?.['r']).toMatchObject({ assignment: { id, status: 'REVOKED', revokedReason: 'UNASSIGNED', userId: m.EXPERT.userId }, userErrors: [] });
      expect(codes(await unassign(m.MANAGER.token, orgId, id))).toEqual(['CONFLICT input.assignmentId']);
      expect(topCode(await unassign(m.MANAGER.token, orgId, randomUUID()))).toBe('NOT_FOUND');
      expect((await events('billing.program.unassigned', orgId)).filter((e) => e.aggregate_id === id).map((e) => e.payload)).toEqual([
        { organizationId: orgId, programId: program.id, assignmentId: id, userId: m.EXPERT.userId, reason: 'UNASSIGNED' },
      ]);
      // and the person can be assigned afresh
      expect((await assign(m.OWNER.token, orgId, program.id, [m.EXPERT.userId])).data?.['r'].results[0]).toMatchObject({ outcome: 'ASSIGNED' });
    });

    it('ends the assignments of a member who is suspended or removed, and refuses to assign them', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const suspended = await addMember(m.OWNER.token, orgId, 'LEARNER', 'To Suspend');
      const removed = await addMember(m.OWNER.token, orgId, 'LEARNER', 'To Remove');
      const results = (await assign(m.OWNER.token, orgId, program.id, [suspended.userId, removed.userId])).data?.['r'].results as { assignment: { id: string } }[];
      const [suspendedAssignment, removedAssignment] = results.map((r) => r.assignment.id) as [string, string];

      const s = await call(world, m.OWNER.token, `mutation ($input: MemberInput!) { suspendMember(input: $input) { ${ERRORS} } }`, { input: { organizationId: orgId, membershipId: await membershipId(orgId, suspended.userId) } });
      expect(s.data?.['suspendMember'].userErrors).toEqual([]);
      const r = await call(world, m.OWNER.token, `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { ${ERRORS} } }`, { input: { organizationId: orgId, membershipId: await membershipId(orgId, removed.userId) } });
      expect(r.data?.['removeMember'].userErrors).toEqual([]);
      await waitForBillingMember(world, orgId, suspended.userId, 'SUSPENDED');
      await waitForBillingMember(world, orgId, removed.userId, 'REMOVED');

      expect(await assignmentRow(suspendedAssignment)).toEqual({ status: 'REVOKED', revoked_reason: 'MEMBER_SUSPENDED' });
      expect(await assignmentRow(removedAssignment)).toEqual({ status: 'REVOKED', revoked_reason: 'MEMBER_REMOVED' });
      const unassigned = (await events('billing.program.unassigned', orgId)).filter((e) => e.payload['programId'] === program.id).map((e) => [e.payload['userId'], e.payload['assignmentId'], e.payload['reason']]);
      expect(unassigned).toEqual(
        expect.arrayContaining([
          [suspended.userId, suspendedAssignment, 'MEMBER_SUSPENDED'],
          [removed.userId, removedAssignment, 'MEMBER_REMOVED'],
        ]),
      );
      const again = await assign(m.OWNER.token, orgId, program.id, [suspended.userId, removed.userId]);
      expect((again.data?.['r'].results as { outcome: string; userErrors: { message: string }[] }[]).map((x) => [x.outcome, x.userErrors[0]?.message])).toEqual([
        ['REFUSED', expect.stringMatching(/suspended/)],
        ['REFUSED', expect.stringMatching(/removed/)],
      ]);
    });
  });

  describe('usage and entitlements', () => {
    let seatProgram: { id: string; name: string };
    let poolProgram: { id: string; name: string };
    let formerMember: string;
    let calendar: Awaited<ReturnType<typeof orgCalendar>>;

    beforeAll(async () => {
      calendar = await orgCalendar(orgId);
      seatProgram = await created(m.OWNER.token, seat(orgId, { name: 'Usage seats', engagementsPerCycle: 4, priceCapMinor: 200_000 }));
      poolProgram = await created(m.OWNER.token, pool(orgId, { name: 'Usage pool', cycle: 'MONTHLY', budgetMinor: 100_000 }));
      await assign(m.OWNER.token, orgId, seatProgram.id, [m.LEARNER.userId, m.EXPERT.userId, m.SUPPORT.userId]);
      await assign(m.OWNER.token, orgId, poolProgram.id, [m.LEARNER.userId, m.EXPERT.userId]);
      formerMember = randomUUID(); // used the seat this month, then left it
      const seed = async (programId: string, periodStart: string, totals: [number, number, number], members: [string, number, number, number][]) => {
        await rows(world, 'insert into billing.program_usage (program_id, period_start, engagements, covered_minor, overage_minor) values ($1, $2, $3, $4, $5)', [programId, periodStart, ...totals]);
        for (const [userId, ...values] of members) {
          await rows(world, 'insert into billing.program_member_usage (program_id, period_start, user_id, engagements, covered_minor, overage_minor) values ($1, $2, $3, $4, $5, $6)', [programId, periodStart, userId, ...values]);
        }
      };
      await seed(seatProgram.id, calendar.month_start, [8, 800_000, 165_000], [
        [m.LEARNER.userId, 3, 300_000, 0],
        [m.EXPERT.userId, 4, 400_000, 165_000],
        [formerMember, 1, 100_000, 0],
      ]);
      await seed(seatProgram.id, calendar.last_month_start, [2, 200_000, 0], [[m.LEARNER.userId, 2, 200_000, 0]]);
      await seed(poolProgram.id, calendar.month_start, [3, 35_000, 12_000], [
        [m.LEARNER.userId, 2, 25_000, 12_000],
        [m.EXPERT.userId, 1, 10_000, 0],
      ]);
    });

    const USAGE = 'startDate endDate engagements covered { amountMinor currency } overage { amountMinor } budgetRemaining { amountMinor } members { userId engagements engagementsRemaining covered { amountMinor } overage { amountMinor } }';

    it("shows a seat program's use this cycle per member, assigned members at zero, and an earlier cycle on request", async () => {
      const r = await readProgram(m.BILLING_ADMIN.token, orgId, seatProgram.id, `currentPeriod { startDate } usage { ${USAGE} }`);
      expect(r.errors).toBeUndefined();
      const program = r.data?.['program'];
      expect(program.currentPeriod.startDate).toBe(calendar.month_start);
      expect(program.usage).toMatchObject({ startDate: calendar.month_start, engagements: 8, covered: { amountMinor: 800_000, currency: 'INR' }, overage: { amountMinor: 165_000 }, budgetRemaining: null });
      expect(program.usage.members).toEqual([
        { userId: m.EXPERT.userId, engagements: 4, engagementsRemaining: 0, covered: { amountMinor: 400_000 }, overage: { amountMinor: 165_000 } },
        { userId: m.LEARNER.userId, engagements: 3, engagementsRemaining: 1, covered: { amountMinor: 300_000 }, overage: { amountMinor: 0 } },
        { userId: formerMember, engagements: 1, engagementsRemaining: 3, covered: { amountMinor: 100_000 }, overage: { amountMinor: 0 } },
        { userId: m.SUPPORT.userId, engagements: 0, engagementsRemaining: 4, covered: { amountMinor: 0 }, overage: { amountMinor: 0 } },
      ]);

      // any date of a cycle names it
      const lastMonthMid = `${calendar.last_month_start.slice(0, 8)}15`;
      const earlier = (await readProgram(m.MANAGER.token, orgId, seatProgram.id, `usage(periodStart: "${lastMonthMid}") { ${USAGE} }`)).data?.['program'].usage;
      expect(earlier).toMatchObject({ startDate: calendar.last_month_start, endDate: calendar.month_start, engagements: 2, covered: { amountMinor: 200_000 } });
      expect(earlier.members.map((x: { userId: string; engagements: number }) => [x.userId, x.engagements])).toEqual(
        expect.arrayContaining([
          [m.LEARNER.userId, 2],
          [m.EXPERT.userId, 0],
          [m.SUPPORT.userId, 0],
        ]),
      );
      expect(topCode(await readProgram(m.OWNER.token, orgId, seatProgram.id, 'usage(periodStart: "last month") { engagements }'))).toBe('BAD_REQUEST');
    });

    it("shows a pool's budget left this cycle", async () => {
      const usage = (await readProgram(m.OWNER.token, orgId, poolProgram.id, `usage { ${USAGE} }`)).data?.['program'].usage;
      expect(usage).toMatchObject({ engagements: 3, covered: { amountMinor: 35_000 }, overage: { amountMinor: 12_000 }, budgetRemaining: { amountMinor: 65_000 } });
      expect(usage.members).toEqual([
        { userId: m.LEARNER.userId, engagements: 2, engagementsRemaining: null, covered: { amountMinor: 25_000 }, overage: { amountMinor: 12_000 } },
        { userId: m.EXPERT.userId, engagements: 1, engagementsRemaining: null, covered: { amountMinor: 10_000 }, overage: { amountMinor: 0 } },
      ]);
    });

    it('shows each member their own entitlements and no one else', async () => {
      const mine = (await myAssignments(m.LEARNER.token, orgId)).data?.['myProgramAssignments'] as { programId: string }[];
      const usageOnes = mine.filter((a) => [seatProgram.id, poolProgram.id].includes(a.programId));
      expect(usageOnes).toEqual([
        {
          id: expect.any(String),
          programId: seatProgram.id,
          programName: 'Usage seats',
          programType: 'LICENSED_SEAT',
          programStatus: 'ACTIVE',
          overage: 'CHARGE_ORG',
          overageSurchargeBps: 1_000,
          startsOn: calendar.today,
          endsOn: null,
          currentPeriod: { startDate: calendar.month_start, endDate: expect.any(String) },
          engagementsPerCycle: 4,
          priceCap: { amountMinor: 200_000 },
          engagementsUsed: 3,
          engagementsRemaining: 1,
          budgetRemaining: null,
        },
        expect.objectContaining({ programId: poolProgram.id, programType: 'CREDIT_POOL', overage: 'CHARGE_MEMBER', engagementsUsed: 2, engagementsRemaining: null, budgetRemaining: { amountMinor: 65_000, currency: 'INR' } }),
      ]);
      // only ACTIVE assignments of the caller: every one is theirs
      const learnerAssignments = await rows(world, `select id from billing.program_assignment where organization_id = $1 and user_id = $2 and status = 'ACTIVE'`, [orgId, m.LEARNER.userId]);
      expect(mine.map((a) => (a as unknown as { id: string }).id).sort()).toEqual(learnerAssignments.map((a) => a.id).sort());

      const expert = ((await myAssignments(m.EXPERT.token, orgId)).data?.['myProgramAssignments'] as { programId: string; engagementsRemaining: number | null }[]).find((a) => a.programId === seatProgram.id);
      expect(expert?.engagementsRemaining).toBe(0);
      expect((await myAssignments(m.BILLING_ADMIN.token, orgId)).data?.['myProgramAssignments']).toEqual([]);
      // and reading the program itself is still refused to a LEARNER
      expect(topCode(await readProgram(m.LEARNER.token, orgId, seatProgram.id, 'usage { members { userId } }'))).toBe('FORBIDDEN');
    });
  });
});
