import { fail, forbidden, notFound, recordEvent, selectRows, succeed, type Outcome } from '@guildhall/kernel';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@guildhall/roles';
import { checkParent } from '../domain/organization-hierarchy.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationDeps } from './deps.js';
import { findMembership } from './organization-lock.js';

/**
 * Places an org under a parent (or at the top): an OWNER of both, or a platform admin. parentId, rootId
 * and depth of the org and its whole subtree move together; cycles and over-deep trees are refused.
 */
export async function setParentOrganization(deps: OrganizationDeps, input: { organizationId: string; parentId: string | null }): Promise<Outcome<OrganizationRecord>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden();
  return deps.em.transactional(async (em) => {
    // lock both rows in id order, so two moves at once cannot deadlock or cross
    const ids = [input.organizationId, ...(input.parentId ? [input.parentId] : [])].sort();
    const locked = await selectRows<OrganizationRecord>(em, `select * from "organization"."organization" where id in (${ids.map(() => '?').join(', ')}) order by id for update`, ids);
    const child = locked.find((o) => o.id === input.organizationId);
    const parent = input.parentId ? locked.find((o) => o.id === input.parentId) : null;
    if (!child || child.status === 'DEACTIVATED' || (input.parentId && (!parent || parent.status === 'DEACTIVATED'))) throw notFound('Organization');
    for (const org of [child, parent]) {
      if (org && !principal.platformAdmin && !can((await findMembership(em, { organizationId: org.id, userId: principal.userId })) ?? undefined, 'organization.hierarchy.manage')) {
        throw forbidden('Only an OWNER of both organizations can link them.');
      }
    }
    const ancestry = parent ? await ancestryOf(em, parent.id) : [];
    const errors = checkParent(child.id, ancestry, await subtreeHeight(em, child.id));
    if (errors.length) return fail(...errors);
    const rootId = parent ? (parent.rootId ?? parent.id) : null;
    await em.execute(
      `with recursive down as (
         select id, 0 as level from "organization"."organization" where id = ?
         union all select o.id, down.level + 1 from "organization"."organization" o join down on o.parent_id = down.id)
       update "organization"."organization" o set root_id = ?, depth = ? + down.level, updated_at = now() from down where o.id = down.id`,
      [child.id, rootId ?? child.id, ancestry.length], // below a new top, the moved org is its subtree's root
      'run',
    );
    const [row] = await selectRows<OrganizationRecord>(em, `update "organization"."organization" set parent_id = ?, root_id = ? where id = ? returning *`, [parent?.id ?? null, rootId, child.id]);
    recordEvent(em, deps, { type: 'organization.updated', organizationId: child.id, aggregateId: child.id, payload: { organizationId: child.id, fields: ['parentId'] } });
    await em.flush();
    return succeed(row!);
  });
}

/** The parent first, the root last. */
async function ancestryOf(em: EntityManager, organizationId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    em,
    `with recursive up as (
       select id, parent_id, 0 as level from "organization"."organization" where id = ?
       union all select o.id, o.parent_id, up.level + 1 from "organization"."organization" o join up on o.id = up.parent_id where up.level < 10)
     select id from up order by level`,
    [organizationId],
  );
  return rows.map((r) => r.id);
}

async function subtreeHeight(em: EntityManager, organizationId: string): Promise<number> {
  const [row] = await selectRows<{ height: number }>(
    em,
    `with recursive down as (
       select id, 0 as level from "organization"."organization" where id = ?
       union all select o.id, down.level + 1 from "organization"."organization" o join down on o.parent_id = down.id where down.level < 10)
     select max(level) as height from down`,
    [organizationId],
  );
  return Number(row?.height ?? 0);
}
