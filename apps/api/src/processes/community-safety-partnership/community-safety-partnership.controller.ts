import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  RecordCspMeetingRequest,
  RecordStrategyGroupPublicMeetingRequest,
  RegisterPartnershipRequest,
  SendCommunitySafetyAgreementToPccRequest,
  SendPartnershipPlanToPccRequest,
  TablePaperRequest,
} from './community-safety-partnership.request';

const AGG = 'CommunitySafetyPartnership';

/** A community safety partnership and what it does as a strategy group (CDA 1998 ss.5-6; 2007 Regulations). */
@ApiTags('Community safety partnerships (CDA 1998 ss.5-6)')
@Controller({ version: '1' })
export class CommunitySafetyPartnershipController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/partnerships')
  @CommandEndpoint(AGG, 'RegisterPartnership')
  @ApiOperation({ operationId: 'RegisterPartnership', summary: 'Put a partnership on the record (ledger bookkeeping, opens the case)' })
  @CommandResponses(true)
  register(@Param('area', SlugPipe) area: string, @Body() body: RegisterPartnershipRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'RegisterPartnership', body, { forceArea: area });
  }

  @Post('partnerships/:id/meetings')
  @CommandEndpoint(AGG, 'RecordCspMeeting')
  @ApiOperation({ operationId: 'RecordCspMeeting', summary: 'The strategy group met' })
  @CommandResponses(false)
  meeting(@Param('id', SlugPipe) id: string, @Body() body: RecordCspMeetingRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordCspMeeting', body);
  }

  @Post('partnerships/:id/papers')
  @CommandEndpoint(AGG, 'TablePaper')
  @ApiOperation({ operationId: 'TablePaper', summary: 'A paper was tabled, with its classification as printed' })
  @CommandResponses(false)
  paper(@Param('id', SlugPipe) id: string, @Body() body: TablePaperRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'TablePaper', body);
  }

  @Post('partnerships/:id/partnership-plans')
  @CommandEndpoint(AGG, 'SendPartnershipPlanToPCC')
  @ApiOperation({ operationId: 'SendPartnershipPlanToPCC', summary: 'The partnership plan was sent to the PCC (reg 13A)' })
  @CommandResponses(false)
  plan(@Param('id', SlugPipe) id: string, @Body() body: SendPartnershipPlanToPccRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'SendPartnershipPlanToPCC', body);
  }

  @Post('partnerships/:id/community-safety-agreements')
  @CommandEndpoint(AGG, 'SendCommunitySafetyAgreementToPCC')
  @ApiOperation({ operationId: 'SendCommunitySafetyAgreementToPCC', summary: 'A county strategy group sent its community safety agreement to the PCC (reg 9A)' })
  @CommandResponses(false)
  agreement(@Param('id', SlugPipe) id: string, @Body() body: SendCommunitySafetyAgreementToPccRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'SendCommunitySafetyAgreementToPCC', body);
  }

  @Post('partnerships/:id/public-meetings')
  @CommandEndpoint(AGG, 'RecordStrategyGroupPublicMeeting')
  @ApiOperation({ operationId: 'RecordStrategyGroupPublicMeeting', summary: 'The strategy group held its public meeting (reg 12(4))' })
  @CommandResponses(false)
  publicMeeting(@Param('id', SlugPipe) id: string, @Body() body: RecordStrategyGroupPublicMeetingRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordStrategyGroupPublicMeeting', body);
  }
}
