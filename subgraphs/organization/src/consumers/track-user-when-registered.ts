import type { Consumer, DomainEvent } from '@guildhall/kernel';

/** Keeps the user directory (id ↔ email) that adding a member by email looks up. */
export const trackUserWhenRegistered: Consumer = {
  name: 'organization.track-user-when-registered',
  on: ['identity.user.registered'],
  async handle(em, event) {
    const { userId, email } = (event as DomainEvent<'identity.user.registered'>).payload;
    await em.execute(
      `insert into "organization"."user_directory" (user_id, email) values (?, ?)
       on conflict (user_id) do update set email = excluded.email, updated_at = now()`,
      [userId, email],
      'run',
    );
  },
};
