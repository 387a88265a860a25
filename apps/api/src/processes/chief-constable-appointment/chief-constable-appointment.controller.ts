import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  AbandonAppointmentRequest,
  AppointChiefConstableRequest,
  HoldConfirmationHearingRequest,
  MakeAppointmentReportRequest,
  NotifyProposedAppointmentRequest,
  NotifyReserveCandidateRequest,
  RespondToRecommendationRequest,
  VetoAppointmentRequest,
} from './chief-constable-appointment.request';

const AGG = 'ChiefConstableAppointment';

/** Confirmation of the chief constable (PRSRA 2011 s.38, Sch 8; SI 2012/2271 Part 3). */
@ApiTags('Chief constable appointments (PRSRA 2011 Sch 8)')
@Controller({ version: '1' })
export class ChiefConstableAppointmentController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/chief-constable-appointments')
  @CommandEndpoint(AGG, 'NotifyProposedAppointment')
  @ApiOperation({ operationId: 'NotifyProposedAppointment', summary: 'The PCC notifies the panel of the proposed chief constable (Sch 8 para 3)' })
  @CommandResponses(true)
  notify(@Param('area', SlugPipe) area: string, @Body() body: NotifyProposedAppointmentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'NotifyProposedAppointment', body, { forceArea: area });
  }

  @Post('chief-constable-appointments/:id/reserve-candidate')
  @CommandEndpoint(AGG, 'NotifyReserveCandidate')
  @ApiOperation({ operationId: 'NotifyReserveCandidate', summary: 'After a veto the PCC proposes a reserve candidate (Sch 8 para 8; reg 9)' })
  @CommandResponses(false)
  reserve(@Param('id', SlugPipe) id: string, @Body() body: NotifyReserveCandidateRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'NotifyReserveCandidate', body);
  }

  @Post('chief-constable-appointments/:id/confirmation-hearing')
  @CommandEndpoint(AGG, 'HoldConfirmationHearing')
  @ApiOperation({ operationId: 'HoldConfirmationHearing', summary: 'The panel holds a public confirmation hearing for the current candidate (Sch 8 para 6; reg 10)' })
  @CommandResponses(false)
  hearing(@Param('id', SlugPipe) id: string, @Body() body: HoldConfirmationHearingRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'HoldConfirmationHearing', body);
  }

  @Post('chief-constable-appointments/:id/report')
  @CommandEndpoint(AGG, 'MakeAppointmentReport')
  @ApiOperation({ operationId: 'MakeAppointmentReport', summary: 'The panel reports with a recommendation, within three weeks (Sch 8 para 4; reg 10)' })
  @CommandResponses(false)
  report(@Param('id', SlugPipe) id: string, @Body() body: MakeAppointmentReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'MakeAppointmentReport', body);
  }

  @Post('chief-constable-appointments/:id/veto')
  @CommandEndpoint(AGG, 'VetoAppointment')
  @ApiOperation({ operationId: 'VetoAppointment', summary: "The panel's report vetoes the proposed candidate by two-thirds of its members (Sch 8 para 5)" })
  @CommandResponses(false)
  veto(@Param('id', SlugPipe) id: string, @Body() body: VetoAppointmentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'VetoAppointment', body);
  }

  @Post('chief-constable-appointments/:id/response')
  @CommandEndpoint(AGG, 'RespondToRecommendation')
  @ApiOperation({ operationId: 'RespondToRecommendation', summary: "The PCC notifies the panel whether it accepts the panel's recommendation (Sch 8 para 7; reg 11)" })
  @CommandResponses(false)
  respond(@Param('id', SlugPipe) id: string, @Body() body: RespondToRecommendationRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RespondToRecommendation', body);
  }

  @Post('chief-constable-appointments/:id/appointment')
  @CommandEndpoint(AGG, 'AppointChiefConstable')
  @ApiOperation({ operationId: 'AppointChiefConstable', summary: 'The PCC appoints the chief constable once confirmation has ended (s.38(1); reg 12)' })
  @CommandResponses(false)
  appoint(@Param('id', SlugPipe) id: string, @Body() body: AppointChiefConstableRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'AppointChiefConstable', body);
  }

  @Post('chief-constable-appointments/:id/abandonment')
  @CommandEndpoint(AGG, 'AbandonAppointment')
  @ApiOperation({ operationId: 'AbandonAppointment', summary: 'The PCC abandons the appointment process' })
  @CommandResponses(false)
  abandon(@Param('id', SlugPipe) id: string, @Body() body: AbandonAppointmentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'AbandonAppointment', body);
  }
}
