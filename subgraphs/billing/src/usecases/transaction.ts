import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, succeed, UserErrorsThrown, type Outcome } from '@guildhall/kernel';

/** Runs a money change in one transaction: a refusal (UserErrorsThrown) rolls everything back. */
export async function inTransaction<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<Outcome<T>> {
  try {
    return succeed(
      await em.transactional(async (tx) => {
        const value = await work(tx);
        await tx.flush(); // the events recorded along the way commit with the change
        return value;
      }),
    );
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}
