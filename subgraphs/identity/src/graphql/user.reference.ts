import { toUser } from './user.mapper.js';
import type { IdentityContext } from './loaders.js';

/** `_entities` for User: any signed-in caller may resolve the reference; field rules decide what it sees. */
export async function resolveUserReference(reference: { id: string }, context: IdentityContext) {
  const record = await context.loaders.userById.load(reference.id);
  return record ? toUser(record) : null;
}
