import type { ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { sendJson, type LiveEvent, type Logger, type Principal } from '@guildhall/kernel';
import type { SubgraphClient } from '../auth/subgraph-client.js';
import type { GatewayContext } from '../gateway-context.js';

export interface MaintenanceWindowView {
  id: string;
  organizationId: string | null;
  startsAt: Date;
  endsAt: Date;
  message: string;
}

const OPEN_WINDOWS = 'query { openMaintenanceWindows { id organizationId startsAt endsAt message } }';

/**
 * Root fields answered during maintenance: the maintenance fields themselves (the dashboard's banner,
 * and the platform admins who end the window), signing in and out (a platform admin must be able to
 * sign in to end a platform-wide window), and introspection.
 */
export const MAINTENANCE_EXEMPT_FIELDS: ReadonlySet<string> = new Set([
  'activeMaintenance',
  'maintenanceWindows',
  'scheduleMaintenanceWindow',
  'cancelMaintenanceWindow',
  'signIn',
  'signOut',
  '__typename',
  '__schema',
  '__type',
]);

/**
 * Maintenance windows as the gateway enforces them. Compliance keeps the windows; this gateway keeps
 * every window not over and not cancelled in memory, refreshed every `refreshMs` and at once when a
 * `compliance.maintenance-window.changed` event arrives on the live channel, and compares the times
 * itself on each request, so a window starts and ends on the second. If compliance cannot be reached
 * the last known windows stay in force (and none are invented): maintenance never becomes an outage.
 *
 * Who is refused (`windowFor`):
 * - platform admins never (they run the maintenance);
 * - a platform-wide window: everyone else;
 * - an org's window: an API key or SCIM token of that org (all they do concerns it), and any request
 *   that names the org's id (a variable or argument anywhere in the operation, a query parameter of a
 *   route). Requests that name no org (viewer, other orgs, an entity by its own id) pass: an org window
 *   freezes the org's operations as the API addresses them, it is no isolation boundary.
 */
export function createMaintenanceGate(options: { client: SubgraphClient; complianceUrl: string; refreshMs: number; log: Logger; now?: () => number }) {
  const now = options.now ?? Date.now;
  let windows: MaintenanceWindowView[] = [];
  let inflight: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  async function load() {
    try {
      const data = await options.client<{ openMaintenanceWindows: { id: string; organizationId: string | null; startsAt: string; endsAt: string; message: string }[] }>('compliance', options.complianceUrl, OPEN_WINDOWS, {});
      windows = data.openMaintenanceWindows.map((w) => ({ ...w, startsAt: new Date(w.startsAt), endsAt: new Date(w.endsAt) }));
    } catch (error) {
      options.log.warn('could not refresh maintenance windows; keeping the last known', { error: (error as Error).message });
    }
  }

  /** One load at a time; a change announced during a load triggers one more. */
  function refresh(): Promise<void> {
    if (inflight) {
      again = true;
      return inflight;
    }
    inflight = load().finally(() => {
      inflight = null;
      if (again) {
        again = false;
        void refresh();
      }
    });
    return inflight;
  }

  const inForce = (at = now()) => windows.filter((w) => w.startsAt.getTime() <= at && at < w.endsAt.getTime());

  return {
    /** Loads the windows (waiting at most 2 s: a compliance that is slow to answer does not hold the gateway's start) and polls. */
    async start() {
      await Promise.race([refresh(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
      timer = setInterval(() => void refresh(), options.refreshMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
    refresh,
    onLiveEvent(event: LiveEvent) {
      if (event.type === 'compliance.maintenance-window.changed') void refresh();
    },
    /** Whether any window is in force now: the cheap check before any other work. */
    anyInForce: () => inForce().length > 0,
    /** The window that refuses this caller's request naming `organizationIds`, or null. */
    windowFor(principal: Principal | null, organizationIds: Iterable<string>): MaintenanceWindowView | null {
      const active = inForce();
      if (!active.length) return null;
      if (principal?.kind === 'user' && principal.platformAdmin) return null;
      const platform = active.find((w) => w.organizationId === null);
      if (platform) return platform;
      const byOrg = new Map(active.map((w) => [w.organizationId!, w]));
      if (principal?.kind === 'apiKey' || principal?.kind === 'scim') {
        const own = byOrg.get(principal.organizationId);
        if (own) return own;
      }
      for (const id of organizationIds) {
        const window = byOrg.get(id);
        if (window) return window;
      }
      return null;
    },
  };
}
export type MaintenanceGate = ReturnType<typeof createMaintenanceGate>;

export const retryAfterSeconds = (window: MaintenanceWindowView, at = Date.now()) => Math.max(1, Math.ceil((window.endsAt.getTime() - at) / 1000));

/** The top-level GraphQL error: MAINTENANCE, the window's message and end, HTTP 503 with Retry-After. */
export function maintenanceError(window: MaintenanceWindowView): GraphQLError {
  return new GraphQLError(window.message, {
    extensions: {
      code: 'MAINTENANCE',
      endsAt: window.endsAt.toISOString(),
      scope: window.organizationId ? 'ORGANIZATION' : 'PLATFORM',
      ...(window.organizationId ? { organizationId: window.organizationId } : {}),
      http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds(window))]]) },
    },
  });
}

/** The same refusal for the HTTP routes (exports, documents): a GraphQL-shaped JSON body. */
export function sendMaintenance(res: ServerResponse, window: MaintenanceWindowView) {
  res.setHeader('retry-after', String(retryAfterSeconds(window)));
  sendJson(res, 503, {
    errors: [{ message: window.message, extensions: { code: 'MAINTENANCE', endsAt: window.endsAt.toISOString(), scope: window.organizationId ? 'ORGANIZATION' : 'PLATFORM' } }],
  });
}

/** Refuses operations during a window that applies to them (see createMaintenanceGate), before any subgraph is called. */
export function maintenancePlugin(gate: MaintenanceGate): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation || !gate.anyInForce()) return;
          if (onlyExemptFields(operation.selectionSet, document)) return;
          const window = gate.windowFor(contextValue.principal, namedIds(document, request.variables));
          if (window) throw maintenanceError(window);
        },
      };
    },
  };
}

/** Every root field of the operation (through fragments) is one answered during maintenance. */
function onlyExemptFields(selectionSet: SelectionSetNode, document: DocumentNode): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return MAINTENANCE_EXEMPT_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyExemptFields(selection.selectionSet, document);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? onlyExemptFields(fragment.selectionSet, document) : false;
  });
}

/** Every string the operation carries: its variables (deep) and the string literals of its document. */
export function namedIds(document: DocumentNode | OperationDefinitionNode, variables: Record<string, unknown> | undefined): Set<string> {
  const ids = new Set<string>();
  const collect = (value: unknown, depth: number) => {
    if (depth > 8) return;
    if (typeof value === 'string') ids.add(value);
    else if (Array.isArray(value)) for (const item of value) collect(item, depth + 1);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item, depth + 1);
  };
  collect(variables ?? {}, 0);
  visit(document, { StringValue: (node) => void ids.add(node.value) });
  return ids;
}
