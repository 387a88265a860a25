import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  ConfirmQuorumRequest,
  ConveneMeetingRequest,
  DeclareInterestRequest,
  ExcludePublicRequest,
  PublishMinutesRequest,
  RecordMeetingAttendanceRequest,
  RecordVoteRequest,
  TableDocumentRequest,
} from './panel-meeting.request';

const AGG = 'PanelMeeting';

/** A meeting of the panel: papers, attendance, quorum, interests, exclusions, votes, minutes. */
@ApiTags('Panel meetings (PRSRA 2011 Sch 6 para 25; LGA 1972 Part VA)')
@Controller({ version: '1' })
export class PanelMeetingController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/panel-meetings')
  @CommandEndpoint(AGG, 'ConveneMeeting')
  @ApiOperation({ operationId: 'ConveneMeeting', summary: 'The panel convenes a meeting and publishes its agenda (LGA 1972 s.100B)' })
  @CommandResponses(true)
  convene(@Param('area', SlugPipe) area: string, @Body() body: ConveneMeetingRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'ConveneMeeting', body, { forceArea: area });
  }

  @Post('panel-meetings/:id/documents')
  @CommandEndpoint(AGG, 'TableDocument')
  @ApiOperation({ operationId: 'TableDocument', summary: 'A paper is tabled, open or exempt under Sch 12A (LGA 1972 s.100B)' })
  @CommandResponses(false)
  table(@Param('id', SlugPipe) id: string, @Body() body: TableDocumentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'TableDocument', body);
  }

  @Post('panel-meetings/:id/attendance')
  @CommandEndpoint(AGG, 'RecordMeetingAttendance')
  @ApiOperation({ operationId: 'RecordMeetingAttendance', summary: 'Who of the members at the time was present and absent' })
  @CommandResponses(false)
  attendance(@Param('id', SlugPipe) id: string, @Body() body: RecordMeetingAttendanceRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordMeetingAttendance', body);
  }

  @Post('panel-meetings/:id/quorum')
  @CommandEndpoint(AGG, 'ConfirmQuorum')
  @ApiOperation({ operationId: 'ConfirmQuorum', summary: 'The meeting is confirmed quorate under the rules of procedure (Sch 6 para 25)' })
  @CommandResponses(false)
  quorum(@Param('id', SlugPipe) id: string, @Body() body: ConfirmQuorumRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ConfirmQuorum', body);
  }

  @Post('panel-meetings/:id/interests')
  @CommandEndpoint(AGG, 'DeclareInterest')
  @ApiOperation({ operationId: 'DeclareInterest', summary: 'A member declares an interest (Localism Act 2011 ss.31-33)' })
  @CommandResponses(false)
  declare(@Param('id', SlugPipe) id: string, @Body() body: DeclareInterestRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'DeclareInterest', body);
  }

  @Post('panel-meetings/:id/public-exclusions')
  @CommandEndpoint(AGG, 'ExcludePublic')
  @ApiOperation({ operationId: 'ExcludePublic', summary: 'The public is excluded for exempt items (LGA 1972 s.100A(4), Sch 12A)' })
  @CommandResponses(false)
  exclude(@Param('id', SlugPipe) id: string, @Body() body: ExcludePublicRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ExcludePublic', body);
  }

  @Post('panel-meetings/:id/votes')
  @CommandEndpoint(AGG, 'RecordVote')
  @ApiOperation({ operationId: 'RecordVote', summary: 'A vote on a motion, with how each member present voted (Sch 6 paras 25-26)' })
  @CommandResponses(false)
  vote(@Param('id', SlugPipe) id: string, @Body() body: RecordVoteRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordVote', body);
  }

  @Post('panel-meetings/:id/minutes')
  @CommandEndpoint(AGG, 'PublishMinutes')
  @ApiOperation({ operationId: 'PublishMinutes', summary: 'The minutes are published (LGA 1972 s.100C)' })
  @CommandResponses(false)
  minutes(@Param('id', SlugPipe) id: string, @Body() body: PublishMinutesRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishMinutes', body);
  }
}
