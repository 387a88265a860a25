import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  AppointSeniorOfficerRequest,
  HoldSeniorConfirmationHearingRequest,
  MakeSeniorAppointmentReportRequest,
  NotifySeniorAppointmentRequest,
  RecordTransferredAppointmentRequest,
  RespondToSeniorRecommendationRequest,
  WithdrawSeniorAppointmentRequest,
} from './senior-appointment.request';

const AGG = 'SeniorAppointment';

/** Confirmation of the chief executive, chief finance officer and deputy PCC (PRSRA 2011 Sch 1 paras 9-12). */
@ApiTags('Senior appointments (PRSRA 2011 Sch 1)')
@Controller({ version: '1' })
export class SeniorAppointmentController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/senior-appointments')
  @CommandEndpoint(AGG, 'NotifySeniorAppointment')
  @ApiOperation({ operationId: 'NotifySeniorAppointment', summary: 'The PCC notifies the panel of a proposed chief executive, CFO or deputy PCC (Sch 1 para 9)' })
  @CommandResponses(true)
  notify(@Param('area', SlugPipe) area: string, @Body() body: NotifySeniorAppointmentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'NotifySeniorAppointment', body, { forceArea: area });
  }

  @Post('force-areas/:area/transferred-senior-appointments')
  @CommandEndpoint(AGG, 'RecordTransferredAppointment')
  @ApiOperation({ operationId: 'RecordTransferredAppointment', summary: "The PCC's first chief executive or CFO transferred from the police authority, without confirmation (SI 2012/2892 art 4)" })
  @CommandResponses(true)
  transferred(@Param('area', SlugPipe) area: string, @Body() body: RecordTransferredAppointmentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'RecordTransferredAppointment', body, { forceArea: area });
  }

  @Post('senior-appointments/:id/confirmation-hearing')
  @CommandEndpoint(AGG, 'HoldSeniorConfirmationHearing')
  @ApiOperation({ operationId: 'HoldSeniorConfirmationHearing', summary: 'The panel holds a public confirmation hearing (Sch 1 para 11)' })
  @CommandResponses(false)
  hearing(@Param('id', SlugPipe) id: string, @Body() body: HoldSeniorConfirmationHearingRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'HoldSeniorConfirmationHearing', body);
  }

  @Post('senior-appointments/:id/report')
  @CommandEndpoint(AGG, 'MakeSeniorAppointmentReport')
  @ApiOperation({ operationId: 'MakeSeniorAppointmentReport', summary: 'The panel reports with a recommendation, within three weeks (Sch 1 para 10)' })
  @CommandResponses(false)
  report(@Param('id', SlugPipe) id: string, @Body() body: MakeSeniorAppointmentReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'MakeSeniorAppointmentReport', body);
  }

  @Post('senior-appointments/:id/response')
  @CommandEndpoint(AGG, 'RespondToSeniorRecommendation')
  @ApiOperation({ operationId: 'RespondToSeniorRecommendation', summary: "The PCC notifies the panel whether it accepts the recommendation (Sch 1 para 12)" })
  @CommandResponses(false)
  respond(@Param('id', SlugPipe) id: string, @Body() body: RespondToSeniorRecommendationRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RespondToSeniorRecommendation', body);
  }

  @Post('senior-appointments/:id/appointment')
  @CommandEndpoint(AGG, 'AppointSeniorOfficer')
  @ApiOperation({ operationId: 'AppointSeniorOfficer', summary: 'The PCC appoints the candidate once confirmation has ended (Sch 1 paras 6, 8)' })
  @CommandResponses(false)
  appoint(@Param('id', SlugPipe) id: string, @Body() body: AppointSeniorOfficerRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'AppointSeniorOfficer', body);
  }

  @Post('senior-appointments/:id/withdrawal')
  @CommandEndpoint(AGG, 'WithdrawSeniorAppointment')
  @ApiOperation({ operationId: 'WithdrawSeniorAppointment', summary: 'The PCC withdraws the proposed appointment' })
  @CommandResponses(false)
  withdraw(@Param('id', SlugPipe) id: string, @Body() body: WithdrawSeniorAppointmentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'WithdrawSeniorAppointment', body);
  }
}
