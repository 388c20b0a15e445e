import { Migration } from '@mikro-orm/migrations';

/**
 * DPDP §12 erasure: a directory row that was erased keeps the replacements and `erased_at`, and a late
 * `identity.user.registered` may not write the person back into it.
 */
export class Migration20261201010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization"."user_directory" add column "erased_at" timestamptz(3) null`);
  }
}
