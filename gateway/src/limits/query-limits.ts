import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Depth and cost limits, checked before any subgraph is called. Cost counts one per field and
 * multiplies a list's subtree by its page size (`first`, else an assumed 20); introspection is free.
 */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

const ASSUMED_LIST_SIZE = 20;

export function measureOperation(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): { depth: number; cost: number } {
  // `page`: the page size of the connection this selection set belongs to (`members(first: 100) { nodes }`)
  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType, depth: number, seen: Set<string>, page?: number): { depth: number; cost: number } => {
    let maxDepth = depth;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        let fieldCost = 1;
        let fieldDepth = depth + 1;
        if (selection.selectionSet) {
          const child = getNamedType(field.type) as GraphQLCompositeType;
          const list = isListType(getNullableType(field.type));
          const size = pageArgument(selection.arguments ?? [], variables);
          // a connection's `first` sizes the list inside it; priced at the assumed size, first: 100 cost as much as first: 20
          const inner = visit(selection.selectionSet, child, depth + 1, seen, list ? undefined : size);
          const multiplier = list ? (size ?? page ?? ASSUMED_LIST_SIZE) : 1;
          fieldCost += multiplier * inner.cost;
          fieldDepth = inner.depth;
        }
        cost += fieldCost;
        maxDepth = Math.max(maxDepth, fieldDepth);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
        if (!fragment) continue;
        const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : '';
        if (key && seen.has(key)) continue; // cycles are a validation error of their own
        const typeName = fragment.typeCondition?.name.value;
        const type = (typeName ? schema.getType(typeName) : parent) as GraphQLCompositeType;
        const inner = visit(fragment.selectionSet, type ?? parent, depth, key ? new Set([...seen, key]) : seen, page);
        cost += inner.cost;
        maxDepth = Math.max(maxDepth, inner.depth);
      }
    }
    return { depth: maxDepth, cost };
  };
  return visit(selectionSet, rootType, 0, new Set());
}

/** The page size a field asks for (`first`, else `limit`), when it names one the rule can read. */
function pageArgument(args: readonly { name: { value: string }; value: ValueNode }[], variables: Record<string, unknown>): number | undefined {
  const first = args.find((a) => a.name.value === 'first' || a.name.value === 'limit');
  if (!first) return undefined;
  if (first.value.kind === Kind.INT) return Number(first.value.value);
  if (first.value.kind === Kind.VARIABLE) {
    const value = variables[first.value.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/**
 * Checks an operation once its variables are known (page sizes passed as `first: $n` count), so the
 * gateway refuses it before planning or calling any subgraph.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): GraphQLError | null {
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const { depth, cost } = measureOperation(schema, operation.selectionSet, root, fragments, variables);
  const http = { status: 400 };
  if (depth > limits.maxDepth) {
    return new GraphQLError(`Query is too deep: ${depth} levels, at most ${limits.maxDepth} allowed.`, { nodes: [operation], extensions: { code: 'QUERY_TOO_COMPLEX', depth, maxDepth: limits.maxDepth, http } });
  }
  if (cost > limits.maxCost) {
    return new GraphQLError(`Query is too costly: ${cost} points, at most ${limits.maxCost} allowed.`, { nodes: [operation], extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: limits.maxCost, http } });
  }
  return null;
}
