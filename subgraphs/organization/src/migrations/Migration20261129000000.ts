import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql, sqlList } from '@guildhall/kernel';
import { MEMBER_STATUSES, ROLES } from '@guildhall/roles';
import { ORGANIZATION_STATUSES } from '../domain/organization-status.js';

export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organization"."organization" (
      "id" uuid primary key,
      "name" text not null,
      "slug" text not null unique,
      "status" text not null check ("status" in (${sqlList(ORGANIZATION_STATUSES)})),
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now())`);
    this.addSql(`create table "organization"."membership" (
      "id" uuid primary key,
      "organization_id" uuid not null references "organization"."organization" ("id"),
      "user_id" uuid not null,
      "role" text not null check ("role" in (${sqlList(ROLES)})),
      "status" text not null check ("status" in (${sqlList(MEMBER_STATUSES)})),
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      unique ("organization_id", "user_id"))`);
    this.addSql(`create index "membership_user_id_idx" on "organization"."membership" ("user_id")`);
    this.addSql(`create index "membership_page_idx" on "organization"."membership" ("organization_id", "created_at", "id")`);
    for (const sql of eventTablesSql('organization')) this.addSql(sql);
  }
}
