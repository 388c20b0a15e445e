import { createOrm, type Principal } from '@guildhall/kernel';
import { admitUser, organization, transitionOrganization } from '@guildhall/organization';
import type { Role } from '@guildhall/roles';
import { createOrganization, signUp } from '@guildhall/testkit';

/**
 * An ACTIVE org with `members` members (the owner and `members - 1` of `role`, each with a session),
 * built through the graph (owner, org, sign-ups) and the organization's own use cases (verification
 * and admission, which have no public shortcut).
 */
export async function seedBenchOrg(gatewayUrl: string, databaseUrl: string, members: number, role: Role = 'MANAGER') {
  const owner = await signUp(gatewayUrl, { name: 'Bench Owner' });
  const org = await createOrganization(gatewayUrl, owner.token, `Bench Org ${members}`);
  const people = await Promise.all(Array.from({ length: members - 1 }, (_, i) => signUp(gatewayUrl, { name: `Member ${i + 1}` })));
  const orm = await createOrm({ schema: 'organization', databaseUrl, entities: organization.entities, migrations: organization.migrations });
  const origin = { ip: null, userAgent: 'bench' };
  const platform: Principal = { kind: 'user', userId: owner.userId, email: owner.email, sessionId: 'bench', platformAdmin: true, memberships: {} };
  try {
    await transitionOrganization({ em: orm.em.fork(), principal: platform, origin }, { organizationId: org.id, action: 'VERIFY' });
    // an ACTIVE LEARNER takes a seat, and nothing in the graph sells seats yet: make room for them all
    await orm.em.fork().execute(`update "organization"."organization" set seats_total = greatest(seats_total, ?) where id = ?`, [members, org.id]);
    for (const person of people) {
      const admitted = await admitUser({ em: orm.em.fork(), principal: platform, origin }, { organizationId: org.id, userId: person.userId, role, source: 'seed' });
      if (!admitted.ok) throw new Error(admitted.errors.map((e) => e.message).join('; '));
    }
  } finally {
    await orm.close();
  }
  return { owner, org, members: people };
}
