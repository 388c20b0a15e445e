import type { Consumer, DomainEvent } from '@guildhall/kernel';

/** Keeps the user directory (id ↔ email, name): adding a member by email looks it up, invitations name the inviter. */
export const trackUserWhenRegistered: Consumer = {
  name: 'organization.track-user-when-registered',
  on: ['identity.user.registered'],
  async handle(em, event) {
    const { userId, email, name } = (event as DomainEvent<'identity.user.registered'>).payload;
    await em.execute(
      `insert into "organization"."user_directory" (user_id, email, name) values (?, ?, ?)
       on conflict (user_id) do update set email = excluded.email, name = excluded.name, updated_at = now()
       where "user_directory".erased_at is null`, // an erased person is never written back
      [userId, email, name ?? null],
      'run',
    );
  },
};
