import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { gql, knownUser, startSystem, verifiedOrganization, waitUntil, type RunningSystem } from '@guildhall/testkit';

export interface WebhookSystem {
  system: RunningSystem;
  db: pg.Pool;
  receiver: Receiver;
  stop(): Promise<void>;
}

/**
 * One system per test file: the receiver on 127.0.0.1 is allow-listed (plain http, loopback), and
 * the retry schedule is 300 ms per wait so retries show within seconds.
 */
export async function startWebhookSystem(): Promise<WebhookSystem> {
  const system = await startSystem({
    servicesEnv: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_RETRY_SCHEDULE: '300ms,300ms,300ms,300ms,300ms', WEBHOOK_TIMEOUT_MS: '3000' },
  });
  const db = new pg.Pool({ connectionString: system.databaseUrl, max: 3 });
  const receiver = await startReceiver();
  return {
    system,
    db,
    receiver,
    async stop() {
      await receiver.stop();
      await db.end();
      await system.stop();
    },
  };
}

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
}

/** A webhook receiver on 127.0.0.1: keeps every request, answers each path from its script (then 200). */
export interface Receiver {
  base: string;
  url(path: string): string;
  received: Received[];
  at(path: string): Received[];
  /** The next answers of `path`, in order; once spent, `otherwise` (200 by default). */
  script(path: string, replies: Reply[], otherwise?: Reply): void;
  waitFor(path: string, count: number, timeoutMs?: number): Promise<Received[]>;
  stop(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const scripts = new Map<string, { replies: Reply[]; otherwise: Reply }>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const script = scripts.get(path);
      const reply = script?.replies.shift() ?? script?.otherwise ?? { status: 200 };
      response.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
      response.end(reply.status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const at = (path: string) => received.filter((r) => r.path === path);
  return {
    base,
    url: (path) => `${base}${path}`,
    received,
    at,
    script: (path, replies, otherwise = { status: 200 }) => void scripts.set(path, { replies: [...replies], otherwise }),
    async waitFor(path, count, timeoutMs = 30_000) {
      await waitUntil(() => at(path).length >= count, timeoutMs, `${count} webhook(s) at ${path} (got ${at(path).length})`);
      return at(path);
    },
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The Standard Webhooks headers of a received request, as the library's verify() takes them. */
export const webhookHeadersOf = (r: Received) => ({
  'webhook-id': String(r.headers['webhook-id']),
  'webhook-timestamp': String(r.headers['webhook-timestamp']),
  'webhook-signature': String(r.headers['webhook-signature']),
});

export type Role = 'OWNER' | 'MAINTAINER' | 'BILLING_ADMIN' | 'MANAGER' | 'LEARNER';
export type Member = { token: string; userId: string; email: string };

export async function call(system: RunningSystem, token: string, query: string, variables: Record<string, unknown> = {}) {
  return gql(system.gatewayUrl, query, variables, { token });
}

export const ADD_MEMBER = 'mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { id } userErrors { code field message } } }';

/** A verified org with one member per requested role; tokens by role. */
export async function orgWithRoles(world: WebhookSystem, name: string, roles: Role[] = []) {
  const owner = await knownUser(world.system, world.db, `${name} Owner`);
  const org = await verifiedOrganization(world.system, world.db, owner.token, name);
  const members: Partial<Record<Role, Member>> = { OWNER: owner };
  for (const role of roles) {
    const member = await knownUser(world.system, world.db, `${name} ${role}`);
    await addMember(world, owner.token, org.id, member.email, role);
    members[role] = member;
  }
  return { org, members: members as Record<Role, Member> };
}

export async function addMember(world: WebhookSystem, token: string, organizationId: string, email: string, role: Role = 'MANAGER') {
  const added = await call(world.system, token, ADD_MEMBER, { input: { organizationId, email, role } });
  if (added.errors || added.data?.['addMember'].userErrors.length) throw new Error(`addMember ${role}: ${JSON.stringify(added.errors ?? added.data)}`);
  return added.data!['addMember'].membership.id as string;
}

/** A fresh member of the org: one `organization.member.added` event. */
export async function memberAdded(world: WebhookSystem, ownerToken: string, organizationId: string) {
  const user = await knownUser(world.system, world.db, 'Webhook Subject');
  const membershipId = await addMember(world, ownerToken, organizationId, user.email);
  return { ...user, membershipId };
}

export const ENDPOINT_FIELDS = 'id url description eventTypes status disabledReason creatorRole consecutiveFailures failingSince previousSecretExpiresAt createdBy { id } organization { id }';
export const CREATE = `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT_FIELDS} } secret userErrors { code field message } } }`;
export const DELIVERIES = `query ($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {
    nodes { id eventId eventType body status attempts lastHttpStatus lastLatencyMs lastError attemptLog { attempt httpStatus latencyMs error outcome } }
    pageInfo { hasNextPage endCursor } } }`;
export const ENDPOINT_ACTION = (name: string, selection = `endpoint { ${ENDPOINT_FIELDS} } userErrors { code field message }`) =>
  `mutation ($input: WebhookEndpointInput!) { ${name}(input: $input) { ${selection} } }`;

export async function createEndpoint(world: WebhookSystem, token: string, organizationId: string, path: string, eventTypes: string[] = ['member.added', 'member.removed']) {
  const r = await call(world.system, token, CREATE, { input: { organizationId, url: world.receiver.url(path), description: `receiver ${path}`, eventTypes } });
  const payload = r.data?.['createWebhookEndpoint'];
  if (!payload?.endpoint) throw new Error(`createWebhookEndpoint: ${JSON.stringify(r.errors ?? payload)}`);
  return { id: payload.endpoint.id as string, secret: payload.secret as string };
}

export async function deliveriesOf(world: WebhookSystem, token: string, endpointId: string, status?: string) {
  const r = await call(world.system, token, DELIVERIES, { endpointId, ...(status ? { status } : {}) });
  if (!r.data?.['webhookDeliveries']) throw new Error(`webhookDeliveries: ${JSON.stringify(r.errors)}`);
  return r.data['webhookDeliveries'].nodes as {
    id: string;
    eventId: string;
    eventType: string;
    body: string;
    status: string;
    attempts: number;
    lastHttpStatus: number | null;
    lastLatencyMs: number | null;
    lastError: string | null;
    attemptLog: { attempt: number; httpStatus: number | null; latencyMs: number; error: string | null; outcome: string }[];
  }[];
}

/** Waits until the endpoint's deliveries satisfy `check` (the worker sends them within a second or two). */
export async function waitForDeliveries(world: WebhookSystem, token: string, endpointId: string, check: (d: Awaited<ReturnType<typeof deliveriesOf>>) => boolean, what: string, timeoutMs = 30_000) {
  let last: Awaited<ReturnType<typeof deliveriesOf>> = [];
  await waitUntil(async () => check((last = await deliveriesOf(world, token, endpointId))), timeoutMs, `${what} (deliveries: ${JSON.stringify(last.map((d) => [d.eventType, d.status, d.attempts]))})`).catch((error: Error) => {
    throw new Error(`${error.message}; last seen ${JSON.stringify(last.map((d) => [d.eventType, d.status, d.attempts, d.lastError]))}`);
  });
  return last;
}

export const codes = (errors: { extensions?: { code?: string } }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
