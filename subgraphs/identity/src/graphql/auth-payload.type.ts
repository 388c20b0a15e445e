import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '@guildhall/kernel';
import { User } from './user.type.js';

@ObjectType({ description: 'The result of signing up or in. The session is set as an httpOnly cookie.' })
export class AuthPayload {
  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => String, { nullable: true, description: 'The bearer token, only when `deliverToken` was asked for (API clients).' })
  sessionToken!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SignOutPayload {
  @Field(() => Int, { description: 'How many sessions were revoked.' })
  revokedSessions!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
