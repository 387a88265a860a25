import { Controller, Get, Inject, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Length, Matches } from 'class-validator';
import {
  CosignatureCollector,
  eventsForScope,
  ExportScope,
  exportCsv,
  exportJsonl,
  exportPdf,
  PersonalDataVault,
  Sealer,
} from '@ledger/audit';
import { EVENT_STORE, EventStore, RecordedEvent, validateStream } from '@ledger/event-store';
import { CaseNotFound, EXPORT_READERS, Forbidden, mayTakeWhole } from '@ledger/governance';
import type { Response } from 'express';
import { AuthedRequest } from '../common/auth';
import { COSIGNATURES, SEALER, SealerLifecycle } from './audit.module';
import { ReadAccess } from '../common/read-access';
import { QueryBool } from '../common/query-fields';

export class ExportQuery {
  @ApiPropertyOptional({
    example: 'jsonl',
    enum: ['jsonl', 'csv', 'pdf'],
    description: 'jsonl is the evidence; csv and pdf are human views of it',
  })
  @IsOptional()
  @IsIn(['jsonl', 'csv', 'pdf'])
  format?: 'jsonl' | 'csv' | 'pdf';

  @ApiPropertyOptional({
    example: '120,480',
    description:
      'Earlier checkpoint sizes to include consistency proofs from (comma-separated), for `ledger verify --checkpoint`',
  })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,15}(,[1-9][0-9]{0,15}){0,19}$/)
  consistencyFrom?: string;

  @ApiPropertyOptional({
    example: false,
    description: 'Admin only: include (salt, value) for personal fields so a lawful recipient can check them',
  })
  @QueryBool()
  disclose?: boolean;

  @ApiPropertyOptional({
    example: false,
    description:
      'Prove against the newest checkpoint a witness (a panel) has cosigned, instead of the latest; events recorded after it are left out',
  })
  @QueryBool()
  witnessed?: boolean;
}

export class RangeExportQuery extends ExportQuery {
  @ApiPropertyOptional({ example: '2013-01-01' }) @IsISO8601({ strict: true }) @Length(10, 10) from!: string;
  @ApiPropertyOptional({ example: '2013-12-31' }) @IsISO8601({ strict: true }) @Length(10, 10) to!: string;
  @ApiPropertyOptional({ example: 'effectiveAt', enum: ['effectiveAt', 'recordedAt'] })
  @IsOptional()
  @IsIn(['effectiveAt', 'recordedAt'])
  field?: 'effectiveAt' | 'recordedAt';
}

const TYPES = { jsonl: 'application/x-ndjson', csv: 'text/csv; charset=utf-8', pdf: 'application/pdf' } as const;

/**
 * Exports of the trail (INTEGRITY.md "Export file"), streamed to the response: JSON
 * Lines with proofs (the evidence), CSV and PDF (human views). Auditors, admins and the
 * panel secretariat (whose complaints staff hand cases to complainants and committees);
 * a key of one force area exports only that area's records, and only an admin discloses
 * personal data.
 */
@ApiTags('Exports')
@Controller({ path: 'exports', version: '1' })
export class ExportsController {
  constructor(
    @Inject(SEALER) private readonly sealer: Sealer,
    private readonly lifecycle: SealerLifecycle,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    @Inject(COSIGNATURES) private readonly cosignatures: CosignatureCollector,
  ) {}

  @Get('streams/:stream')
  @ReadAccess(EXPORT_READERS)
  @ApiOperation({ operationId: 'ExportStream', summary: 'Export one case, complete up to a signed checkpoint' })
  async stream(
    @Param('stream') stream: string,
    @Query() q: ExportQuery,
    @Req() req: AuthedRequest,
    @Res() res: Response,
  ) {
    validateStream(stream);
    let first: RecordedEvent | undefined;
    for await (const e of this.store.readStream(stream, { limit: 1 })) first = e;
    if (!first) throw new CaseNotFound(stream);
    const area = String(first.metadata.forceArea ?? '');
    // Another area's case is answered as one that does not exist: a 403 would confirm it does.
    if (!mayTakeWhole(req.actor, area)) throw new CaseNotFound(stream);
    await this.send(res, req, { kind: 'stream', streams: [stream] }, q, stream.replace(/[^a-z0-9-]+/gi, '_'));
  }

  @Get('bodies/:body')
  @ReadAccess(EXPORT_READERS)
  @ApiOperation({
    operationId: 'ExportBody',
    summary: 'Export every act of one body (a selection: completeness is claimed per stream only for stream exports)',
  })
  async body(@Param('body') body: string, @Query() q: ExportQuery, @Req() req: AuthedRequest, @Res() res: Response) {
    if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(body)) throw new CaseNotFound(body);
    await this.send(res, req, { kind: 'body', body }, q, body);
  }

  @Get('range')
  @ReadAccess(EXPORT_READERS)
  @ApiOperation({ operationId: 'ExportRange', summary: 'Export every act in a date range (effective or recorded)' })
  async range(@Query() q: RangeExportQuery, @Req() req: AuthedRequest, @Res() res: Response) {
    await this.send(
      res,
      req,
      { kind: 'dateRange', field: q.field ?? 'effectiveAt', from: q.from, to: q.to },
      q,
      `${q.from}_${q.to}`,
    );
  }

  private async send(
    res: Response,
    req: AuthedRequest,
    scope: ExportScope,
    q: ExportQuery,
    name: string,
  ): Promise<void> {
    const actor = req.actor!;
    if (q.disclose && actor.role !== 'admin')
      throw new Forbidden('Only an admin may disclose personal data in an export');
    const latest = this.lifecycle.isSealing
      ? await this.lifecycle.checkpointCoveringHead()
      : await this.sealer.proofs.latestCheckpoint();
    const witnessed = q.witnessed ? await this.cosignatures.latestWitnessed() : null;
    if (q.witnessed && !witnessed) throw new NotFoundException('No checkpoint has been cosigned by a witness yet');
    // The header's note carries every cosignature held, so a reader can require witnesses.
    const checkpoint = witnessed ?? (latest ? await this.cosignatures.withCosignatures(latest) : undefined);
    if (!checkpoint)
      throw new NotFoundException('No checkpoint has been issued yet, so there is nothing to prove an export against');
    const source = eventsForScope(this.store, scope);
    // A key of one force area never exports another area's records, whatever the scope.
    const events = (async function* () {
      for await (const e of source) if (mayTakeWhole(actor, e.metadata.forceArea as string | undefined)) yield e;
    })();
    const format = q.format ?? 'jsonl';
    res.status(200).type(TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="ledger-${name}.${format}"`);
    res.setHeader('Cache-Control', 'no-store');
    const proofs = this.sealer.proofs;
    if (format === 'jsonl') {
      await exportJsonl({
        events,
        proofs,
        out: res,
        scope,
        checkpoint,
        consistencyFrom: q.consistencyFrom?.split(',').map(Number),
        disclose: q.disclose ? (e) => this.vault.disclose(e.eventId) : undefined,
      });
    } else if (format === 'csv') {
      await exportCsv({ events, proofs, out: res, checkpoint });
    } else {
      await exportPdf({ events, proofs, out: res, checkpoint, scope, evidenceFile: `ledger-${name}.jsonl` });
    }
    if (!res.writableEnded) res.end();
  }
}
