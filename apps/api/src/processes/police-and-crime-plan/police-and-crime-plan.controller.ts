import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  ConsultChiefConstableRequest,
  DraftPlanRequest,
  DraftPlanVariationRequest,
  IssuePlanRequest,
  IssuePlanVariationRequest,
  MakePlanReportRequest,
  PublishPlanRequest,
  PublishPlanResponseRequest,
  SendDraftToPanelRequest,
  SendPlanCopyRequest,
} from './police-and-crime-plan.request';

const AGG = 'PoliceAndCrimePlan';

/** The police and crime plan and its variations (PRSRA 2011 s.5, s.28(3)). */
@ApiTags('Police and crime plans (PRSRA 2011 s.5)')
@Controller({ version: '1' })
export class PoliceAndCrimePlanController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/police-and-crime-plans')
  @CommandEndpoint(AGG, 'DraftPlan')
  @ApiOperation({ operationId: 'DraftPlan', summary: 'The PCC prepares a draft police and crime plan (s.5(1)-(3), (6))' })
  @CommandResponses(true)
  draft(@Param('area', SlugPipe) area: string, @Body() body: DraftPlanRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'DraftPlan', body, { forceArea: area });
  }

  @Post('police-and-crime-plans/:id/chief-constable-consultation')
  @CommandEndpoint(AGG, 'ConsultChiefConstable')
  @ApiOperation({ operationId: 'ConsultChiefConstable', summary: 'The PCC consults the chief constable on the draft, or on changes after the panel report (s.5(6))' })
  @CommandResponses(false)
  consult(@Param('id', SlugPipe) id: string, @Body() body: ConsultChiefConstableRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ConsultChiefConstable', body);
  }

  @Post('police-and-crime-plans/:id/panel-submission')
  @CommandEndpoint(AGG, 'SendDraftToPanel')
  @ApiOperation({ operationId: 'SendDraftToPanel', summary: 'The PCC sends the draft to the panel (s.5(6)(c))' })
  @CommandResponses(false)
  sendToPanel(@Param('id', SlugPipe) id: string, @Body() body: SendDraftToPanelRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'SendDraftToPanel', body);
  }

  @Post('police-and-crime-plans/:id/report')
  @CommandEndpoint(AGG, 'MakePlanReport')
  @ApiOperation({ operationId: 'MakePlanReport', summary: 'The panel reports on the draft (s.28(3))' })
  @CommandResponses(false)
  report(@Param('id', SlugPipe) id: string, @Body() body: MakePlanReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'MakePlanReport', body);
  }

  @Post('police-and-crime-plans/:id/response')
  @CommandEndpoint(AGG, 'PublishPlanResponse')
  @ApiOperation({ operationId: 'PublishPlanResponse', summary: "The PCC responds to the panel's report and publishes the response (s.5(6)(e)-(f))" })
  @CommandResponses(false)
  respond(@Param('id', SlugPipe) id: string, @Body() body: PublishPlanResponseRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishPlanResponse', body);
  }

  @Post('police-and-crime-plans/:id/issue')
  @CommandEndpoint(AGG, 'IssuePlan')
  @ApiOperation({ operationId: 'IssuePlan', summary: 'The PCC issues the plan (s.5(1)-(3))' })
  @CommandResponses(false)
  issue(@Param('id', SlugPipe) id: string, @Body() body: IssuePlanRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'IssuePlan', body);
  }

  @Post('police-and-crime-plans/:id/publication')
  @CommandEndpoint(AGG, 'PublishPlan')
  @ApiOperation({ operationId: 'PublishPlan', summary: 'The PCC publishes the issued plan (s.5(10)(b), (12))' })
  @CommandResponses(false)
  publish(@Param('id', SlugPipe) id: string, @Body() body: PublishPlanRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishPlan', body);
  }

  @Post('police-and-crime-plans/:id/copies')
  @CommandEndpoint(AGG, 'SendPlanCopy')
  @ApiOperation({ operationId: 'SendPlanCopy', summary: 'The PCC sends a copy to the chief constable or a responsible authority (s.5(10)(a))' })
  @CommandResponses(false)
  sendCopy(@Param('id', SlugPipe) id: string, @Body() body: SendPlanCopyRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'SendPlanCopy', body);
  }

  @Post('police-and-crime-plans/:id/variations')
  @CommandEndpoint(AGG, 'DraftPlanVariation')
  @ApiOperation({ operationId: 'DraftPlanVariation', summary: 'The PCC drafts a variation of the issued plan (s.5(4), (6))' })
  @CommandResponses(false)
  vary(@Param('id', SlugPipe) id: string, @Body() body: DraftPlanVariationRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'DraftPlanVariation', body);
  }

  @Post('police-and-crime-plans/:id/variation-issue')
  @CommandEndpoint(AGG, 'IssuePlanVariation')
  @ApiOperation({ operationId: 'IssuePlanVariation', summary: 'The PCC issues the variation in preparation (s.5(4))' })
  @CommandResponses(false)
  issueVariation(@Param('id', SlugPipe) id: string, @Body() body: IssuePlanVariationRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'IssuePlanVariation', body);
  }
}
