import { Migration } from '@mikro-orm/migrations';
import { sqlList } from '@guildhall/kernel';
import { OBLIGATION_KINDS } from '../domain/member-obligations.js';

/** A program assignment ends with the membership (billing revokes it), so it no longer holds up a removal. */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from "organization"."member_obligation" where "kind" = 'LICENSED_SEAT'`);
    this.addSql(`alter table "organization"."member_obligation" drop constraint "member_obligation_kind_check",
      add constraint "member_obligation_kind_check" check ("kind" in (${sqlList(OBLIGATION_KINDS)}))`);
  }
}
