import { Migration } from '@mikro-orm/migrations';

/** The audit log's diff, filters and retention; maintenance windows. */
export class Migration20261211093000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "compliance"."audit_entry" add column "changes" jsonb null`);
    // the filters of Organization.auditLog, each keyset-ordered like the log itself
    this.addSql(`create index "audit_entry_org_category_idx" on "compliance"."audit_entry" ("organization_id", "category", "occurred_at" desc, "id" desc)`);
    this.addSql(`create index "audit_entry_org_actor_idx" on "compliance"."audit_entry" ("organization_id", "actor_id", "occurred_at" desc, "id" desc)`);
    this.addSql(`create index "audit_entry_org_target_idx" on "compliance"."audit_entry" ("organization_id", "target_type", "target_id", "occurred_at" desc, "id" desc)`);
    // retention deletes by category and age
    this.addSql(`create index "audit_entry_retention_idx" on "compliance"."audit_entry" ("category", "occurred_at")`);
    // append-only, deletes included: only the retention job, which sets compliance.pruning for its
    // transaction, may delete entries (a guard against application code, not against a DBA)
    this.addSql(`create function "compliance"."audit_entry_delete_guard"() returns trigger language plpgsql as $$
      begin
        if coalesce(current_setting('compliance.pruning', true), '') = 'on' then return null; end if;
        raise exception 'audit entries are deleted only by retention pruning';
      end $$`);
    this.addSql(`create trigger "audit_entry_no_delete" before delete on "compliance"."audit_entry"
      for each statement execute function "compliance"."audit_entry_delete_guard"()`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "compliance"."audit_entry"
      for each statement execute function "compliance"."audit_entry_delete_guard"()`);

    this.addSql(`create table "compliance"."maintenance_window" (
      "id" uuid primary key,
      "organization_id" uuid null,
      "starts_at" timestamptz(3) not null,
      "ends_at" timestamptz(3) not null,
      "message" text not null,
      "created_by" text not null,
      "created_at" timestamptz(3) not null default now(),
      "cancelled_at" timestamptz(3) null,
      check ("ends_at" > "starts_at"))`);
    this.addSql(`create index "maintenance_window_open_idx" on "compliance"."maintenance_window" ("ends_at") where "cancelled_at" is null`);
  }
}
