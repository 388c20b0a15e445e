import {
  Kind,
  OperationTypeNode,
  print,
  separateOperations,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

export const EVENT_ID_VARIABLE = '_eventId';

export interface EventQuery {
  /** The query re-run for each event, with the client's selection set and fragments. */
  query: string;
  /** The client's root field as written: its response key and arguments. */
  rootField: FieldNode;
  responseKey: string;
  /** The client's variables that the event query still uses. */
  variableNames: string[];
}

/**
 * Turns `subscription { organizationActivity(organizationId: $o) { action actor { email } } }` into
 * `query SubscriptionEvent($_eventId: ID!) { organizationActivity: auditEntry(id: $_eventId) { action actor { email } } }`,
 * so each event is resolved by the federated executor, with query planning and every subgraph's rules.
 */
export function buildEventQuery(document: DocumentNode, operation: OperationDefinitionNode, queryField: string): EventQuery {
  const [rootField, ...extra] = operation.selectionSet.selections;
  if (!rootField || extra.length || rootField.kind !== Kind.FIELD) throw new Error('A subscription selects exactly one root field.');
  const responseKey = rootField.alias?.value ?? rootField.name.value;
  const eventField: FieldNode = {
    ...rootField,
    alias: { kind: Kind.NAME, value: responseKey },
    name: { kind: Kind.NAME, value: queryField },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'id' }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_ID_VARIABLE } } }],
  };
  const draft: OperationDefinitionNode = {
    ...operation,
    operation: OperationTypeNode.QUERY,
    name: { kind: Kind.NAME, value: 'SubscriptionEvent' },
    selectionSet: { ...operation.selectionSet, selections: [eventField] },
  };
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  // keep only the fragments the event query reaches
  const pruned = separateOperations({ kind: Kind.DOCUMENT, definitions: [draft, ...fragments] })['SubscriptionEvent']!;
  const used = new Set<string>();
  visit(pruned, { VariableDefinition: () => false, Variable: (node) => void used.add(node.name.value) });
  const variableNames = [...used].filter((name) => name !== EVENT_ID_VARIABLE);
  const definitions = pruned.definitions.map((definition) =>
    definition.kind !== Kind.OPERATION_DEFINITION
      ? definition
      : {
          ...definition,
          variableDefinitions: [
            {
              kind: Kind.VARIABLE_DEFINITION,
              variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_ID_VARIABLE } },
              type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
            },
            ...(definition.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value)),
          ],
        },
  );
  return { query: print({ kind: Kind.DOCUMENT, definitions } as DocumentNode), rootField, responseKey, variableNames };
}
