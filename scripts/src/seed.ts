/**
 * `npm run seed`: a small demo org with members, through the same use cases the graph calls.
 * Safe to run twice. Its events reach billing and the audit log when the worker runs (`npm start`).
 */
import { admitUser, organization, createOrganization } from '@guildhall/organization';
import { identity, signUp } from '@guildhall/identity';
import { createLogger, createOrm, loadConfig, type Principal } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { launcherConfigSchema } from './launcher/launcher-config.js';
import { openScriptDatabase } from './launcher/database.js';

const PASSWORD = 'guildhall-demo-2026';
const OPERATOR = 'ops@demo.guildhall.test';
const PEOPLE: { email: string; name: string; role: Role }[] = [
  { email: 'ada@demo.guildhall.test', name: 'Ada Raman', role: 'OWNER' },
  { email: 'grace@demo.guildhall.test', name: 'Grace Iyer', role: 'MAINTAINER' },
  { email: 'priya@demo.guildhall.test', name: 'Priya Shah', role: 'BILLING_ADMIN' },
  { email: 'arjun@demo.guildhall.test', name: 'Arjun Mehta', role: 'MANAGER' },
  { email: 'meera@demo.guildhall.test', name: 'Meera Nair', role: 'LEARNER' },
];

const config = loadConfig(launcherConfigSchema);
const log = createLogger('seed', 'info');
const database = await openScriptDatabase(config);
const identityOrm = await createOrm({ schema: 'identity', databaseUrl: database.url, entities: identity.entities, migrations: identity.migrations });
const organizationOrm = await createOrm({ schema: 'organization', databaseUrl: database.url, entities: organization.entities, migrations: organization.migrations });
const origin = { ip: null, userAgent: 'npm run seed' };

try {
  const existing = await identityOrm.em.fork().getConnection().execute<{ count: string }[]>(`select count(*) from "identity"."user" where email = ?`, [PEOPLE[0]!.email]);
  if (Number(existing[0]?.count) > 0) {
    log.info(`already seeded; sign in as ${PEOPLE[0]!.email} / ${PASSWORD}`);
  } else {
    const users: { userId: string; role: Role }[] = [];
    for (const person of PEOPLE) {
      const outcome = await signUp({ em: identityOrm.em.fork(), principal: { kind: 'anonymous' }, origin }, { email: person.email, name: person.name, password: PASSWORD });
      if (!outcome.ok) throw new Error(`could not create ${person.email}: ${outcome.errors.map((e) => e.message).join('; ')}`);
      users.push({ userId: outcome.value.user.id, role: person.role });
    }
    const [owner, ...members] = users;
    const principal: Principal = { kind: 'user', userId: owner!.userId, email: PEOPLE[0]!.email, sessionId: 'seed', platformAdmin: false, memberships: {} };
    const created = await createOrganization({ em: organizationOrm.em.fork(), principal, origin }, { name: 'Demo Consulting Co', slug: 'demo-consulting' });
    if (!created.ok) throw new Error(created.errors.map((e) => e.message).join('; '));
    for (const member of members) {
      const added = await admitUser({ em: organizationOrm.em.fork(), principal, origin }, { organizationId: created.value.organization.id, userId: member.userId, role: member.role, source: 'seed' });
      if (!added.ok) throw new Error(added.errors.map((e) => e.message).join('; '));
    }
    // a platform operator, who may verify the demo org (transitionOrganization)
    const operator = await signUp({ em: identityOrm.em.fork(), principal: { kind: 'anonymous' }, origin }, { email: OPERATOR, name: 'Platform Operator', password: PASSWORD });
    if (!operator.ok) throw new Error(operator.errors.map((e) => e.message).join('; '));
    await identityOrm.em.fork().execute(`update "identity"."user" set platform_admin = true where id = ?`, [operator.value.user.id]);
    log.info(`seeded "Demo Consulting Co" with ${PEOPLE.length} members; sign in as any of:`);
    for (const person of PEOPLE) log.info(`  ${person.role.padEnd(13)} ${person.email} / ${PASSWORD}`);
    log.info(`  platform admin ${OPERATOR} / ${PASSWORD}`);
  }
} finally {
  await identityOrm.close();
  await organizationOrm.close();
  await database.close();
}
process.exit(0);
