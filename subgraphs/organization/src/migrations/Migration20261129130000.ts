import { Migration } from '@mikro-orm/migrations';
import { sqlList } from '@guildhall/kernel';
import { ROLES } from '@guildhall/roles';
import { INVITATION_STATUSES } from '../domain/invitation.js';

/** Invitations: a token (kept as its SHA-256) that lets one email join an org with a role. */
export class Migration20261129130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organization"."invitation" (
      "id" uuid primary key,
      "organization_id" uuid not null references "organization"."organization" ("id"),
      "email" text not null check ("email" = lower("email")),
      "role" text not null check ("role" in (${sqlList(ROLES)})),
      "status" text not null check ("status" in (${sqlList(INVITATION_STATUSES)})),
      "token_hash" text not null unique check ("token_hash" ~ '^[0-9a-f]{64}$'),
      "invited_by" uuid not null,
      "expires_at" timestamptz(3) not null,
      "accepted_by" uuid null,
      "accepted_at" timestamptz(3) null,
      "created_at" timestamptz(3) not null default now(),
      "updated_at" timestamptz(3) not null default now())`);
    // one open invitation per person and org; accepted, revoked and expired ones stay as history
    this.addSql(`create unique index "invitation_one_pending_idx" on "organization"."invitation" ("organization_id", "email") where "status" = 'PENDING'`);
    this.addSql(`create index "invitation_page_idx" on "organization"."invitation" ("organization_id", "created_at", "id")`);
    this.addSql(`create index "invitation_due_idx" on "organization"."invitation" ("expires_at") where "status" = 'PENDING'`);
  }
}
