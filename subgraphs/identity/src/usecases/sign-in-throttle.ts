import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_THROTTLE, emailBucket, ipBucket, retryAfterSeconds, type ThrottlePolicy } from '../domain/throttle.js';

type Row = { bucket: string; window_started_at: Date; failures: number };

/** Seconds the caller must wait before trying this email from this IP again (0 = go ahead). */
export async function signInRetryAfter(em: EntityManager, email: string, ip: string | null, policy: ThrottlePolicy = DEFAULT_THROTTLE) {
  const buckets = [emailBucket(email), ...(ip ? [ipBucket(ip)] : [])];
  const rows = await em.execute<Row[]>(
    `select bucket, window_started_at, failures from "identity"."sign_in_throttle"
      where bucket in (${buckets.map(() => '?').join(',')}) and window_started_at > now() - make_interval(secs => ?)`,
    [...buckets, policy.windowSeconds],
  );
  const now = new Date();
  const of = (bucket: string) => {
    const row = rows.find((r) => r.bucket === bucket);
    return row && { windowStartedAt: new Date(row.window_started_at), failures: Number(row.failures) };
  };
  return Math.max(
    retryAfterSeconds(of(emailBucket(email)), policy.maxFailuresPerEmail, policy, now),
    ip ? retryAfterSeconds(of(ipBucket(ip)), policy.maxFailuresPerIp, policy, now) : 0,
  );
}

export async function recordSignInFailure(em: EntityManager, email: string, ip: string | null, policy: ThrottlePolicy = DEFAULT_THROTTLE) {
  for (const bucket of [emailBucket(email), ...(ip ? [ipBucket(ip)] : [])]) {
    // one statement: concurrent failures count exactly, and an old window restarts at 1
    await em.execute(
      `insert into "identity"."sign_in_throttle" as t (bucket, window_started_at, failures) values (?, now(), 1)
       on conflict (bucket) do update set
         failures = case when t.window_started_at <= now() - make_interval(secs => ?) then 1 else t.failures + 1 end,
         window_started_at = case when t.window_started_at <= now() - make_interval(secs => ?) then now() else t.window_started_at end`,
      [bucket, policy.windowSeconds, policy.windowSeconds],
      'run',
    );
  }
}

export async function clearSignInFailures(em: EntityManager, email: string) {
  await em.execute(`delete from "identity"."sign_in_throttle" where bucket = ?`, [emailBucket(email)], 'run');
}
