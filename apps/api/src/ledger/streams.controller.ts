import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore, RecordedEvent, validateStream } from '@ledger/event-store';
import { CaseNotFound, mayTakeWhole, STREAM_READERS } from '@ledger/governance';
import { AuthedRequest } from '../common/auth';
import { ReadAccess } from '../common/read-access';
import { QueryInt } from '../common/query-fields';

export class StreamPageQuery {
  @ApiPropertyOptional({ example: 0, description: 'First revision to return' })
  @QueryInt(0)
  from?: number;

  @ApiPropertyOptional({ example: 100, description: 'Page size (1-500)' })
  @QueryInt(1, 500)
  limit?: number;
}

export class StreamPageDto {
  @ApiProperty({ example: 'precept-cycle:kent-2013-14' }) stream!: string;
  @ApiProperty({
    description: 'Events with their full envelopes',
    type: [Object],
    example: [{ eventId: '01938a6e-7c1f-7b3e-9a53-2f3c0d9b1e77', type: 'PreceptVetoed', revision: '2' }],
  })
  events!: object[];
  @ApiProperty({
    type: String,
    format: 'uri-reference',
    example: '/v1/streams/precept-cycle:kent-2013-14?from=100&limit=100',
    nullable: true,
  })
  next!: string | null;
}

function envelopeJson(e: RecordedEvent) {
  return {
    eventId: e.eventId,
    stream: e.stream,
    revision: e.revision.toString(),
    position: e.position,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
    prevStreamLeafHash: e.prevStreamLeafHash,
    leafHash: e.leafHash,
  };
}

/** Raw envelopes of one stream, for auditors and scrutiny officers. */
@ApiTags('Streams')
@Controller({ version: '1' })
export class StreamsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('streams/:stream')
  @ReadAccess(STREAM_READERS)
  @ApiOperation({ operationId: 'ReadStream', summary: "A stream's events with their envelopes, paged" })
  @ApiResponse({ status: 200, type: StreamPageDto })
  async read(
    @Param('stream') stream: string,
    @Query() q: StreamPageQuery,
    @Req() req: AuthedRequest,
  ): Promise<StreamPageDto> {
    validateStream(stream);
    const limit = q.limit ?? 100;
    const from = BigInt(q.from ?? 0);
    // Scope by the case's owner, read from revision 0 whatever page is asked for.
    let first: RecordedEvent | undefined;
    for await (const e of this.store.readStream(stream, { limit: 1 })) first = e;
    if (!first) throw new CaseNotFound(stream);
    // Another area's case is answered as one that does not exist: a 403 would confirm it does.
    if (!mayTakeWhole(req.actor, String(first.metadata.forceArea ?? ''))) throw new CaseNotFound(stream);
    const events: RecordedEvent[] = [];
    for await (const e of this.store.readStream(stream, { from, limit: limit + 1 })) events.push(e);
    const page = events.slice(0, limit);
    const next =
      events.length > limit
        ? `/v1/streams/${encodeURIComponent(stream)}?from=${from + BigInt(limit)}&limit=${limit}`
        : null;
    return { stream, events: page.map(envelopeJson), next };
  }
}
