import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { MEMBER_STATUSES, ROLES, type MemberStatus, type Role } from '@guildhall/roles';
import { ERROR_CODES, type ErrorCode } from '../errors/error-codes.js';
import type { UserErrorValue } from '../errors/user-error.js';

/** GraphQL enums generated from the one TypeScript source, identical in every subgraph. */
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** A GraphQL enum made from a domain's list of values, so the schema and the code cannot drift apart. */
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description?: string): { [K in T]: K } {
  const e = asEnum(values);
  registerEnumType(e, { name, description });
  return e;
}

export const RoleEnum = asEnum(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'A member role. Rank orders roles for hierarchy only; access comes from capabilities.' });

export const MemberStatusEnum = asEnum(MEMBER_STATUSES);
registerEnumType(MemberStatusEnum, { name: 'MemberStatus' });

export const ErrorCodeEnum = asEnum(ERROR_CODES);
registerEnumType(ErrorCodeEnum, { name: 'ErrorCode', description: 'The closed set of error codes shared by the whole graph.' });

@ObjectType({ description: 'An expected failure of a mutation; `field` is the path of the input that caused it.' })
@Directive('@shareable')
export class UserError implements UserErrorValue {
  @Field(() => ErrorCodeEnum)
  code!: ErrorCode;

  @Field(() => [String], { nullable: true })
  field!: string[] | null;

  @Field(() => String)
  message!: string;
}

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export type { Role, MemberStatus };
