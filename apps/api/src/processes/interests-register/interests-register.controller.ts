import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  DiscloseInterestAtMeetingRequest,
  GrantDispensationRequest,
  NotifyInterestsRequest,
  OpenMemberInterestsRequest,
  RemoveInterestRequest,
  RequestDispensationRequest,
} from './interests-register.request';

const AGG = 'InterestsRegister';

/** A panel member's register of interests, notifications and dispensations (Localism Act 2011 ss.29-33). */
@ApiTags("Members' interests (Localism Act 2011 ss.29-33)")
@Controller({ version: '1' })
export class InterestsRegisterController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/member-interests')
  @CommandEndpoint(AGG, 'OpenMemberInterests')
  @ApiOperation({ operationId: 'OpenMemberInterests', summary: "The monitoring officer opens a member's entry in the register (s.29(1)); the 28-day duty of s.30(1) starts" })
  @CommandResponses(true)
  open(@Param('area', SlugPipe) area: string, @Body() body: OpenMemberInterestsRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'OpenMemberInterests', body, { forceArea: area });
  }

  @Post('member-interests/:id/notifications')
  @CommandEndpoint(AGG, 'NotifyInterests')
  @ApiOperation({ operationId: 'NotifyInterests', summary: 'The member notifies interests, entered in the register (s.30(1), (4); s.31(3), (9))' })
  @CommandResponses(false)
  notify(@Param('id', SlugPipe) id: string, @Body() body: NotifyInterestsRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'NotifyInterests', body);
  }

  @Post('member-interests/:id/removals')
  @CommandEndpoint(AGG, 'RemoveInterest')
  @ApiOperation({ operationId: 'RemoveInterest', summary: 'An entry leaves the register (s.29(3))' })
  @CommandResponses(false)
  remove(@Param('id', SlugPipe) id: string, @Body() body: RemoveInterestRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RemoveInterest', body);
  }

  @Post('member-interests/:id/meeting-disclosures')
  @CommandEndpoint(AGG, 'DiscloseInterestAtMeeting')
  @ApiOperation({ operationId: 'DiscloseInterestAtMeeting', summary: 'The member discloses an interest in an item at a meeting (s.31(2)); an unregistered DPI starts the 28-day duty of s.31(3)' })
  @CommandResponses(false)
  disclose(@Param('id', SlugPipe) id: string, @Body() body: DiscloseInterestAtMeetingRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'DiscloseInterestAtMeeting', body);
  }

  @Post('member-interests/:id/dispensation-requests')
  @CommandEndpoint(AGG, 'RequestDispensation')
  @ApiOperation({ operationId: 'RequestDispensation', summary: "The member's written request for a dispensation (s.33(1))" })
  @CommandResponses(false)
  request(@Param('id', SlugPipe) id: string, @Body() body: RequestDispensationRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RequestDispensation', body);
  }

  @Post('member-interests/:id/dispensations')
  @CommandEndpoint(AGG, 'GrantDispensation')
  @ApiOperation({ operationId: 'GrantDispensation', summary: 'A dispensation relieving the s.31(4) restrictions, on a ground in s.33(2), for at most four years (s.33(3))' })
  @CommandResponses(false)
  grant(@Param('id', SlugPipe) id: string, @Body() body: GrantDispensationRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'GrantDispensation', body);
  }
}
