import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  fail,
  hasOrgAccess,
  isUuid,
  notFound,
  placeholders,
  recordEvent,
  selectRows,
  succeed,
  userError,
  type EventCause,
  type Outcome,
  type Principal,
  type UserErrorValue,
} from '@guildhall/kernel';
import { MaintenanceWindowRecord } from '../entities/maintenance-window.entity.js';

/** A window is at most a week long: anything longer is an outage plan, not maintenance. */
export const MAX_WINDOW_MS = 7 * 24 * 3600_000;
export const MAX_MESSAGE_LENGTH = 500;

export interface ScheduleMaintenanceWindowInput {
  organizationId?: string | null | undefined;
  startsAt: Date;
  endsAt: Date;
  message: string;
}

type Deps = EventCause & { em: EntityManager };

export const isActiveWindow = (w: Pick<MaintenanceWindowRecord, 'startsAt' | 'endsAt' | 'cancelledAt'>, now = new Date()) =>
  !w.cancelledAt && w.startsAt.getTime() <= now.getTime() && now.getTime() < w.endsAt.getTime();

/** Platform admins only (the shield rule); `organizationId` null: every org and every caller but platform admins. */
export async function scheduleMaintenanceWindow(deps: Deps, input: ScheduleMaintenanceWindowInput): Promise<Outcome<MaintenanceWindowRecord>> {
  const errors: UserErrorValue[] = [];
  const now = Date.now();
  const message = input.message.trim();
  if (input.organizationId && !isUuid(input.organizationId)) errors.push(userError('BAD_USER_INPUT', ['input', 'organizationId'], 'Not an organization id.'));
  if (input.endsAt.getTime() <= input.startsAt.getTime()) errors.push(userError('BAD_USER_INPUT', ['input', 'endsAt'], 'A window ends after it starts.'));
  else if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_WINDOW_MS) errors.push(userError('BAD_USER_INPUT', ['input', 'endsAt'], 'A window lasts at most 7 days.'));
  else if (input.endsAt.getTime() <= now) errors.push(userError('BAD_USER_INPUT', ['input', 'endsAt'], 'The window would already be over.'));
  if (!message || message.length > MAX_MESSAGE_LENGTH) errors.push(userError('BAD_USER_INPUT', ['input', 'message'], `Say what is happening, in 1–${MAX_MESSAGE_LENGTH} characters.`));
  if (errors.length) return fail(...errors);
  const window = deps.em.create(MaintenanceWindowRecord, {
    id: randomUUID(),
    organizationId: input.organizationId ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    message,
    createdBy: deps.principal.kind === 'user' ? deps.principal.userId : deps.principal.kind,
  });
  deps.em.persist(window);
  recordEvent(deps.em, deps, {
    type: 'compliance.maintenance-window.changed',
    organizationId: window.organizationId,
    aggregateId: window.id,
    payload: { organizationId: window.organizationId, windowId: window.id, change: 'scheduled' },
  });
  await deps.em.flush();
  return succeed(window);
}

/** Ends a window now (or calls off one still to come). Compare-and-set: cancelling twice is a CONFLICT. */
export async function cancelMaintenanceWindow(deps: Deps, id: string): Promise<Outcome<MaintenanceWindowRecord>> {
  if (!isUuid(id)) throw notFound('Maintenance window');
  return deps.em.transactional(async (em) => {
    const [row] = await selectRows<MaintenanceWindowRecord>(em, `select * from "compliance"."maintenance_window" where id = ? for update`, [id]);
    if (!row) throw notFound('Maintenance window');
    if (row.cancelledAt) return fail(userError('CONFLICT', ['id'], 'This window was cancelled already.'));
    if (row.endsAt.getTime() <= Date.now()) return fail(userError('CONFLICT', ['id'], 'This window is over.'));
    const [cancelled] = await selectRows<MaintenanceWindowRecord>(em, `update "compliance"."maintenance_window" set cancelled_at = now() where id = ? returning *`, [id]);
    recordEvent(em, deps, {
      type: 'compliance.maintenance-window.changed',
      organizationId: row.organizationId,
      aggregateId: row.id,
      payload: { organizationId: row.organizationId, windowId: row.id, change: 'cancelled' },
    });
    await em.flush();
    return succeed(cancelled!);
  });
}

/** Platform admins' list, newest first: `active` true for the windows in force now, false for the others. */
export async function listMaintenanceWindows(em: EntityManager, active: boolean | null | undefined): Promise<MaintenanceWindowRecord[]> {
  const inForce = `cancelled_at is null and starts_at <= now() and ends_at > now()`;
  const where = active === true ? inForce : active === false ? `not (${inForce})` : 'true';
  return selectRows<MaintenanceWindowRecord>(em, `select * from "compliance"."maintenance_window" where ${where} order by starts_at desc, id desc limit 200`);
}

/** What the gateway enforces: every window not cancelled and not over (in force or to come); it compares the times itself. */
export async function openMaintenanceWindows(em: EntityManager): Promise<MaintenanceWindowRecord[]> {
  return selectRows<MaintenanceWindowRecord>(em, `select * from "compliance"."maintenance_window" where cancelled_at is null and ends_at > now() order by starts_at, id limit 500`);
}

/**
 * The window in force for the caller, for the dashboard's banner: a platform-wide one first, else one
 * of the named org (when the caller belongs to it) or, with no org named, of any org the caller
 * belongs to (a user's memberships, an API key's org). Anonymous callers see platform-wide windows only.
 */
export async function activeMaintenanceFor(em: EntityManager, principal: Principal, organizationId: string | null | undefined): Promise<MaintenanceWindowRecord | null> {
  let orgs: string[] = [];
  if (organizationId) orgs = isUuid(organizationId) && (hasOrgAccess(principal, organizationId) || (principal.kind === 'user' && principal.platformAdmin)) ? [organizationId] : [];
  else if (principal.kind === 'user') orgs = Object.keys(principal.memberships);
  else if (principal.kind === 'apiKey' || principal.kind === 'scim') orgs = [principal.organizationId];
  const [window] = await selectRows<MaintenanceWindowRecord>(
    em,
    `select * from "compliance"."maintenance_window"
      where cancelled_at is null and starts_at <= now() and ends_at > now()
        and (organization_id is null ${orgs.length ? `or organization_id in ${placeholders(orgs)}` : ''})
      order by (organization_id is null) desc, ends_at desc limit 1`,
    orgs,
  );
  return window ?? null;
}
