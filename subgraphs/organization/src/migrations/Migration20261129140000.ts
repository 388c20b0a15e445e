import { Migration } from '@mikro-orm/migrations';

/** The org's profile (tax identity for GST, MSME, address), billing contact, and its place in a hierarchy. */
export class Migration20261129140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization"."organization"
      add column "legal_name" text null,
      add column "gstin" text null,
      add column "pan_sealed" text null,
      add column "pan_last4" char(4) null,
      add column "msme_udyam" text null,
      add column "registered_address" jsonb null,
      add column "country" char(2) not null default 'IN',
      add column "timezone" text not null default 'Asia/Kolkata',
      add column "logo_url" text null,
      add column "billing_email" text null,
      add column "payment_terms_days" integer not null default 60 check ("payment_terms_days" between 0 and 180),
      add column "parent_id" uuid null references "organization"."organization" ("id"),
      add column "root_id" uuid null references "organization"."organization" ("id"),
      add column "depth" integer not null default 0 check ("depth" between 0 and 5),
      add constraint "organization_not_own_parent" check ("parent_id" is null or "parent_id" <> "id")`);
    this.addSql(`create index "organization_parent_idx" on "organization"."organization" ("parent_id")`);
    this.addSql(`create index "organization_directory_idx" on "organization"."organization" ("name", "id") where "status" = 'ACTIVE'`);
  }
}
