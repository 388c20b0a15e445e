import { checkParent, MAX_DEPTH } from './organization-hierarchy.js';

describe('organization hierarchy', () => {
  it('refuses a cycle: under itself or under one of its descendants', () => {
    expect(checkParent('a', ['a'], 0)[0]?.field).toEqual(['input', 'parentId']);
    expect(checkParent('a', ['c', 'b', 'a'], 0)).toHaveLength(1);
  });

  it('refuses to nest deeper than the maximum, counting the moved subtree', () => {
    expect(checkParent('x', ['p1', 'p2'], 2)).toEqual([]);
    expect(checkParent('x', Array.from({ length: MAX_DEPTH }, (_, i) => `p${i}`), 1)).toHaveLength(1);
  });
});
