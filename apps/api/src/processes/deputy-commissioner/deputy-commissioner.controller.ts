import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import { AppointDeputyCommissionerRequest, DelegateToDeputyRequest, EndDeputyAppointmentRequest } from './deputy-commissioner.request';

const AGG = 'DeputyCommissioner';

/** The deputy PCC: who may be appointed, for how long, and what may be delegated (PRSRA 2011 s.18; Sch 1 para 8). */
@ApiTags('Deputy PCC (PRSRA 2011 s.18; Sch 1 para 8)')
@Controller({ version: '1' })
export class DeputyCommissionerController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/deputy-commissioners')
  @CommandEndpoint(AGG, 'AppointDeputyCommissioner')
  @ApiOperation({ operationId: 'AppointDeputyCommissioner', summary: "The PCC appoints a deputy (s.18(1)(a)), not an excluded person (s.18(6)) nor a disqualified one (Sch 1 para 8(2)), to end by the PCC's term (para 8(3))" })
  @CommandResponses(true)
  appoint(@Param('area', SlugPipe) area: string, @Body() body: AppointDeputyCommissionerRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'AppointDeputyCommissioner', body, { forceArea: area });
  }

  @Post('deputy-commissioners/:id/delegations')
  @CommandEndpoint(AGG, 'DelegateToDeputy')
  @ApiOperation({ operationId: 'DelegateToDeputy', summary: 'The PCC arranges for the deputy to exercise functions (s.18(1)(b)), never those reserved by s.18(3)(b), (7)' })
  @CommandResponses(false)
  delegate(@Param('id', SlugPipe) id: string, @Body() body: DelegateToDeputyRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'DelegateToDeputy', body);
  }

  @Post('deputy-commissioners/:id/end')
  @CommandEndpoint(AGG, 'EndDeputyAppointment')
  @ApiOperation({ operationId: 'EndDeputyAppointment', summary: "The deputy's appointment ends (flagged when recorded after the PCC's term ended, Sch 1 para 8(3))" })
  @CommandResponses(false)
  end(@Param('id', SlugPipe) id: string, @Body() body: EndDeputyAppointmentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'EndDeputyAppointment', body);
  }
}
