import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  IssuePreceptRequest,
  MakeSecondPreceptReportRequest,
  NotifyProposedPreceptRequest,
  NotifyRevisedPreceptRequest,
  PublishPreceptResponseRequest,
  ReportOnProposedPreceptRequest,
  VetoProposedPreceptRequest,
} from './precept-cycle.request';

const AGG = 'PreceptCycle';

/** Scrutiny of the proposed precept (PRSRA 2011 s.26, Sch 5; SI 2012/2271 Part 2). */
@ApiTags('Precept cycles (PRSRA 2011 Sch 5; SI 2012/2271)')
@Controller({ version: '1' })
export class PreceptCycleController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/precept-cycles')
  @CommandEndpoint(AGG, 'NotifyProposedPrecept')
  @ApiOperation({ operationId: 'NotifyProposedPrecept', summary: 'The PCC notifies the panel of the proposed precept, by 1 February (Sch 5 para 2; reg 3)' })
  @CommandResponses(true)
  notify(@Param('area', SlugPipe) area: string, @Body() body: NotifyProposedPreceptRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'NotifyProposedPrecept', body, { forceArea: area });
  }

  @Post('precept-cycles/:id/report')
  @CommandEndpoint(AGG, 'ReportOnProposedPrecept')
  @ApiOperation({ operationId: 'ReportOnProposedPrecept', summary: 'The panel reports on the proposed precept without a veto, by 8 February (Sch 5 para 3; reg 4)' })
  @CommandResponses(false)
  report(@Param('id', SlugPipe) id: string, @Body() body: ReportOnProposedPreceptRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ReportOnProposedPrecept', body);
  }

  @Post('precept-cycles/:id/veto')
  @CommandEndpoint(AGG, 'VetoProposedPrecept')
  @ApiOperation({ operationId: 'VetoProposedPrecept', summary: "The panel's report vetoes the proposed precept by two-thirds of its members (Sch 5 para 4)" })
  @CommandResponses(false)
  veto(@Param('id', SlugPipe) id: string, @Body() body: VetoProposedPreceptRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'VetoProposedPrecept', body);
  }

  @Post('precept-cycles/:id/responses')
  @CommandEndpoint(AGG, 'PublishPreceptResponse')
  @ApiOperation({ operationId: 'PublishPreceptResponse', summary: "The PCC responds to the panel's first or second report (Sch 5 paras 5-6; regs 5, 7)" })
  @CommandResponses(false)
  respond(@Param('id', SlugPipe) id: string, @Body() body: PublishPreceptResponseRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishPreceptResponse', body);
  }

  @Post('precept-cycles/:id/revised-precept')
  @CommandEndpoint(AGG, 'NotifyRevisedPrecept')
  @ApiOperation({ operationId: 'NotifyRevisedPrecept', summary: 'After a veto the PCC notifies a revised precept, by 15 February (Sch 5 para 6; reg 5)' })
  @CommandResponses(false)
  revise(@Param('id', SlugPipe) id: string, @Body() body: NotifyRevisedPreceptRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'NotifyRevisedPrecept', body);
  }

  @Post('precept-cycles/:id/second-report')
  @CommandEndpoint(AGG, 'MakeSecondPreceptReport')
  @ApiOperation({ operationId: 'MakeSecondPreceptReport', summary: 'The panel reports on the revised precept, by 22 February (reg 6)' })
  @CommandResponses(false)
  secondReport(@Param('id', SlugPipe) id: string, @Body() body: MakeSecondPreceptReportRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'MakeSecondPreceptReport', body);
  }

  @Post('precept-cycles/:id/issue')
  @CommandEndpoint(AGG, 'IssuePrecept')
  @ApiOperation({ operationId: 'IssuePrecept', summary: 'The PCC issues the precept once scrutiny has ended (s.26, Sch 5 para 1; reg 8)' })
  @CommandResponses(false)
  issue(@Param('id', SlugPipe) id: string, @Body() body: IssuePreceptRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'IssuePrecept', body);
  }
}
