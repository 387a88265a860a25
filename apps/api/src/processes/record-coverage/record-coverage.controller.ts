import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import { DeclareRecordCoverageRequest, ReviseRecordCoverageRequest, WithdrawRecordCoverageRequest } from './record-coverage.request';

const AGG = 'RecordCoverage';

/** A body declares its record complete for a period: only then is an absent act a missed deadline. */
@ApiTags('Record coverage (what the record claims to hold)')
@Controller({ version: '1' })
export class RecordCoverageController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/record-coverage')
  @CommandEndpoint(AGG, 'DeclareRecordCoverage')
  @ApiOperation({ operationId: 'DeclareRecordCoverage', summary: "A body declares its record complete from a date (e.g. the panel's record from 22 November 2012)" })
  @CommandResponses(true)
  declare(@Param('area', SlugPipe) area: string, @Body() body: DeclareRecordCoverageRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'DeclareRecordCoverage', body, { forceArea: area });
  }

  @Post('record-coverage/:id/revision')
  @CommandEndpoint(AGG, 'ReviseRecordCoverage')
  @ApiOperation({ operationId: 'ReviseRecordCoverage', summary: 'The body revises the period its record is complete for' })
  @CommandResponses(false)
  revise(@Param('id', SlugPipe) id: string, @Body() body: ReviseRecordCoverageRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ReviseRecordCoverage', body);
  }

  @Post('record-coverage/:id/withdrawal')
  @CommandEndpoint(AGG, 'WithdrawRecordCoverage')
  @ApiOperation({ operationId: 'WithdrawRecordCoverage', summary: 'The body withdraws its declaration (its absent acts are then "no record" again)' })
  @CommandResponses(false)
  withdraw(@Param('id', SlugPipe) id: string, @Body() body: WithdrawRecordCoverageRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'WithdrawRecordCoverage', body);
  }
}
