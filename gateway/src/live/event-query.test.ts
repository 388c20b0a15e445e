import { buildSchema, getOperationAST, parse, validate, type DocumentNode } from 'graphql';
import { buildEventQuery, EVENT_ID_VARIABLE } from './event-query.js';

const schema = buildSchema(`
  type Query { auditEntry(id: ID!): AuditEntry }
  type Subscription { organizationActivity(organizationId: ID!, category: String): AuditEntry! }
  type AuditEntry { id: ID! action: String! category: String! actor: User organization: Organization }
  type User { id: ID! email: String! avatar(size: Int!): String }
  type Organization { id: ID! name: String! }
`);

function build(source: string, operationName?: string) {
  const document = parse(source);
  const operation = getOperationAST(document, operationName)!;
  const result = buildEventQuery(document, operation, 'auditEntry');
  return { ...result, document: parse(result.query) };
}

const operationOf = (document: DocumentNode) => getOperationAST(document, 'SubscriptionEvent')!;
const fragmentNames = (document: DocumentNode) => document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [d.name.value] : [])).sort();
const variableNames = (document: DocumentNode) => (operationOf(document).variableDefinitions ?? []).map((v) => v.variable.name.value);

describe('turning a subscription into its per-event query', () => {
  it('queries the event field by $_eventId under the subscription field name, keeping the selection', () => {
    const event = build(`subscription ($org: ID!) { organizationActivity(organizationId: $org) { action actor { email } } }`);
    const operation = operationOf(event.document);
    expect(operation.operation).toBe('query');
    expect(event.responseKey).toBe('organizationActivity');
    expect(event.rootField.name.value).toBe('organizationActivity');
    expect(event.query.replace(/\s+/g, ' ')).toContain(`organizationActivity: auditEntry(id: $${EVENT_ID_VARIABLE}) { action actor { email } }`);
    expect(variableNames(event.document)).toEqual([EVENT_ID_VARIABLE]);
    expect(validate(schema, event.document)).toEqual([]);
  });

  it('keeps the client alias as the response key, so results land where the client expects them', () => {
    const event = build(`subscription Feed($org: ID!) { feed: organizationActivity(organizationId: $org) { id } }`);
    expect(event.responseKey).toBe('feed');
    expect(event.rootField.alias?.value).toBe('feed');
    expect(event.query.replace(/\s+/g, ' ')).toContain(`feed: auditEntry(id: $${EVENT_ID_VARIABLE})`);
    expect(validate(schema, event.document)).toEqual([]);
  });

  it('keeps the fragments the selection reaches, directly or through other fragments, and prunes the rest', () => {
    const event = build(`subscription ($org: ID!) { organizationActivity(organizationId: $org) { ...Entry } }
      fragment Entry on AuditEntry { action actor { ...Person } }
      fragment Person on User { email }
      fragment Unused on Organization { name }`);
    expect(fragmentNames(event.document)).toEqual(['Entry', 'Person']);
    expect(validate(schema, event.document)).toEqual([]);
  });

  it('drops fragments only another operation of the document uses', () => {
    const event = build(
      `subscription Live($org: ID!) { organizationActivity(organizationId: $org) { ...Entry } }
       query Other { auditEntry(id: "x") { ...OtherOnly } }
       fragment Entry on AuditEntry { action }
       fragment OtherOnly on AuditEntry { category }`,
      'Live',
    );
    expect(fragmentNames(event.document)).toEqual(['Entry']);
    expect(event.document.definitions.filter((d) => d.kind === 'OperationDefinition')).toHaveLength(1);
    expect(validate(schema, event.document)).toEqual([]);
  });

  it('drops variables only the subscription arguments used and keeps those the selection uses', () => {
    const event = build(`subscription ($org: ID!, $category: String, $size: Int!, $withActor: Boolean!) {
        organizationActivity(organizationId: $org, category: $category) { action actor @include(if: $withActor) { ...Person } }
      }
      fragment Person on User { avatar(size: $size) }`);
    expect(event.variableNames.sort()).toEqual(['size', 'withActor']);
    expect(variableNames(event.document).sort()).toEqual([EVENT_ID_VARIABLE, 'size', 'withActor'].sort());
    const eventIdDefinition = operationOf(event.document).variableDefinitions!.find((v) => v.variable.name.value === EVENT_ID_VARIABLE)!;
    expect(eventIdDefinition.type).toMatchObject({ kind: 'NonNullType', type: { name: { value: 'ID' } } });
    expect(validate(schema, event.document)).toEqual([]);
  });

  it('refuses a subscription that selects more than one root field', () => {
    const document = parse(`subscription ($org: ID!) { a: organizationActivity(organizationId: $org) { id } b: organizationActivity(organizationId: $org) { id } }`);
    expect(() => buildEventQuery(document, getOperationAST(document)!, 'auditEntry')).toThrow('exactly one root field');
  });
});
