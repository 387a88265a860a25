import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  AddPanelAliasRequest,
  AdoptRulesOfProcedureRequest,
  AppointMemberRequest,
  CooptMemberRequest,
  EstablishPanelRequest,
  NotifyPanelArrangementsRequest,
  RecordMemberLeftRequest,
  ResolveCoOptedNumberRequest,
} from './police-and-crime-panel.request';

const AGG = 'PoliceAndCrimePanel';

/** The panel itself and its roster (PRSRA 2011 s.28, Sch 6). */
@ApiTags('Police and crime panels (PRSRA 2011 s.28, Sch 6)')
@Controller({ version: '1' })
export class PoliceAndCrimePanelController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/police-and-crime-panels')
  @CommandEndpoint(AGG, 'EstablishPanel')
  @ApiOperation({ operationId: 'EstablishPanel', summary: 'The panel for the police area is established (s.28, Sch 6 Parts 2-3)' })
  @CommandResponses(true)
  establish(@Param('area', SlugPipe) area: string, @Body() body: EstablishPanelRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'EstablishPanel', body, { forceArea: area });
  }

  @Post('police-and-crime-panels/:id/aliases')
  @CommandEndpoint(AGG, 'AddPanelAlias')
  @ApiOperation({ operationId: 'AddPanelAlias', summary: 'Record another name the papers use for the panel' })
  @CommandResponses(false)
  addAlias(@Param('id', SlugPipe) id: string, @Body() body: AddPanelAliasRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'AddPanelAlias', body);
  }

  @Post('police-and-crime-panels/:id/arrangements-notification')
  @CommandEndpoint(AGG, 'NotifyPanelArrangements')
  @ApiOperation({ operationId: 'NotifyPanelArrangements', summary: 'The councils notify the Secretary of State of the panel arrangements (SI 2012/1433 reg 3)' })
  @CommandResponses(false)
  notifyArrangements(@Param('id', SlugPipe) id: string, @Body() body: NotifyPanelArrangementsRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'NotifyPanelArrangements', body);
  }

  @Post('police-and-crime-panels/:id/members')
  @CommandEndpoint(AGG, 'AppointMember')
  @ApiOperation({ operationId: 'AppointMember', summary: 'A council appoints a councillor member (Sch 6 para 4(1)-(2))' })
  @CommandResponses(false)
  appoint(@Param('id', SlugPipe) id: string, @Body() body: AppointMemberRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'AppointMember', body);
  }

  @Post('police-and-crime-panels/:id/co-opted-members')
  @CommandEndpoint(AGG, 'CooptMember')
  @ApiOperation({ operationId: 'CooptMember', summary: 'The panel co-opts a member (Sch 6 paras 4(3), 22-23)' })
  @CommandResponses(false)
  coopt(@Param('id', SlugPipe) id: string, @Body() body: CooptMemberRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'CooptMember', body);
  }

  @Post('police-and-crime-panels/:id/member-departures')
  @CommandEndpoint(AGG, 'RecordMemberLeft')
  @ApiOperation({ operationId: 'RecordMemberLeft', summary: 'A member ceases to be a member of the panel' })
  @CommandResponses(false)
  memberLeft(@Param('id', SlugPipe) id: string, @Body() body: RecordMemberLeftRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordMemberLeft', body);
  }

  @Post('police-and-crime-panels/:id/co-opted-number')
  @CommandEndpoint(AGG, 'ResolveCoOptedNumber')
  @ApiOperation({ operationId: 'ResolveCoOptedNumber', summary: 'The panel resolves how many members it co-opts (Sch 6 para 4(4))' })
  @CommandResponses(false)
  cooptedNumber(@Param('id', SlugPipe) id: string, @Body() body: ResolveCoOptedNumberRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ResolveCoOptedNumber', body);
  }

  @Post('police-and-crime-panels/:id/rules-of-procedure')
  @CommandEndpoint(AGG, 'AdoptRulesOfProcedure')
  @ApiOperation({ operationId: 'AdoptRulesOfProcedure', summary: 'The panel adopts its rules of procedure, including the quorum (Sch 6 para 25)' })
  @CommandResponses(false)
  rules(@Param('id', SlugPipe) id: string, @Body() body: AdoptRulesOfProcedureRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'AdoptRulesOfProcedure', body);
  }
}
