import { Migration } from '@mikro-orm/migrations';
import { sqlList } from '@guildhall/kernel';
import { ERASURE_STATUSES } from '../domain/erasure-request.js';

/**
 * DPDP §12 erasure requests. Ids only: the person is `user_id` (their records elsewhere keep it, and
 * after erasure it points at nothing personal), `pseudonym_id` is sha256(user id + salt). One open
 * request per person (the partial unique index decides races); each context's report is a timestamp.
 */
export class Migration20261201010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "compliance"."erasure_request" (
      "id" uuid primary key,
      "user_id" uuid not null,
      "status" text not null check ("status" in (${sqlList(ERASURE_STATUSES)})),
      "requested_at" timestamptz(3) not null default now(),
      "due_at" timestamptz(3) not null,
      "pseudonym_id" text null,
      "processed_by" uuid null,
      "processed_at" timestamptz(3) null,
      "rejected_by" uuid null,
      "rejected_at" timestamptz(3) null,
      "rejection_reason" text null,
      "identity_erased_at" timestamptz(3) null,
      "organization_erased_at" timestamptz(3) null,
      "completed_at" timestamptz(3) null,
      "ownerless_organization_ids" uuid[] not null default '{}',
      "sla_warned_at" timestamptz(3) null,
      constraint "erasure_request_rejected_has_reason" check ("status" <> 'REJECTED' or ("rejection_reason" is not null and "rejected_at" is not null)),
      constraint "erasure_request_processed_has_pseudonym" check ("status" not in ('IN_PROGRESS', 'COMPLETED') or ("pseudonym_id" is not null and "processed_at" is not null)))`);
    this.addSql(`create unique index "erasure_request_one_open_idx" on "compliance"."erasure_request" ("user_id") where "status" in ('PENDING', 'IN_PROGRESS')`);
    this.addSql(`create index "erasure_request_queue_idx" on "compliance"."erasure_request" ("status", "requested_at", "id")`);
    this.addSql(`create index "erasure_request_sla_idx" on "compliance"."erasure_request" ("due_at") where "status" in ('PENDING', 'IN_PROGRESS') and "sla_warned_at" is null`);
  }
}
