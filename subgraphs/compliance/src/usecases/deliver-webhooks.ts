import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, selectRows, type SubgraphServices } from '@guildhall/kernel';
import { disableReason, type WebhookAttemptOutcome, type WebhookDeliveryStatus } from '../domain/webhook-endpoint-rules.js';
import { WEBHOOK_PING_TYPE } from '../domain/webhook-event-types.js';
import { classifyAttempt, nextAttemptAt, parseRetryAfter } from '../domain/webhook-retry.js';
import { signingSecrets, webhookHeaders } from '../domain/webhook-signature.js';
import { postWebhook, type PostResult, type Resolve } from '../delivery/webhook-transport.js';
import { COMPLIANCE_CAUSE, DELIVERY, ENDPOINT, ATTEMPT, type WebhookDeliveryRow, type WebhookEndpointRow } from './webhook-store.js';

type Services = Pick<SubgraphServices, 'secrets' | 'webhooks'>;

/** A delivery claimed for one attempt, with what it takes to send it. */
export interface ClaimedDelivery extends WebhookDeliveryRow {
  endpointUrl: string;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: Date | null;
}

/** A claim outlives the attempt: its timeout and the time to record it. */
export const leaseMs = (services: Services) => services.webhooks.timeoutMs + 30_000;

/**
 * Claims due deliveries of ACTIVE endpoints (a PAUSED one's wait) for one attempt each: rows are
 * taken with SKIP LOCKED and leased (`lease_expires_at`), so several workers never send the same
 * attempt, and one that died mid-attempt leaves a lease that runs out and is claimed again. The
 * attempt is counted at the claim: a payload that crashes the sender cannot loop for ever.
 */
export async function claimDueDeliveries(em: EntityManager, services: Services, limit: number): Promise<ClaimedDelivery[]> {
  return selectRows<ClaimedDelivery>(
    em,
    `with due as (
       select d.id from ${DELIVERY} d join ${ENDPOINT} e on e.id = d.endpoint_id
        where d.status = 'PENDING' and d.next_attempt_at <= now() and (d.lease_expires_at is null or d.lease_expires_at <= now()) and e.status = 'ACTIVE'
        order by d.next_attempt_at limit ? for update of d skip locked)
     update ${DELIVERY} d set lease_expires_at = now() + make_interval(secs => ?), attempts = d.attempts + 1, updated_at = now()
       from due, ${ENDPOINT} e
      where d.id = due.id and e.id = d.endpoint_id
      returning d.*, e.url as endpoint_url, e.secret_sealed, e.previous_secret_sealed, e.previous_secret_expires_at`,
    [limit, leaseMs(services) / 1000],
  );
}

export interface AttemptOptions {
  now?: () => Date;
  random?: () => number;
  resolve?: Resolve;
}

/** Signs and sends one claimed attempt, then records what came of it. */
export async function attemptDelivery(em: EntityManager, services: Services, delivery: ClaimedDelivery, options: AttemptOptions = {}): Promise<WebhookDeliveryStatus | null> {
  const now = options.now ?? (() => new Date());
  const at = now();
  const previous = delivery.previousSecretSealed && delivery.previousSecretExpiresAt
    ? { secret: services.secrets.open(delivery.previousSecretSealed), expiresAt: delivery.previousSecretExpiresAt }
    : null;
  const body = JSON.stringify(delivery.payload);
  const headers = webhookHeaders({ id: delivery.eventId, body, secrets: signingSecrets(services.secrets.open(delivery.secretSealed), previous, at), at });
  const result = await postWebhook({ url: delivery.endpointUrl, body, headers: { ...headers }, timeoutMs: services.webhooks.timeoutMs, allowedHosts: services.webhooks.allowedHosts, ...(options.resolve ? { resolve: options.resolve } : {}) });
  return recordAttempt(em, services, delivery, result, { now: now(), random: options.random ?? Math.random });
}

/**
 * Records one attempt: the log row, the delivery's new state (delivered; another try at the
 * schedule's next time, never before the receiver's Retry-After; or FAILED, the dead letter, at
 * once for a permanent refusal), and the endpoint's health, which may disable it. Pings are tried
 * once and leave the endpoint's health alone. The endpoint is locked first, the deliveries after:
 * the same order as deleting and disabling.
 */
async function recordAttempt(em: EntityManager, services: Services, delivery: ClaimedDelivery, result: PostResult, clock: { now: Date; random: () => number }): Promise<WebhookDeliveryStatus | null> {
  const ping = delivery.eventType === WEBHOOK_PING_TYPE;
  const verdict = classifyAttempt(result);
  const retryAt = verdict === 'RETRYABLE' && !ping
    ? nextAttemptAt({ attempts: delivery.attempts, now: clock.now, retryAfterMs: parseRetryAfter(result.retryAfter, clock.now), random: clock.random, ...(services.webhooks.retryDelaysMs ? { delaysMs: services.webhooks.retryDelaysMs } : {}) })
    : null;
  const status: WebhookDeliveryStatus = verdict === 'SUCCEEDED' ? 'SUCCEEDED' : retryAt ? 'PENDING' : 'FAILED';
  const outcome: WebhookAttemptOutcome = status === 'PENDING' ? 'RETRY' : status;
  return em.fork().transactional(async (tx) => {
    const [endpoint] = await selectRows<WebhookEndpointRow>(tx, `select * from ${ENDPOINT} where id = ? for no key update`, [delivery.endpointId]);
    if (!endpoint) return null; // deleted meanwhile: its deliveries went with it
    const updated = await tx.execute<unknown[]>(
      `update ${DELIVERY} set status = ?, next_attempt_at = ?, lease_expires_at = null, last_attempt_at = ?, last_http_status = ?, last_latency_ms = ?, last_error = ?, updated_at = now()
        where id = ? returning 1`,
      [status, retryAt, clock.now, result.httpStatus, result.latencyMs, result.error, delivery.id],
    );
    if (!updated.length) return null;
    await tx.execute(
      `insert into ${ATTEMPT} (id, delivery_id, attempt, attempted_at, http_status, latency_ms, error, outcome) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), delivery.id, delivery.attempts, clock.now, result.httpStatus, result.latencyMs, result.error, outcome],
    );
    if (ping) return status;
    if (status === 'FAILED') {
      recordEvent(tx, COMPLIANCE_CAUSE, {
        type: 'compliance.webhook-delivery.failed',
        organizationId: delivery.organizationId,
        aggregateId: delivery.id,
        payload: { organizationId: delivery.organizationId, endpointId: delivery.endpointId, deliveryId: delivery.id, eventType: delivery.eventType, attempts: delivery.attempts },
      });
    }
    await updateHealth(tx, endpoint, verdict, clock.now);
    await tx.flush();
    return status;
  });
}

/** A success clears the endpoint's run of failures; a failure extends it, and a long or hopeless one disables the endpoint. */
async function updateHealth(tx: EntityManager, endpoint: WebhookEndpointRow, verdict: ReturnType<typeof classifyAttempt>, now: Date): Promise<void> {
  if (verdict === 'SUCCEEDED') {
    await tx.execute(`update ${ENDPOINT} set consecutive_failures = 0, consecutive_permanent_failures = 0, failing_started_at = null, last_success_at = ? where id = ?`, [now, endpoint.id]);
    return;
  }
  const [health] = await selectRows<Pick<WebhookEndpointRow, 'failingStartedAt' | 'consecutivePermanentFailures' | 'status'>>(
    tx,
    `update ${ENDPOINT} set consecutive_failures = consecutive_failures + 1, consecutive_permanent_failures = consecutive_permanent_failures + ?,
            failing_started_at = coalesce(failing_started_at, ?), last_failure_at = ?
      where id = ? returning failing_started_at, consecutive_permanent_failures, status`,
    [verdict === 'PERMANENT' ? 1 : 0, now, now, endpoint.id],
  );
  const reason = health && health.status === 'ACTIVE' ? disableReason({ failingSince: health.failingStartedAt, consecutivePermanentFailures: health.consecutivePermanentFailures }, now) : null;
  if (reason) await disableEndpoint(tx, endpoint, reason);
}

/**
 * Turns a failing endpoint off: its waiting deliveries become dead letters (redeliver them once it
 * is fixed and resumed), and the event tells the organization context to e-mail the org's OWNERs.
 */
async function disableEndpoint(tx: EntityManager, endpoint: WebhookEndpointRow, reason: string): Promise<void> {
  await tx.execute(`update ${ENDPOINT} set status = 'DISABLED', disabled_reason = ?, updated_at = now() where id = ?`, [reason, endpoint.id]);
  await tx.execute(
    `update ${DELIVERY} set status = 'FAILED', next_attempt_at = null, lease_expires_at = null, last_error = ?, updated_at = now() where endpoint_id = ? and status = 'PENDING'`,
    ['The endpoint was disabled before this delivery went out.', endpoint.id],
  );
  recordEvent(tx, COMPLIANCE_CAUSE, {
    type: 'compliance.webhook-endpoint.changed',
    organizationId: endpoint.organizationId,
    aggregateId: endpoint.id,
    payload: { organizationId: endpoint.organizationId, endpointId: endpoint.id, change: 'disabled' },
  });
}

export interface DeliveryRun {
  attempted: number;
  succeeded: number;
}

/**
 * The delivery job's body: keeps up to `concurrency` attempts in flight, claiming more as each
 * finishes, until nothing is due or the time budget is spent (one slow receiver holds one slot,
 * not the run). Failures to record are collected and rethrown at the end; their leases run out
 * and the next run tries again.
 */
export async function deliverDueWebhooks(em: EntityManager, services: Services, options: AttemptOptions & { concurrency?: number; budgetMs?: number } = {}): Promise<DeliveryRun> {
  const concurrency = options.concurrency ?? 16;
  const deadline = Date.now() + (options.budgetMs ?? 20_000);
  const run: DeliveryRun = { attempted: 0, succeeded: 0 };
  const failures: unknown[] = [];
  const inFlight = new Set<Promise<void>>();
  let drained = false;
  while (true) {
    if (!drained && inFlight.size < concurrency && Date.now() < deadline) {
      const want = concurrency - inFlight.size;
      const claimed = await claimDueDeliveries(em.fork(), services, want);
      if (claimed.length < want) drained = true;
      for (const delivery of claimed) {
        run.attempted += 1;
        const attempt: Promise<void> = attemptDelivery(em.fork(), services, delivery, options)
          .then((status) => void (status === 'SUCCEEDED' && (run.succeeded += 1)))
          .catch((error: unknown) => void failures.push(error))
          .finally(() => inFlight.delete(attempt));
        inFlight.add(attempt);
      }
      if (claimed.length) continue;
    }
    if (!inFlight.size) break;
    await Promise.race(inFlight);
  }
  if (failures.length) {
    const reasons = [...new Set(failures.map((e) => (e instanceof Error ? e.message : String(e))))].slice(0, 3).join('; ');
    throw new AggregateError(failures, `${failures.length} webhook attempt(s) could not be recorded (${reasons}); they are tried again when their lease runs out`);
  }
  return run;
}
