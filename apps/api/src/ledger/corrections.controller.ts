import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsDefined, IsString, IsUUID, Length, Matches } from 'class-validator';
import { deciderForStream } from '@ledger/governance';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../common/auth';
import { CommandRequest } from '../common/command.request';
import { CommandResponses } from '../common/command-responses';
import { CommandRunner } from '../common/command-runner';
import { ValidationFailed } from '../common/problem';

export class CorrectRecordRequest extends CommandRequest {
  @ApiProperty({
    example: '01938a6e-7c1f-7b3e-9a53-2f3c0d9b1e77',
    description: 'The event being corrected (in this case)',
  })
  @IsUUID()
  correctsEventId!: string;

  @ApiProperty({ example: 'pollDate', description: "Dotted path into the corrected event's data" })
  @Matches(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+){0,9}$/)
  field!: string;

  @ApiProperty({ example: '2013-11-15', description: 'The value the record shows now' })
  @IsDefined()
  oldValue!: unknown;

  @ApiProperty({ example: '2012-11-15', description: 'The correct value' })
  @IsDefined()
  newValue!: unknown;

  @ApiProperty({ example: 'S3 gives the wrong year; the poll was on 15 November 2012 (PRSRA s.50(2))' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

/** Corrections are new events on the case they correct; nothing is edited (DOMAIN.md §5.1). */
@ApiTags('Corrections')
@Controller({ version: '1' })
export class CorrectionsController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('cases/:stream/corrections')
  @CommandEndpoint('*', 'CorrectRecord')
  @ApiOperation({ operationId: 'CorrectRecord', summary: 'Record a correction to an earlier act of a case' })
  @CommandResponses(false)
  correct(
    @Param('stream') stream: string,
    @Body() body: CorrectRecordRequest,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const entry = deciderForStream(stream);
    if (!entry)
      throw new ValidationFailed([
        { field: 'stream', problems: ['is not the stream of a known process, e.g. precept-cycle:kent-2013-14'] },
      ]);
    const caseId = stream.slice(entry.decider.streamPrefix.length + 1);
    if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(caseId))
      throw new ValidationFailed([{ field: 'stream', problems: ['has an invalid case id'] }]);
    return this.commands.run(
      req,
      res,
      caseId,
      'CorrectRecord',
      body,
      {},
      { aggregateType: entry.decider.aggregateType },
    );
  }
}
