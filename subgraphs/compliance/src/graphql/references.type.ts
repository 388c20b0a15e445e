import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Organizations belong to the organization subgraph; compliance adds their audit log. */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}

/** Users belong to identity; compliance only points at them. */
@ObjectType('User')
@Directive('@key(fields: "id", resolvable: false)')
export class UserRef {
  @Field(() => ID)
  id!: string;
}
