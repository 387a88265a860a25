import { Controller, Get, Header, Inject, Param, ParseIntPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotFound, Sealer, StoredCheckpoint } from '@ledger/audit';
import type { Request, Response } from 'express';
import { RolesAllowed } from '../common/auth';
import { ValidationFailed } from '../common/problem';
import { SEALER, SealerLifecycle } from './audit.module';

export class CheckpointListQuery {
  @ApiPropertyOptional({ example: 20, description: 'How many, newest first (1-1000)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ example: 1000, description: 'Only checkpoints of a smaller tree (paging)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  beforeSize?: number;
}

export class TreeSizeQuery {
  @ApiPropertyOptional({ example: 120, description: 'Prove against the checkpoint of this tree size (default: the latest)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  treeSize?: number;
}

export class ConsistencyQuery {
  @ApiPropertyOptional({ example: 100, description: 'Earlier tree size' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from!: number;

  @ApiPropertyOptional({ example: 120, description: 'Later tree size (default: the latest)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to?: number;
}

export function checkpointJson(cp: StoredCheckpoint) {
  return { size: cp.size, root: cp.root.toString('base64'), streamsRoot: cp.streamsRoot.toString('base64'), streamsSize: cp.streamsSize, issuedAt: cp.issuedAt, note: cp.note };
}

function b64(x: unknown): unknown {
  if (Buffer.isBuffer(x)) return x.toString('base64');
  if (Array.isArray(x)) return x.map(b64);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, b64(v)]));
  return x;
}

async function found<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof NotFound) throw new (await import('@nestjs/common')).NotFoundException(e.message);
    if (e instanceof RangeError) throw new ValidationFailed([{ field: 'treeSize', problems: [e.message] }]);
    throw e;
  }
}

/**
 * The published face of the Merkle log (INTEGRITY.md): the public key, every signed
 * checkpoint, and inclusion and consistency proofs. Checkpoints and proofs are public:
 * they reveal hashes only.
 */
@ApiTags('Ledger integrity')
@Controller({ path: 'ledger', version: '1' })
export class LedgerController {
  constructor(
    @Inject(SEALER) private readonly sealer: Sealer,
    private readonly lifecycle: SealerLifecycle,
  ) {}

  @Get('key')
  @ApiOperation({ operationId: 'LedgerKey', summary: "The log's Ed25519 public key (C2SP vkey) and fingerprint; pin it to verify exports" })
  key() {
    return this.sealer.proofs.publicKey();
  }

  @Get('checkpoints')
  @ApiOperation({ operationId: 'ListCheckpoints', summary: 'Signed tree heads, newest first' })
  async list(@Query() q: CheckpointListQuery) {
    return (await this.sealer.proofs.listCheckpoints({ limit: q.limit ?? 20, beforeSize: q.beforeSize })).map(checkpointJson);
  }

  @Get('checkpoints/latest')
  @ApiOperation({ operationId: 'LatestCheckpoint', summary: 'The latest signed checkpoint (Accept: text/plain for the signed note alone)' })
  async latest(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const cp = await this.sealer.proofs.latestCheckpoint();
    if (!cp) throw new (await import('@nestjs/common')).NotFoundException('No checkpoint has been issued yet');
    if ((req.headers.accept ?? '').startsWith('text/plain')) {
      res.type('text/plain; charset=utf-8');
      return cp.note;
    }
    return checkpointJson(cp);
  }

  @Get('checkpoints/:size')
  @ApiOperation({ operationId: 'CheckpointAtSize', summary: 'The checkpoint issued at a tree size' })
  async at(@Param('size', ParseIntPipe) size: number) {
    return checkpointJson(await found(this.sealer.proofs.checkpointAt(size)));
  }

  @Post('checkpoints')
  @RolesAllowed('auditor', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ operationId: 'IssueCheckpoint', summary: 'Issue a checkpoint now (on demand)' })
  async issue() {
    if (!this.lifecycle.isSealing) {
      const cp = await this.sealer.proofs.latestCheckpoint();
      if (!cp) throw new (await import('@nestjs/common')).ServiceUnavailableException('This instance is not sealing and no checkpoint exists yet');
      return checkpointJson(cp);
    }
    return checkpointJson(await this.lifecycle.checkpointCoveringHead());
  }

  @Get('events/:eventId/proof')
  @ApiOperation({ operationId: 'InclusionProof', summary: "An event's leaf index and its RFC 9162 inclusion proof against a checkpoint" })
  async inclusion(@Param('eventId') eventId: string, @Query() q: TreeSizeQuery) {
    if (!/^[0-9a-f-]{36}$/.test(eventId)) throw new ValidationFailed([{ field: 'eventId', problems: ['must be a UUID'] }]);
    return b64(await found(this.sealer.proofs.inclusionProofForEvent(eventId, q.treeSize)));
  }

  @Get('consistency')
  @ApiOperation({ operationId: 'ConsistencyProof', summary: 'RFC 9162 consistency proof between two checkpoints: the log was only extended' })
  async consistency(@Query() q: ConsistencyQuery) {
    return b64(await found(this.sealer.proofs.consistencyProof(q.from, q.to)));
  }
}
