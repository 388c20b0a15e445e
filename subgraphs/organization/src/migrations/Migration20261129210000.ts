import { Migration } from '@mikro-orm/migrations';

/**
 * SCIM provisioning: the IdP's view of a member (one per membership), its groups, and the OWNER's
 * mapping of a group to a role. `deleted_at`: the IdP deleted the user; the membership stays, suspended.
 */
export class Migration20261129210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organization"."scim_user" (
      "membership_id" uuid primary key references "organization"."membership" ("id"),
      "organization_id" uuid not null references "organization"."organization" ("id"),
      "user_name" text not null,
      "external_id" text null,
      "given_name" text null,
      "family_name" text null,
      "display_name" text null,
      "title" text null,
      "email" text not null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now(),
      "deleted_at" timestamptz(3) null)`);
    this.addSql(`create unique index "scim_user_user_name_key" on "organization"."scim_user" ("organization_id", "user_name") where "deleted_at" is null`);
    this.addSql(`create unique index "scim_user_external_id_key" on "organization"."scim_user" ("organization_id", "external_id") where "deleted_at" is null and "external_id" is not null`);
    this.addSql(`create table "organization"."scim_group" (
      "id" uuid primary key,
      "organization_id" uuid not null references "organization"."organization" ("id"),
      "display_name" text not null,
      "external_id" text null,
      "role" text null check ("role" in ('MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'EXPERT', 'SUPPORT', 'LEARNER')),
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now())`);
    this.addSql(`create unique index "scim_group_display_name_key" on "organization"."scim_group" ("organization_id", lower("display_name"))`);
    this.addSql(`create unique index "scim_group_external_id_key" on "organization"."scim_group" ("organization_id", "external_id") where "external_id" is not null`);
    this.addSql(`create table "organization"."scim_group_member" (
      "group_id" uuid not null references "organization"."scim_group" ("id") on delete cascade,
      "membership_id" uuid not null references "organization"."membership" ("id"),
      primary key ("group_id", "membership_id"))`);
    this.addSql(`create index "scim_group_member_membership_idx" on "organization"."scim_group_member" ("membership_id")`);
  }
}
