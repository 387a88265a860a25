import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  ClassifyDocumentRequest,
  OpenDecisionRegisterRequest,
  PublishSpecifiedInformationRequest,
  ReclassifyDocumentRequest,
  RecordDecisionRequest,
} from './decision-register.request';

const AGG = 'DecisionRegister';

/** The PCC's register of decisions and published information (PRSRA 2011 s.11; SI 2011/3050). */
@ApiTags('Decision registers (PRSRA 2011 s.11; SI 2011/3050)')
@Controller({ version: '1' })
export class DecisionRegisterController {
  constructor(private readonly commands: CommandRunner) {}

  /** One register per PCC office: the case id is the police area unless the body names one. */
  @Post('force-areas/:area/decision-registers')
  @CommandEndpoint(AGG, 'OpenDecisionRegister')
  @ApiOperation({ operationId: 'OpenDecisionRegister', summary: 'Open the PCC office’s decision register (case id defaults to the police area)' })
  @CommandResponses(true)
  open(@Param('area', SlugPipe) area: string, @Body() body: OpenDecisionRegisterRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, body.caseId ?? area, 'OpenDecisionRegister', body, { forceArea: area });
  }

  @Post('decision-registers/:id/decisions')
  @CommandEndpoint(AGG, 'RecordDecision')
  @ApiOperation({ operationId: 'RecordDecision', summary: 'A decision is entered on the register' })
  @CommandResponses(false)
  recordDecision(@Param('id', SlugPipe) id: string, @Body() body: RecordDecisionRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordDecision', body);
  }

  @Post('decision-registers/:id/publications')
  @CommandEndpoint(AGG, 'PublishSpecifiedInformation')
  @ApiOperation({ operationId: 'PublishSpecifiedInformation', summary: 'Information specified by SI 2011/3050 is published' })
  @CommandResponses(false)
  publish(@Param('id', SlugPipe) id: string, @Body() body: PublishSpecifiedInformationRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishSpecifiedInformation', body);
  }

  @Post('decision-registers/:id/document-classifications')
  @CommandEndpoint(AGG, 'ClassifyDocument')
  @ApiOperation({ operationId: 'ClassifyDocument', summary: 'A document’s access (Sch 12A) and purpose are recorded' })
  @CommandResponses(false)
  classify(@Param('id', SlugPipe) id: string, @Body() body: ClassifyDocumentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ClassifyDocument', body);
  }

  @Post('decision-registers/:id/document-reclassifications')
  @CommandEndpoint(AGG, 'ReclassifyDocument')
  @ApiOperation({ operationId: 'ReclassifyDocument', summary: 'A document’s access changes, with the reason (purpose never changes)' })
  @CommandResponses(false)
  reclassify(@Param('id', SlugPipe) id: string, @Body() body: ReclassifyDocumentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ReclassifyDocument', body);
  }
}
