/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ActivityEntry on AuditEntry {\n  id\n  category\n  action\n  actorType\n  targetType\n  targetId\n  occurredAt\n  actor {\n    id\n    name\n  }\n  changes {\n    field\n    before\n    after\n  }\n}\n\nquery RecentActivity($organizationId: ID!) {\n  organization(id: $organizationId) {\n    id\n    auditLog(first: 10) {\n      nodes {\n        ...ActivityEntry\n      }\n    }\n  }\n}\n\nsubscription OrganizationActivity($organizationId: ID!) {\n  organizationActivity(organizationId: $organizationId) {\n    ...ActivityEntry\n  }\n}": typeof types.ActivityEntryFragmentDoc,
    "query OrganizationHome($organizationId: ID!, $finance: Boolean!) {\n  organization(id: $organizationId) {\n    id\n    name\n    status\n    seatsTotal\n    seatsUsed\n    members(status: ACTIVE, first: 1) {\n      totalCount\n    }\n    billingAccount @include(if: $finance) {\n      id\n      mode\n      creditBalance {\n        amountMinor\n        currency\n      }\n      unbilledCharges {\n        amountMinor\n        currency\n      }\n      invoices(first: 50) {\n        nodes {\n          id\n          number\n          status\n          outstanding {\n            amountMinor\n            currency\n          }\n          dueDate\n        }\n      }\n    }\n  }\n}": typeof types.OrganizationHomeDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    organization {\n      id\n      name\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.CreateOrganizationDocument,
    "query Session {\n  viewer {\n    id\n    name\n    email\n    organizations {\n      id\n      name\n      slug\n      status\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n  activeMaintenance {\n    id\n    message\n    endsAt\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      id\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    revokedSessions\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}\n\nquery SsoCheck($email: String!) {\n  ssoCheck(email: $email) {\n    ssoAvailable\n    enforced\n    startPath\n  }\n}": typeof types.SessionDocument,
};
const documents: Documents = {
    "fragment ActivityEntry on AuditEntry {\n  id\n  category\n  action\n  actorType\n  targetType\n  targetId\n  occurredAt\n  actor {\n    id\n    name\n  }\n  changes {\n    field\n    before\n    after\n  }\n}\n\nquery RecentActivity($organizationId: ID!) {\n  organization(id: $organizationId) {\n    id\n    auditLog(first: 10) {\n      nodes {\n        ...ActivityEntry\n      }\n    }\n  }\n}\n\nsubscription OrganizationActivity($organizationId: ID!) {\n  organizationActivity(organizationId: $organizationId) {\n    ...ActivityEntry\n  }\n}": types.ActivityEntryFragmentDoc,
    "query OrganizationHome($organizationId: ID!, $finance: Boolean!) {\n  organization(id: $organizationId) {\n    id\n    name\n    status\n    seatsTotal\n    seatsUsed\n    members(status: ACTIVE, first: 1) {\n      totalCount\n    }\n    billingAccount @include(if: $finance) {\n      id\n      mode\n      creditBalance {\n        amountMinor\n        currency\n      }\n      unbilledCharges {\n        amountMinor\n        currency\n      }\n      invoices(first: 50) {\n        nodes {\n          id\n          number\n          status\n          outstanding {\n            amountMinor\n            currency\n          }\n          dueDate\n        }\n      }\n    }\n  }\n}": types.OrganizationHomeDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    organization {\n      id\n      name\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}": types.CreateOrganizationDocument,
    "query Session {\n  viewer {\n    id\n    name\n    email\n    organizations {\n      id\n      name\n      slug\n      status\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n  activeMaintenance {\n    id\n    message\n    endsAt\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      id\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    revokedSessions\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}\n\nquery SsoCheck($email: String!) {\n  ssoCheck(email: $email) {\n    ssoAvailable\n    enforced\n    startPath\n  }\n}": types.SessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivityEntry on AuditEntry {\n  id\n  category\n  action\n  actorType\n  targetType\n  targetId\n  occurredAt\n  actor {\n    id\n    name\n  }\n  changes {\n    field\n    before\n    after\n  }\n}\n\nquery RecentActivity($organizationId: ID!) {\n  organization(id: $organizationId) {\n    id\n    auditLog(first: 10) {\n      nodes {\n        ...ActivityEntry\n      }\n    }\n  }\n}\n\nsubscription OrganizationActivity($organizationId: ID!) {\n  organizationActivity(organizationId: $organizationId) {\n    ...ActivityEntry\n  }\n}"): typeof import('./graphql.js').ActivityEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationHome($organizationId: ID!, $finance: Boolean!) {\n  organization(id: $organizationId) {\n    id\n    name\n    status\n    seatsTotal\n    seatsUsed\n    members(status: ACTIVE, first: 1) {\n      totalCount\n    }\n    billingAccount @include(if: $finance) {\n      id\n      mode\n      creditBalance {\n        amountMinor\n        currency\n      }\n      unbilledCharges {\n        amountMinor\n        currency\n      }\n      invoices(first: 50) {\n        nodes {\n          id\n          number\n          status\n          outstanding {\n            amountMinor\n            currency\n          }\n          dueDate\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').OrganizationHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    organization {\n      id\n      name\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}"): typeof import('./graphql.js').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Session {\n  viewer {\n    id\n    name\n    email\n    organizations {\n      id\n      name\n      slug\n      status\n      viewerMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n  activeMaintenance {\n    id\n    message\n    endsAt\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      id\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    revokedSessions\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}\n\nquery SsoCheck($email: String!) {\n  ssoCheck(email: $email) {\n    ssoAvailable\n    enforced\n    startPath\n  }\n}"): typeof import('./graphql.js').SessionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
