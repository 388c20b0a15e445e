import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@guildhall/kernel';

export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."user" (
      "id" uuid primary key,
      "email" text not null unique,
      "name" text not null,
      "password_hash" text null,
      "platform_admin" boolean not null default false,
      "created_at" timestamptz(3) not null default now())`);
    this.addSql(`create table "identity"."session" (
      "id" uuid primary key,
      "token_hash" text not null unique,
      "user_id" uuid not null references "identity"."user" ("id") on delete cascade,
      "created_at" timestamptz(3) not null default now(),
      "expires_at" timestamptz(3) not null,
      "revoked_at" timestamptz(3) null,
      "ip" text null,
      "user_agent" text null)`);
    this.addSql(`create index "session_user_id_idx" on "identity"."session" ("user_id")`);
    // fixed-window counters for sign-in throttling, shared by every identity instance
    this.addSql(`create table "identity"."sign_in_throttle" (
      "bucket" text primary key,
      "window_started_at" timestamptz(3) not null,
      "failures" integer not null)`);
    for (const sql of eventTablesSql('identity')) this.addSql(sql);
  }
}
