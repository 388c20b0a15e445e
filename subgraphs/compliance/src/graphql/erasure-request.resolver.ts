import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badCursor, decodeCursor, encodeCursor, pageSize } from '@guildhall/kernel';
import type { ErasureStatus } from '../domain/erasure-request.js';
import { listErasureRequests, myErasureRequest, processErasureRequest, rejectErasureRequest, requestErasure } from '../usecases/erasure-requests.js';
import type { ComplianceContext } from './loaders.js';
import {
  ErasureRequest,
  ErasureRequestConnection,
  ErasureRequestPayload,
  ErasureStatusEnum,
  ProcessErasureRequestInput,
  RejectErasureRequestInput,
  toErasureRequest,
} from './erasure-request.type.js';
import { UserRef } from './references.type.js';

/** DPDP §12: a person asks to be erased; platform administrators process or reject. */
@Resolver(() => ErasureRequest)
export class ErasureRequestResolver {
  @Mutation(() => ErasureRequestPayload, { description: 'The signed-in person asks to be erased. While a request of theirs is open, that one is returned.' })
  async requestErasure(@Ctx() ctx: ComplianceContext): Promise<ErasureRequestPayload> {
    const outcome = await requestErasure(ctx);
    return outcome.ok ? { erasureRequest: toErasureRequest(outcome.value.request), userErrors: [] } : { erasureRequest: null, userErrors: outcome.errors };
  }

  @Query(() => ErasureRequest, { nullable: true, description: 'The signed-in person’s open erasure request, else their latest one.' })
  async myErasureRequest(@Ctx() ctx: ComplianceContext): Promise<ErasureRequest | null> {
    const row = await myErasureRequest(ctx);
    return row ? toErasureRequest(row) : null;
  }

  @Query(() => ErasureRequestConnection, { description: 'Platform administrators: erasure requests, oldest first.' })
  async erasureRequests(
    @Ctx() ctx: ComplianceContext,
    @Arg('status', () => ErasureStatusEnum, { nullable: true }) status?: ErasureStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ErasureRequestConnection> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (after && !cursor) throw badCursor('after');
    const rows = await listErasureRequests(ctx, { status: status ?? null }, limit, cursor ? [String(cursor[0]), String(cursor[1])] : null);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { nodes: page.map(toErasureRequest), pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.requestedAt.toISOString(), last.id]) : null } };
  }

  @Mutation(() => ErasureRequestPayload, { description: 'Platform administrators: PENDING → IN_PROGRESS; every context then erases the person.' })
  async processErasureRequest(@Arg('input', () => ProcessErasureRequestInput) input: ProcessErasureRequestInput, @Ctx() ctx: ComplianceContext): Promise<ErasureRequestPayload> {
    const outcome = await processErasureRequest(ctx, input);
    return outcome.ok ? { erasureRequest: toErasureRequest(outcome.value), userErrors: [] } : { erasureRequest: null, userErrors: outcome.errors };
  }

  @Mutation(() => ErasureRequestPayload, { description: 'Platform administrators: PENDING → REJECTED, with the reason.' })
  async rejectErasureRequest(@Arg('input', () => RejectErasureRequestInput) input: RejectErasureRequestInput, @Ctx() ctx: ComplianceContext): Promise<ErasureRequestPayload> {
    const outcome = await rejectErasureRequest(ctx, input);
    return outcome.ok ? { erasureRequest: toErasureRequest(outcome.value), userErrors: [] } : { erasureRequest: null, userErrors: outcome.errors };
  }

  @FieldResolver(() => UserRef, { description: 'The person (after erasure, an erased user).' })
  user(@Root() request: ErasureRequest): UserRef {
    return { id: request.userId };
  }
}
