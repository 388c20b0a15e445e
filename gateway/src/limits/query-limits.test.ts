import { buildSchema, getOperationAST, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { checkQueryLimits, measureOperation } from './query-limits.js';

const schema = buildSchema(`
  type Query {
    organization(id: ID!): Organization
    organizations(first: Int): [Organization!]!
    me: User
  }
  type Organization {
    id: ID!
    name: String!
    owner: User
    members(first: Int, after: String): [Member!]!
    memberPage(first: Int, after: String): MemberConnection!
  }
  type MemberConnection { totalCount: Int! nodes: [Member!]! }
  type Member { id: ID! role: String! user: User }
  type User { id: ID! email: String! organizations(limit: Int): [Organization!]! }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return measureOperation(schema, operation.selectionSet, schema.getQueryType()!, fragments, variables);
}

const limitErrors = (query: string, limits: { maxDepth: number; maxCost: number }, variables: Record<string, unknown> = {}, operationName?: string) => {
  const document = parse(query);
  const error = checkQueryLimits(schema, document, getOperationAST(document, operationName)!, variables, limits);
  return error ? [error] : [];
};

describe('measuring an operation', () => {
  it('counts one point per field and the deepest path as depth', () => {
    expect(measure(`{ organization(id: "o") { id name } }`)).toEqual({ depth: 2, cost: 3 });
    expect(measure(`{ organization(id: "o") { id owner { email } } me { id } }`)).toEqual({ depth: 3, cost: 6 });
  });

  it('multiplies a list subtree by its `first` page size, nested lists compounding', () => {
    expect(measure(`{ organizations(first: 5) { id } }`)).toEqual({ depth: 2, cost: 1 + 5 * 1 });
    // members: 1 + 10 * 1; each organization: id + members = 12; organizations: 1 + 5 * 12
    expect(measure(`{ organizations(first: 5) { id members(first: 10) { id } } }`)).toEqual({ depth: 3, cost: 61 });
  });

  it('also honours `limit`, takes page sizes from variables, and assumes 20 when none is given', () => {
    expect(measure(`{ me { organizations(limit: 3) { id } } }`).cost).toBe(1 + (1 + 3 * 1));
    expect(measure(`query ($n: Int) { organizations(first: $n) { id } }`, { n: 7 }).cost).toBe(1 + 7 * 1);
    expect(measure(`query ($n: Int) { organizations(first: $n) { id } }`).cost).toBe(1 + 20 * 1);
    expect(measure(`{ organizations { id name } }`).cost).toBe(1 + 20 * 2);
  });

  it("prices a connection's list by the connection's `first`, also through a fragment", () => {
    // memberPage: 1 + (totalCount 1 + nodes (1 + 50 * 2))
    expect(measure(`{ organization(id: "o") { memberPage(first: 50) { totalCount nodes { id role } } } }`).cost).toBe(1 + (1 + (1 + (1 + 50 * 2))));
    expect(measure(`{ organization(id: "o") { memberPage(first: 50) { ...Page } } } fragment Page on MemberConnection { totalCount nodes { id role } }`).cost).toBe(
      1 + (1 + (1 + (1 + 50 * 2))),
    );
    expect(measure(`{ organization(id: "o") { memberPage { nodes { id } } } }`).cost).toBe(1 + (1 + (1 + 20 * 1)));
  });

  it('does not multiply a single object field', () => {
    expect(measure(`{ organization(id: "o") { owner { id email } } }`).cost).toBe(1 + (1 + 2));
  });

  it('counts fields reached through named and inline fragments as if written in place', () => {
    const inline = measure(`{ organizations(first: 2) { id owner { email organizations(limit: 4) { name } } } }`);
    const named = measure(`{ organizations(first: 2) { ...Org } }
      fragment Org on Organization { id owner { ...Owner } }
      fragment Owner on User { email organizations(limit: 4) { name } }`);
    const typed = measure(`{ organizations(first: 2) { ... on Organization { id owner { email ... { organizations(limit: 4) { name } } } } } }`);
    expect(inline).toEqual({ depth: 4, cost: 1 + 2 * (1 + (1 + 1 + (1 + 4 * 1))) });
    expect(named).toEqual(inline);
    expect(typed).toEqual(inline);
  });

  it('counts a fragment every time it is spread', () => {
    const once = measure(`{ organization(id: "o") { ...F } } fragment F on Organization { id name }`);
    const twice = measure(`{ organization(id: "o") { ...F } me { organizations(limit: 1) { ...F } } } fragment F on Organization { id name }`);
    expect(once.cost).toBe(3);
    expect(twice.cost).toBe(3 + (1 + (1 + 1 * 2)));
  });

  it('treats introspection fields as free', () => {
    expect(measure(`{ __schema { types { name fields { name type { name } } } } }`)).toEqual({ depth: 0, cost: 0 });
    expect(measure(`{ __typename organization(id: "o") { __typename id } }`)).toEqual({ depth: 2, cost: 2 });
  });

  it('terminates on a fragment cycle instead of recursing forever', () => {
    const result = measure(`{ me { ...U } } fragment U on User { organizations(limit: 1) { owner { ...U } } }`);
    // the inner spread of U is not followed again: me > organizations > owner
    expect(result).toEqual({ depth: 3, cost: 1 + (1 + 1 * (1 + 0)) });
  });
});

describe('checkQueryLimits', () => {
  it('passes an operation within both limits', () => {
    expect(limitErrors(`{ organization(id: "o") { id owner { email } } }`, { maxDepth: 3, maxCost: 10 })).toEqual([]);
  });

  it('refuses an operation deeper than allowed, with depth counted through fragments', () => {
    const errors = limitErrors(`{ organization(id: "o") { ...Deep } } fragment Deep on Organization { owner { organizations(limit: 1) { id } } }`, { maxDepth: 3, maxCost: 1000 });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', depth: 4, maxDepth: 3 });
  });

  it('refuses an operation costlier than allowed, counting a list without `first` as 20 items', () => {
    const errors = limitErrors(`{ organizations { id members { id } } }`, { maxDepth: 10, maxCost: 400 });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 1 + 20 * (1 + (1 + 20 * 1)), maxCost: 400 });
  });

  it('checks the operation being run, not the others of its document', () => {
    const document = `query Cheap { me { id } } query Costly { organizations(first: 100) { id name } }`;
    expect(limitErrors(document, { maxDepth: 10, maxCost: 50 }, {}, 'Cheap')).toEqual([]);
    expect(limitErrors(document, { maxDepth: 10, maxCost: 50 }, {}, 'Costly')[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 201 });
  });

  it('prices a page size passed as a variable at its value', () => {
    const query = `query ($n: Int) { organizations(first: $n) { id name } }`;
    expect(limitErrors(query, { maxDepth: 10, maxCost: 50 }, { n: 10 })).toEqual([]);
    expect(limitErrors(query, { maxDepth: 10, maxCost: 50 }, { n: 100 })[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 201 });
  });

  it('lets a large introspection query through', () => {
    expect(limitErrors(`{ __schema { types { name fields { name args { name type { name ofType { name } } } } } } }`, { maxDepth: 2, maxCost: 10 })).toEqual([]);
  });
});
