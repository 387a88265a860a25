import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import { IssueMeetingSummonsRequest, RecordSummonedMeetingRequest } from './csp-meeting-summons.request';

const AGG = 'CspMeetingSummons';

/** The PCC requires representatives of responsible authorities to attend a meeting (2007 Strategy Regulations reg 14A). */
@ApiTags('CSP meeting summonses (reg 14A)')
@Controller({ version: '1' })
export class CspMeetingSummonsController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/csp-meeting-summonses')
  @CommandEndpoint(AGG, 'IssueMeetingSummons')
  @ApiOperation({ operationId: 'IssueMeetingSummons', summary: 'The PCC summons responsible authorities to a meeting, after consulting them' })
  @CommandResponses(true)
  issue(@Param('area', SlugPipe) area: string, @Body() body: IssueMeetingSummonsRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'IssueMeetingSummons', body, { forceArea: area });
  }

  @Post('csp-meeting-summonses/:id/meeting')
  @CommandEndpoint(AGG, 'RecordSummonedMeeting')
  @ApiOperation({ operationId: 'RecordSummonedMeeting', summary: 'The summoned meeting was held: who attended, who did not' })
  @CommandResponses(false)
  held(@Param('id', SlugPipe) id: string, @Body() body: RecordSummonedMeetingRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordSummonedMeeting', body);
  }
}
