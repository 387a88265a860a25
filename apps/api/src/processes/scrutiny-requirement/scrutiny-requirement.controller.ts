import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  ReceiveWrittenResponseRequest,
  RecordAttendanceRequest,
  RecordNonComplianceRequest,
  RequestChiefConstableAttendanceRequest,
  RequireAttendanceRequest,
  RequireWrittenResponseRequest,
} from './scrutiny-requirement.request';

const AGG = 'ScrutinyRequirement';

/** The panel requires attendance or a written response (PRSRA 2011 s.29). One case per requirement. */
@ApiTags('Scrutiny requirements (PRSRA 2011 s.29)')
@Controller({ version: '1' })
export class ScrutinyRequirementController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/attendance-requirements')
  @CommandEndpoint(AGG, 'RequireAttendance')
  @ApiOperation({ operationId: 'RequireAttendance', summary: 'The panel requires the PCC or a member of the PCC’s staff to attend a meeting' })
  @CommandResponses(true)
  requireAttendance(@Param('area', SlugPipe) area: string, @Body() body: RequireAttendanceRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'RequireAttendance', body, { forceArea: area });
  }

  @Post('force-areas/:area/written-response-requirements')
  @CommandEndpoint(AGG, 'RequireWrittenResponse')
  @ApiOperation({ operationId: 'RequireWrittenResponse', summary: 'The panel requires a written response to a report or recommendation' })
  @CommandResponses(true)
  requireWrittenResponse(@Param('area', SlugPipe) area: string, @Body() body: RequireWrittenResponseRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'RequireWrittenResponse', body, { forceArea: area });
  }

  @Post('scrutiny-requirements/:id/chief-constable-request')
  @CommandEndpoint(AGG, 'RequestChiefConstableAttendance')
  @ApiOperation({ operationId: 'RequestChiefConstableAttendance', summary: 'The panel asks the chief constable to attend alongside the PCC' })
  @CommandResponses(false)
  requestChiefConstable(@Param('id', SlugPipe) id: string, @Body() body: RequestChiefConstableAttendanceRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RequestChiefConstableAttendance', body);
  }

  @Post('scrutiny-requirements/:id/attendance')
  @CommandEndpoint(AGG, 'RecordAttendance')
  @ApiOperation({ operationId: 'RecordAttendance', summary: 'Who attended the meeting as required' })
  @CommandResponses(false)
  recordAttendance(@Param('id', SlugPipe) id: string, @Body() body: RecordAttendanceRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordAttendance', body);
  }

  @Post('scrutiny-requirements/:id/written-response')
  @CommandEndpoint(AGG, 'ReceiveWrittenResponse')
  @ApiOperation({ operationId: 'ReceiveWrittenResponse', summary: 'The written response was received (late ones are flagged)' })
  @CommandResponses(false)
  receiveWrittenResponse(@Param('id', SlugPipe) id: string, @Body() body: ReceiveWrittenResponseRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ReceiveWrittenResponse', body);
  }

  @Post('scrutiny-requirements/:id/non-compliance')
  @CommandEndpoint(AGG, 'RecordNonCompliance')
  @ApiOperation({ operationId: 'RecordNonCompliance', summary: 'The requirement was not complied with (after the meeting or due date)' })
  @CommandResponses(false)
  recordNonCompliance(@Param('id', SlugPipe) id: string, @Body() body: RecordNonComplianceRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordNonCompliance', body);
  }
}
