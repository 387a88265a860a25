import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import { AwardGrantRequest, PublishGrantRequest, RequireGrantRepaymentRequest } from './grant.request';

const AGG = 'Grant';

/** Crime and disorder reduction grants (PRSRA 2011 s.9) and their monthly publication (SI 2011/3050). */
@ApiTags('Grants (PRSRA 2011 s.9)')
@Controller({ version: '1' })
export class GrantController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/grants')
  @CommandEndpoint(AGG, 'AwardGrant')
  @ApiOperation({ operationId: 'AwardGrant', summary: 'The PCC awards a crime and disorder reduction grant' })
  @CommandResponses(true)
  award(@Param('area', SlugPipe) area: string, @Body() body: AwardGrantRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'AwardGrant', body, { forceArea: area });
  }

  @Post('grants/:id/publication')
  @CommandEndpoint(AGG, 'PublishGrant')
  @ApiOperation({ operationId: 'PublishGrant', summary: 'The grant is published in the monthly cycle (late ones are flagged)' })
  @CommandResponses(false)
  publish(@Param('id', SlugPipe) id: string, @Body() body: PublishGrantRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'PublishGrant', body);
  }

  @Post('grants/:id/repayment-requirements')
  @CommandEndpoint(AGG, 'RequireGrantRepayment')
  @ApiOperation({ operationId: 'RequireGrantRepayment', summary: 'The PCC requires repayment under a condition of the grant (s.9(2))' })
  @CommandResponses(false)
  requireRepayment(@Param('id', SlugPipe) id: string, @Body() body: RequireGrantRepaymentRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RequireGrantRepayment', body);
  }
}
