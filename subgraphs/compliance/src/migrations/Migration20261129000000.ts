import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql, sqlList } from '@guildhall/kernel';
import { AUDIT_CATEGORIES } from '../domain/audit-catalog.js';

export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "compliance"."audit_entry" (
      "id" uuid primary key,
      "organization_id" uuid null,
      "category" text not null check ("category" in (${sqlList(AUDIT_CATEGORIES)})),
      "action" text not null,
      "actor_kind" text not null,
      "actor_id" text null,
      "target_type" text not null,
      "target_id" text not null,
      "event_id" uuid not null unique,
      "event_type" text not null,
      "ip" text null,
      "user_agent" text null,
      "metadata" jsonb not null,
      "occurred_at" timestamptz(3) not null,
      "recorded_at" timestamptz(3) not null default now())`);
    this.addSql(`create index "audit_entry_org_page_idx" on "compliance"."audit_entry" ("organization_id", "occurred_at" desc, "id" desc)`);
    // append-only: entries are never edited (retention may delete whole rows, never rewrite them)
    this.addSql(`create function "compliance"."audit_entry_immutable"() returns trigger language plpgsql as $$
      begin raise exception 'audit entries are append-only'; end $$`);
    this.addSql(`create trigger "audit_entry_no_update" before update on "compliance"."audit_entry"
      for each row execute function "compliance"."audit_entry_immutable"()`);
    for (const sql of eventTablesSql('compliance')) this.addSql(sql);
  }
}
