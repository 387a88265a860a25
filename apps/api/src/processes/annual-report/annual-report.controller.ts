import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  HoldAnnualReportMeetingRequest,
  MakeAnnualReportPanelReportRequest,
  ProduceAnnualReportRequest,
  PublishAnnualReportRequest,
  PublishAnnualReportResponseRequest,
  SendAnnualReportToPanelRequest,
} from './annual-report.request';

const AGG = 'AnnualReport';

/** The PCC's annual report and the panel's public meeting on it (PRSRA 2011 s.12, s.28(4)). */
@ApiTags('Annual reports (PRSRA 2011 s.12, s.28(4))')
@Controller({ version: '1' })
export class AnnualReportController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/annual-reports')
  @CommandEndpoint(AGG, 'ProduceAnnualReport')
  @ApiOperation({ operationId: 'ProduceAnnualReport', summary: 'The PCC produces the annual report for a financial year (s.12(1))' })
  @CommandResponses(true)
  produce(@Param('area', SlugPipe) area: string, @Body() body: ProduceAnnualReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'ProduceAnnualReport', body, { forceArea: area });
  }

  @Post('annual-reports/:id/panel-submission')
  @CommandEndpoint(AGG, 'SendAnnualReportToPanel')
  @ApiOperation({ operationId: 'SendAnnualReportToPanel', summary: 'The PCC sends the report to the panel (s.12(2))' })
  @CommandResponses(false)
  send(@Param('id', SlugPipe) id: string, @Body() body: SendAnnualReportToPanelRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'SendAnnualReportToPanel', body);
  }

  @Post('annual-reports/:id/public-meeting')
  @CommandEndpoint(AGG, 'HoldAnnualReportMeeting')
  @ApiOperation({ operationId: 'HoldAnnualReportMeeting', summary: 'The panel considers the report at a public meeting the PCC attends (s.28(4))' })
  @CommandResponses(false)
  meeting(@Param('id', SlugPipe) id: string, @Body() body: HoldAnnualReportMeetingRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'HoldAnnualReportMeeting', body);
  }

  @Post('annual-reports/:id/report')
  @CommandEndpoint(AGG, 'MakeAnnualReportPanelReport')
  @ApiOperation({ operationId: 'MakeAnnualReportPanelReport', summary: 'The panel reports or makes recommendations on the annual report (s.28(4)(c))' })
  @CommandResponses(false)
  report(@Param('id', SlugPipe) id: string, @Body() body: MakeAnnualReportPanelReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'MakeAnnualReportPanelReport', body);
  }

  @Post('annual-reports/:id/response')
  @CommandEndpoint(AGG, 'PublishAnnualReportResponse')
  @ApiOperation({ operationId: 'PublishAnnualReportResponse', summary: "The PCC responds to the panel's report and publishes the response (s.12(3)-(5))" })
  @CommandResponses(false)
  respond(@Param('id', SlugPipe) id: string, @Body() body: PublishAnnualReportResponseRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishAnnualReportResponse', body);
  }

  @Post('annual-reports/:id/publication')
  @CommandEndpoint(AGG, 'PublishAnnualReport')
  @ApiOperation({ operationId: 'PublishAnnualReport', summary: 'The PCC publishes the annual report (s.12(5))' })
  @CommandResponses(false)
  publish(@Param('id', SlugPipe) id: string, @Body() body: PublishAnnualReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishAnnualReport', body);
  }
}
