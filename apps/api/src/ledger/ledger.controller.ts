import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  ForbiddenException,
  Get,
  Header,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import {
  CosignatureCollector,
  CosignatureRejected,
  NotFound,
  readVerifierFile,
  Sealer,
  StoredCheckpoint,
  VERIFIER_FILE_NAME,
} from '@ledger/audit';
import type { Request, Response } from 'express';
import { RolesAllowed } from '../common/auth';
import { SafeIntPipe } from '../common/params';
import { ValidationFailed } from '../common/problem';
import { COSIGNATURES, SEALER, SealerLifecycle } from './audit.module';
import { ReadAccess } from '../common/read-access';
import { QueryInt } from '../common/query-fields';

export class CheckpointListQuery {
  @ApiPropertyOptional({ example: 20, description: 'How many, newest first (1-1000)' })
  @QueryInt(1, 1000)
  limit?: number;

  @ApiPropertyOptional({ example: 1000, description: 'Only checkpoints of a smaller tree (paging)' })
  @QueryInt(0)
  beforeSize?: number;
}

export class TreeSizeQuery {
  @ApiPropertyOptional({
    example: 120,
    description: 'Prove against the checkpoint of this tree size (default: the latest)',
  })
  @QueryInt(1)
  treeSize?: number;
}

export class ConsistencyQuery {
  @ApiPropertyOptional({ example: 100, description: 'Earlier tree size' })
  @QueryInt(1, Number.MAX_SAFE_INTEGER, true)
  from!: number;

  @ApiPropertyOptional({ example: 120, description: 'Later tree size (default: the latest)' })
  @QueryInt(1)
  to?: number;
}

export class CosignedCheckpointBody {
  @ApiProperty({
    description:
      "A checkpoint this ledger issued, as a signed note, with the witness's tlog-cosignature/v1 line(s) appended",
    example:
      'governance-ledger.example/kent\n120\n…\n\n— governance-ledger.example/kent …\n— panel.kent.example/witness …\n',
  })
  @IsString()
  @MaxLength(64 * 1024)
  checkpoint!: string;
}

export class WitnessedQuery {
  @ApiPropertyOptional({ example: 1, description: 'How many different witnesses must have cosigned (default 1)' })
  @QueryInt(1, 100)
  min?: number;
}

function checkpointJson(cp: StoredCheckpoint) {
  return {
    size: cp.size,
    root: cp.root.toString('base64'),
    streamsRoot: cp.streamsRoot.toString('base64'),
    streamsSize: cp.streamsSize,
    issuedAt: cp.issuedAt,
    note: cp.note,
  };
}

/** The checkpoint as JSON with its cosignatures; `note` carries every signature line. */
async function cosignedJson(cp: StoredCheckpoint, collector: CosignatureCollector) {
  const cos = await collector.cosignatures(cp.size);
  const withCos = cos.length ? { ...cp, note: cp.note + cos.map((c) => c.line).join('') } : cp;
  return {
    ...checkpointJson(withCos),
    cosignatures: cos.map((c) => ({
      witness: c.witness,
      keyId: c.keyId,
      forceArea: c.forceArea,
      timestamp: c.timestamp,
      cosignedAt: new Date(c.timestamp * 1000).toISOString(),
    })),
  };
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
    @Inject(COSIGNATURES) private readonly cosignatures: CosignatureCollector,
  ) {}

  @Get('key')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'LedgerKey',
    summary:
      "The log's Ed25519 public key (C2SP vkey) and fingerprint, and the witness keys of the panels that cosign it; pin them to verify exports",
  })
  key() {
    const witnesses = this.cosignatures.witnesses.map((w) => ({
      forceArea: w.forceArea,
      name: w.key.name,
      keyId: w.key.keyId.toString('hex'),
      vkey: w.vkey,
    }));
    return { ...this.sealer.proofs.publicKey(), witnesses };
  }

  @Get(VERIFIER_FILE_NAME)
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'SingleFileVerifier',
    summary:
      'The export verifier as one file that needs nothing but Node 22+ or a browser: node verify-ledger.mjs export.jsonl --key <vkey>',
  })
  @ApiProduces('text/javascript')
  verifier(): StreamableFile {
    const body = readVerifierFile();
    if (!body)
      throw new NotFoundException('The single-file verifier has not been built on this server (npm run build).');
    return new StreamableFile(body, {
      type: 'text/javascript; charset=utf-8',
      disposition: `attachment; filename="${VERIFIER_FILE_NAME}"`,
    });
  }

  @Get('checkpoints')
  @ReadAccess('anyone')
  @ApiOperation({ operationId: 'ListCheckpoints', summary: 'Signed tree heads, newest first' })
  async list(@Query() q: CheckpointListQuery) {
    return (await this.sealer.proofs.listCheckpoints({ limit: q.limit ?? 20, beforeSize: q.beforeSize })).map(
      checkpointJson,
    );
  }

  @Get('checkpoints/latest')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'LatestCheckpoint',
    summary:
      'The latest signed checkpoint with every cosignature held for it (Accept: text/plain for the signed note alone)',
  })
  async latest(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const cp = await this.sealer.proofs.latestCheckpoint();
    if (!cp) throw new (await import('@nestjs/common')).NotFoundException('No checkpoint has been issued yet');
    return this.sendCheckpoint(cp, req, res);
  }

  @Get('checkpoints/witnessed')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'LatestWitnessedCheckpoint',
    summary:
      'The newest checkpoint cosigned by at least `min` witnesses, as a signed note with several signature lines (Accept: text/plain) or JSON',
  })
  async witnessed(@Query() q: WitnessedQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const cp = await this.cosignatures.latestWitnessed(q.min ?? 1);
    if (!cp)
      throw new (await import('@nestjs/common')).NotFoundException(
        `No checkpoint has been cosigned by ${q.min ?? 1} witness(es) yet`,
      );
    return this.sendCheckpoint(cp, req, res);
  }

  private async sendCheckpoint(cp: StoredCheckpoint, req: Request, res: Response) {
    const json = await cosignedJson(cp, this.cosignatures);
    if ((req.headers.accept ?? '').startsWith('text/plain')) {
      res.type('text/plain; charset=utf-8');
      return json.note;
    }
    return json;
  }

  /**
   * A witness hands in its cosignature (tlog-cosignature/v1) on a checkpoint this ledger
   * issued. No API key: the witness's signature, by a key configured in WITNESS_KEYS, is
   * the authentication.
   */
  @Post('cosignatures')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'AddCosignature',
    summary: 'Accept a checkpoint cosigned by a configured witness (a panel)',
  })
  @ApiResponse({ status: 201, description: 'Kept (or already held)' })
  @ApiResponse({ status: 400, description: 'Not a signed checkpoint' })
  @ApiResponse({ status: 403, description: 'No cosignature from a configured witness key' })
  @ApiResponse({ status: 404, description: 'No checkpoint at that size' })
  @ApiResponse({ status: 409, description: 'Not the checkpoint this ledger issued at that size' })
  @ApiResponse({ status: 422, description: "A configured witness's cosignature does not verify" })
  async cosign(@Body() body: CosignedCheckpointBody) {
    try {
      return await this.cosignatures.accept(body.checkpoint);
    } catch (e) {
      if (e instanceof CosignatureRejected)
        throw new {
          400: BadRequestException,
          403: ForbiddenException,
          404: NotFoundException,
          409: ConflictException,
          422: UnprocessableEntityException,
        }[e.status](e.message);
      throw e;
    }
  }

  @Get('checkpoints/:size')
  @ReadAccess('anyone')
  @ApiOperation({ operationId: 'CheckpointAtSize', summary: 'The checkpoint issued at a tree size' })
  async at(@Param('size', SafeIntPipe) size: number) {
    return cosignedJson(await found(this.sealer.proofs.checkpointAt(size)), this.cosignatures);
  }

  @Post('checkpoints')
  @RolesAllowed('auditor', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ operationId: 'IssueCheckpoint', summary: 'Issue a checkpoint now (on demand)' })
  async issue() {
    if (!this.lifecycle.isSealing) {
      const cp = await this.sealer.proofs.latestCheckpoint();
      if (!cp)
        throw new (await import('@nestjs/common')).ServiceUnavailableException(
          'This instance is not sealing and no checkpoint exists yet',
        );
      return checkpointJson(cp);
    }
    return checkpointJson(await this.lifecycle.checkpointCoveringHead());
  }

  @Get('events/:eventId/proof')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'InclusionProof',
    summary: "An event's leaf index and its RFC 9162 inclusion proof against a checkpoint",
  })
  async inclusion(@Param('eventId') eventId: string, @Query() q: TreeSizeQuery) {
    if (!/^[0-9a-f-]{36}$/.test(eventId))
      throw new ValidationFailed([{ field: 'eventId', problems: ['must be a UUID'] }]);
    return b64(await found(this.sealer.proofs.inclusionProofForEvent(eventId, q.treeSize)));
  }

  @Get('consistency')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'ConsistencyProof',
    summary: 'RFC 9162 consistency proof between two checkpoints: the log was only extended',
  })
  async consistency(@Query() q: ConsistencyQuery) {
    return b64(await found(this.sealer.proofs.consistencyProof(q.from, q.to)));
  }
}
