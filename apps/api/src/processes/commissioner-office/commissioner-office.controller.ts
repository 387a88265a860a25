import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  AppointActingCommissionerRequest,
  AppointDeputyRequest,
  EndActingAppointmentRequest,
  EndSuspensionRequest,
  RecordElectionRequest,
  SuspendCommissionerRequest,
  TakeOfficeRequest,
  VacateOfficeRequest,
} from './commissioner-office.request';

const AGG = 'CommissionerOffice';

/** The office of PCC for one police area and one term (PRSRA 2011 ss.30, 50-51, 59-63). */
@ApiTags('Commissioner offices (PRSRA 2011 ss.30, 50-63)')
@Controller({ version: '1' })
export class CommissionerOfficeController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/commissioner-offices')
  @CommandEndpoint(AGG, 'RecordElection')
  @ApiOperation({ operationId: 'RecordElection', summary: 'The result of an ordinary or vacancy election; effectiveAt is the poll date (ss.50-51)' })
  @CommandResponses(true)
  election(@Param('area', SlugPipe) area: string, @Body() body: RecordElectionRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'RecordElection', body, { forceArea: area });
  }

  @Post('commissioner-offices/:id/acceptance')
  @CommandEndpoint(AGG, 'TakeOffice')
  @ApiOperation({ operationId: 'TakeOffice', summary: 'The elected person takes office on the seventh day after the poll (s.50; s.70)' })
  @CommandResponses(false)
  takeOffice(@Param('id', SlugPipe) id: string, @Body() body: TakeOfficeRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'TakeOffice', body);
  }

  @Post('commissioner-offices/:id/suspension')
  @CommandEndpoint(AGG, 'SuspendCommissioner')
  @ApiOperation({ operationId: 'SuspendCommissioner', summary: 'The panel suspends the PCC charged with a qualifying offence (s.30)' })
  @CommandResponses(false)
  suspend(@Param('id', SlugPipe) id: string, @Body() body: SuspendCommissionerRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'SuspendCommissioner', body);
  }

  @Post('commissioner-offices/:id/suspension-end')
  @CommandEndpoint(AGG, 'EndSuspension')
  @ApiOperation({ operationId: 'EndSuspension', summary: 'The suspension ends (s.30(2))' })
  @CommandResponses(false)
  endSuspension(@Param('id', SlugPipe) id: string, @Body() body: EndSuspensionRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'EndSuspension', body);
  }

  @Post('commissioner-offices/:id/acting-commissioner')
  @CommandEndpoint(AGG, 'AppointActingCommissioner')
  @ApiOperation({ operationId: 'AppointActingCommissioner', summary: "The panel appoints an acting commissioner from the PCC's staff (s.62)" })
  @CommandResponses(false)
  appointActing(@Param('id', SlugPipe) id: string, @Body() body: AppointActingCommissionerRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'AppointActingCommissioner', body);
  }

  @Post('commissioner-offices/:id/acting-commissioner-end')
  @CommandEndpoint(AGG, 'EndActingAppointment')
  @ApiOperation({ operationId: 'EndActingAppointment', summary: 'The acting appointment ends (s.62(6)-(7))' })
  @CommandResponses(false)
  endActing(@Param('id', SlugPipe) id: string, @Body() body: EndActingAppointmentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'EndActingAppointment', body);
  }

  @Post('commissioner-offices/:id/vacancy')
  @CommandEndpoint(AGG, 'VacateOffice')
  @ApiOperation({ operationId: 'VacateOffice', summary: 'The office falls vacant (ss.59-61, 63)' })
  @CommandResponses(false)
  vacate(@Param('id', SlugPipe) id: string, @Body() body: VacateOfficeRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'VacateOffice', body);
  }

  @Post('commissioner-offices/:id/deputy')
  @CommandEndpoint(AGG, 'AppointDeputy')
  @ApiOperation({ operationId: 'AppointDeputy', summary: 'The PCC appoints a deputy PCC (s.18, Sch 1 para 8)' })
  @CommandResponses(false)
  deputy(@Param('id', SlugPipe) id: string, @Body() body: AppointDeputyRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'AppointDeputy', body);
  }
}
