import { Migration } from '@mikro-orm/migrations';

/**
 * DPDP §12 erasure: an erased user keeps their row (their id is the key of payments, invoices and
 * payouts elsewhere) with the name and email replaced, and the pseudonymous id they are kept under.
 */
export class Migration20261201010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "identity"."user"
      add column "erased_at" timestamptz(3) null,
      add column "pseudonym_id" text null unique,
      add constraint "user_erased_has_pseudonym" check ("erased_at" is null or "pseudonym_id" is not null)`);
    // sign-in throttle buckets are now keyed by the email's SHA-256 (domain/throttle.ts): drop the old
    // plain-address rows (at worst a throttle window restarts) so the table holds no email at all
    this.addSql(`delete from "identity"."sign_in_throttle" where "bucket" like 'email:%@%'`);
  }
}
