import { Migration } from '@mikro-orm/migrations';
import { sqlList } from '@guildhall/kernel';
import { WEBHOOK_ATTEMPT_OUTCOMES, WEBHOOK_DELIVERY_STATUSES, WEBHOOK_ENDPOINT_STATUSES } from '../domain/webhook-endpoint-rules.js';

/** Outbound webhooks: endpoints per org, one delivery per (endpoint, event), and the log of attempts. */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "compliance"."webhook_endpoint" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "url" text not null,
      "description" text null,
      "event_types" text[] not null check (cardinality("event_types") > 0),
      "status" text not null check ("status" in (${sqlList(WEBHOOK_ENDPOINT_STATUSES)})),
      "disabled_reason" text null,
      "secret_sealed" text not null,
      "previous_secret_sealed" text null,
      "previous_secret_expires_at" timestamptz(3) null,
      "secret_rotated_at" timestamptz(3) null,
      "created_by_user_id" uuid not null,
      "creator_role" text not null,
      "consecutive_failures" int not null default 0,
      "consecutive_permanent_failures" int not null default 0,
      "failing_started_at" timestamptz(3) null,
      "last_success_at" timestamptz(3) null,
      "last_failure_at" timestamptz(3) null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      check (("previous_secret_sealed" is null) = ("previous_secret_expires_at" is null)))`);
    this.addSql(`create index "webhook_endpoint_org_idx" on "compliance"."webhook_endpoint" ("organization_id", "created_at")`);
    this.addSql(`create table "compliance"."webhook_delivery" (
      "id" uuid primary key,
      "endpoint_id" uuid not null references "compliance"."webhook_endpoint" ("id") on delete cascade,
      "organization_id" uuid not null,
      "event_id" uuid not null,
      "event_type" text not null,
      "payload" json not null,
      "status" text not null check ("status" in (${sqlList(WEBHOOK_DELIVERY_STATUSES)})),
      "attempts" int not null default 0,
      "next_attempt_at" timestamptz(3) null,
      "lease_expires_at" timestamptz(3) null,
      "last_attempt_at" timestamptz(3) null,
      "last_http_status" int null,
      "last_latency_ms" int null,
      "last_error" text null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      unique ("endpoint_id", "event_id"),
      check ("status" <> 'PENDING' or "next_attempt_at" is not null))`);
    // the delivery job's scan: due PENDING rows only
    this.addSql(`create index "webhook_delivery_due_idx" on "compliance"."webhook_delivery" ("next_attempt_at") where "status" = 'PENDING'`);
    // the delivery log, newest first, per endpoint (and per status)
    this.addSql(`create index "webhook_delivery_page_idx" on "compliance"."webhook_delivery" ("endpoint_id", "created_at" desc, "id" desc)`);
    this.addSql(`create index "webhook_delivery_status_page_idx" on "compliance"."webhook_delivery" ("endpoint_id", "status", "created_at" desc, "id" desc)`);
    this.addSql(`create table "compliance"."webhook_attempt" (
      "id" uuid primary key,
      "delivery_id" uuid not null references "compliance"."webhook_delivery" ("id") on delete cascade,
      "attempt" int not null,
      "attempted_at" timestamptz(3) not null,
      "http_status" int null,
      "latency_ms" int not null,
      "error" text null,
      "outcome" text not null check ("outcome" in (${sqlList(WEBHOOK_ATTEMPT_OUTCOMES)})))`);
    this.addSql(`create index "webhook_attempt_delivery_idx" on "compliance"."webhook_attempt" ("delivery_id", "attempted_at")`);
  }
}
