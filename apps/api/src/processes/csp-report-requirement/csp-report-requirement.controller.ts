import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import { JoinReportRequirementRequest, PublishReportRequest, RequestReportRequest, SubmitReportRequest } from './csp-report-requirement.request';

const AGG = 'CspReportRequirement';

/** PCC requires a report from a CSP (CDA 1998 s.7). */
@ApiTags('CSP report requirements (CDA 1998 s.7)')
@Controller({ version: '1' })
export class CspReportRequirementController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/report-requests')
  @CommandEndpoint(AGG, 'RequestReport')
  @ApiOperation({ operationId: 'RequestReport', summary: 'PCC requires a report from the responsible authorities' })
  @CommandResponses(true)
  request(@Param('area', SlugPipe) area: string, @Body() body: RequestReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'RequestReport', body, { forceArea: area });
  }

  @Post('report-requests/:id/joint-pccs')
  @CommandEndpoint(AGG, 'JoinReportRequirement')
  @ApiOperation({ operationId: 'JoinReportRequirement', summary: 'Another PCC joins the requirement for an area in its police area too (CDA 1998 s.7(5)(b))' })
  @CommandResponses(false)
  join(@Param('id', SlugPipe) id: string, @Body() body: JoinReportRequirementRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'JoinReportRequirement', body);
  }

  @Post('report-requests/:id/submission')
  @CommandEndpoint(AGG, 'SubmitReport')
  @ApiOperation({ operationId: 'SubmitReport', summary: 'The responsible authorities submit the report' })
  @CommandResponses(false)
  submit(@Param('id', SlugPipe) id: string, @Body() body: SubmitReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'SubmitReport', body);
  }

  @Post('report-requests/:id/publication')
  @CommandEndpoint(AGG, 'PublishReport')
  @ApiOperation({ operationId: 'PublishReport', summary: 'The PCC publishes the report (Specified Information Order para 7)' })
  @CommandResponses(false)
  publish(@Param('id', SlugPipe) id: string, @Body() body: PublishReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishReport', body);
  }
}
