import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import { EnterAppointmentReportRequest, MakePanelReportRequest, PublishPanelReportRequest, RecordPanelReportResponseRequest, SendPanelReportToCouncilsRequest } from './panel-report.request';

const AGG = 'PanelReport';

/** The panel's reports and recommendations to the PCC, their publication and copies (PRSRA 2011 s.28(6)-(9), s.29(3)). */
@ApiTags('Panel reports (PRSRA 2011 s.28(6)-(9))')
@Controller({ version: '1' })
export class PanelReportController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/panel-reports')
  @CommandEndpoint(AGG, 'MakePanelReport')
  @ApiOperation({ operationId: 'MakePanelReport', summary: 'The panel reports or makes recommendations on a decision or action of the PCC (s.28(6)), optionally requiring a written response (s.29(3))' })
  @CommandResponses(true)
  make(@Param('area', SlugPipe) area: string, @Body() body: MakePanelReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'MakePanelReport', body, { forceArea: area });
  }

  @Post('force-areas/:area/appointment-reports')
  @CommandEndpoint(AGG, 'EnterAppointmentReport')
  @ApiOperation({ operationId: 'EnterAppointmentReport', summary: "The panel's report on a proposed appointment enters its register of reports, to be published (Sch 8 para 4(7), Sch 1 para 10(6), reg 10(4))" })
  @CommandResponses(true)
  enter(@Param('area', SlugPipe) area: string, @Body() body: EnterAppointmentReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'EnterAppointmentReport', body, { forceArea: area });
  }

  @Post('panel-reports/:id/publication')
  @CommandEndpoint(AGG, 'PublishPanelReport')
  @ApiOperation({ operationId: 'PublishPanelReport', summary: 'The panel publishes the report (s.28(7), (9), or the appointment provision)' })
  @CommandResponses(false)
  publish(@Param('id', SlugPipe) id: string, @Body() body: PublishPanelReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishPanelReport', body);
  }

  @Post('panel-reports/:id/council-copies')
  @CommandEndpoint(AGG, 'SendPanelReportToCouncils')
  @ApiOperation({ operationId: 'SendPanelReportToCouncils', summary: 'The panel sends copies to the county and district councils of the police area (s.28(8))' })
  @CommandResponses(false)
  copies(@Param('id', SlugPipe) id: string, @Body() body: SendPanelReportToCouncilsRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'SendPanelReportToCouncils', body);
  }

  @Post('panel-reports/:id/response')
  @CommandEndpoint(AGG, 'RecordPanelReportResponse')
  @ApiOperation({ operationId: 'RecordPanelReportResponse', summary: "The PCC's written response to the report (s.29(3)-(4)); flagged late after the date the panel set" })
  @CommandResponses(false)
  respond(@Param('id', SlugPipe) id: string, @Body() body: RecordPanelReportResponseRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordPanelReportResponse', body);
  }
}
