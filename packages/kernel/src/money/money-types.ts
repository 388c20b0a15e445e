import { Directive, Field, ObjectType } from 'type-graphql';
import { GraphQLScalarType, Kind } from 'graphql';

const toMinor = (value: unknown): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError('MinorUnits must be an integer within ±2^53.');
  return value;
};

/** Whole minor units (paise, cents). GraphQL's Int stops at 2^31, about ₹2.1 crore: too small for money. */
export const MinorUnits = new GraphQLScalarType({
  name: 'MinorUnits',
  description: "An amount in the currency's minor units (paise, cents): an integer within ±2^53.",
  serialize: (value) => toMinor(typeof value === 'string' ? Number(value) : value),
  parseValue: toMinor,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new TypeError('MinorUnits must be an integer literal.');
    return toMinor(Number(ast.value));
  },
});

@ObjectType({ description: 'An amount of money: integer minor units and an ISO 4217 currency.' })
@Directive('@shareable')
export class Money {
  @Field(() => MinorUnits)
  amountMinor!: number;

  @Field(() => String)
  currency!: string;
}

export const money = (amountMinor: number | string, currency: string): Money => ({ amountMinor: Number(amountMinor), currency: currency.trim() });
