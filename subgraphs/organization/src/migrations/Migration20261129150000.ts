import { Migration } from '@mikro-orm/migrations';

/** The directory also keeps each user's display name, so invitations can say who invited whom. */
export class Migration20261129150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization"."user_directory" add column "name" text null`);
  }
}
