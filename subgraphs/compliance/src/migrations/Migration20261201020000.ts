import { Migration } from '@mikro-orm/migrations';
import { sqlList } from '@guildhall/kernel';
import { DATA_EXPORT_STATUSES } from '../domain/data-export.js';

/** Data exports (DPDP §11): one row per request, the sections as they arrive, the bundle's size and link expiry. */
export class Migration20261201020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "compliance"."data_export" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "requested_by" uuid not null,
      "notify_email" text null,
      "status" text not null check ("status" in (${sqlList(DATA_EXPORT_STATUSES)})),
      "schema_version" integer not null,
      "sections" jsonb not null default '{}',
      "bytes" bigint null,
      "failure" text null,
      "requested_at" timestamptz(3) not null default now(),
      "ready_at" timestamptz(3) null,
      "expires_at" timestamptz(3) null,
      "downloaded_at" timestamptz(3) null)`);
    this.addSql(`create index "data_export_org_idx" on "compliance"."data_export" ("organization_id", "requested_at" desc)`);
  }
}
