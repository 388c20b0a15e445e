import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Outcome } from '@guildhall/kernel';
import type { MaintenanceWindowRecord } from '../entities/maintenance-window.entity.js';
import {
  activeMaintenanceFor,
  cancelMaintenanceWindow,
  isActiveWindow,
  listMaintenanceWindows,
  openMaintenanceWindows,
  scheduleMaintenanceWindow,
} from '../usecases/maintenance-windows.js';
import type { ComplianceContext } from './loaders.js';
import { MaintenanceWindow, MaintenanceWindowPayload, ScheduleMaintenanceWindowInput } from './maintenance-window.type.js';

export const toMaintenanceWindow = (w: MaintenanceWindowRecord, now = new Date()): MaintenanceWindow => ({
  id: w.id,
  scope: w.organizationId ? 'ORGANIZATION' : 'PLATFORM',
  organizationId: w.organizationId,
  startsAt: w.startsAt,
  endsAt: w.endsAt,
  message: w.message,
  active: isActiveWindow(w, now),
  cancelledAt: w.cancelledAt,
});

const toPayload = (outcome: Outcome<MaintenanceWindowRecord>): MaintenanceWindowPayload =>
  outcome.ok ? { maintenanceWindow: toMaintenanceWindow(outcome.value), userErrors: [] } : { maintenanceWindow: null, userErrors: outcome.errors };

/** Maintenance windows: compliance keeps them, the gateway enforces them (gateway/src/maintenance). */
@Resolver()
export class MaintenanceWindowResolver {
  @Mutation(() => MaintenanceWindowPayload, { description: 'Platform admins: schedules a window (organizationId null: platform-wide). The gateway enforces it within seconds.' })
  async scheduleMaintenanceWindow(@Arg('input', () => ScheduleMaintenanceWindowInput) input: ScheduleMaintenanceWindowInput, @Ctx() ctx: ComplianceContext): Promise<MaintenanceWindowPayload> {
    return toPayload(await scheduleMaintenanceWindow(ctx, input));
  }

  @Mutation(() => MaintenanceWindowPayload, { description: 'Platform admins: ends a window now, or calls off one still to come.' })
  async cancelMaintenanceWindow(@Arg('id', () => ID) id: string, @Ctx() ctx: ComplianceContext): Promise<MaintenanceWindowPayload> {
    return toPayload(await cancelMaintenanceWindow(ctx, id));
  }

  @Query(() => [MaintenanceWindow], { description: 'Platform admins: windows, newest first (at most 200); `active` true for those in force now, false for the others.' })
  async maintenanceWindows(@Ctx() ctx: ComplianceContext, @Arg('active', () => Boolean, { nullable: true }) active?: boolean): Promise<MaintenanceWindow[]> {
    return (await listMaintenanceWindows(ctx.em, active)).map((w) => toMaintenanceWindow(w));
  }

  @Query(() => MaintenanceWindow, {
    nullable: true,
    description: "The window in force for the caller (the dashboard's banner): platform-wide first, else the named org's (or any of the caller's orgs'). Answered during maintenance too.",
  })
  async activeMaintenance(@Ctx() ctx: ComplianceContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string): Promise<MaintenanceWindow | null> {
    const window = await activeMaintenanceFor(ctx.em, ctx.principal, organizationId);
    return window ? toMaintenanceWindow(window) : null;
  }

  @Query(() => [MaintenanceWindow], { description: 'Internal: the windows the gateway enforces (in force or to come, not cancelled).' })
  @Directive('@inaccessible')
  async openMaintenanceWindows(@Ctx() ctx: ComplianceContext): Promise<MaintenanceWindow[]> {
    return (await openMaintenanceWindows(ctx.em)).map((w) => toMaintenanceWindow(w));
  }
}
