import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_SEATS_TOTAL } from '../domain/seats.js';

/** Seats, sponsor/host capabilities, and the directory of users (id ↔ email) this context may look up. */
export class Migration20261129120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization"."organization"
      add column "seats_total" integer not null default ${DEFAULT_SEATS_TOTAL} check ("seats_total" >= 0),
      add column "seats_used" integer not null default 0 check ("seats_used" >= 0),
      add column "can_sponsor" boolean not null default true,
      add column "can_host" boolean not null default false,
      add constraint "organization_has_a_capability" check ("can_sponsor" or "can_host")`);
    // fed by identity's user events; the only personal data this context keeps
    this.addSql(`create table "organization"."user_directory" (
      "user_id" uuid primary key,
      "email" text not null unique,
      "updated_at" timestamptz(3) not null default now())`);
    this.addSql(`create index "membership_org_role_status_idx" on "organization"."membership" ("organization_id", "role", "status")`);
  }
}
