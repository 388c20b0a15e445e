import { userError, type UserErrorValue } from '@guildhall/kernel';

/** Orgs form trees (a group and its subsidiaries): no cycles, at most this deep. */
export const MAX_DEPTH = 5;

/**
 * May `childId` be placed under a parent whose chain of ancestors (parent first, root last) is
 * `parentAncestry`, given how deep the child's own subtree goes below it?
 */
export function checkParent(childId: string, parentAncestry: readonly string[], subtreeHeight: number): UserErrorValue[] {
  if (parentAncestry.includes(childId)) return [userError('BAD_USER_INPUT', ['input', 'parentId'], 'An organization cannot sit under itself or one of its own sub-organizations.')];
  if (parentAncestry.length + subtreeHeight > MAX_DEPTH) {
    return [userError('BAD_USER_INPUT', ['input', 'parentId'], `Organizations nest at most ${MAX_DEPTH} levels deep.`)];
  }
  return [];
}
