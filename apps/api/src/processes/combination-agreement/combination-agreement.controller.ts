import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  ApproveMergerRequest,
  BringAgreementIntoForceRequest,
  JoinAsSecretaryOfStateRequest,
  RequestMergerRequest,
  SignAgreementRequest,
  TerminateAgreementRequest,
  VaryAgreementRequest,
} from './combination-agreement.request';

const AGG = 'CombinationAgreement';

/**
 * CSP mergers (CDA 1998 s.5A): request → every RA signs → each PCC enters → the Secretary of
 * State joins when the area spans police areas → in force → varied / terminated.
 */
@ApiTags('CSP mergers (CDA 1998 s.5A)')
@Controller({ version: '1' })
export class CombinationAgreementController {
  constructor(private readonly commands: CommandRunner) {}

  @Post('force-areas/:area/mergers')
  @CommandEndpoint(AGG, 'RequestMerger')
  @ApiOperation({ operationId: 'RequestMerger', summary: 'Responsible authorities ask to combine their areas (non-binding)' })
  @CommandResponses(true)
  request(@Param('area', SlugPipe) area: string, @Body() body: RequestMergerRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, null, 'RequestMerger', body, { forceArea: area });
  }

  @Post('mergers/:id/signatures')
  @CommandEndpoint(AGG, 'SignAgreement')
  @ApiOperation({ operationId: 'SignAgreement', summary: 'A responsible authority signs the agreement' })
  @CommandResponses(false)
  sign(@Param('id', SlugPipe) id: string, @Body() body: SignAgreementRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'SignAgreement', body);
  }

  @Post('mergers/:id/pcc-approvals')
  @CommandEndpoint(AGG, 'ApproveMerger')
  @ApiOperation({ operationId: 'ApproveMerger', summary: 'A PCC enters the agreement on a s.5A(2) interests ground' })
  @CommandResponses(false)
  approve(@Param('id', SlugPipe) id: string, @Body() body: ApproveMergerRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ApproveMerger', body);
  }

  @Post('mergers/:id/secretary-of-state')
  @CommandEndpoint(AGG, 'JoinAsSecretaryOfState')
  @ApiOperation({ operationId: 'JoinAsSecretaryOfState', summary: 'The Secretary of State joins a cross-force agreement (s.5A(5)-(6))' })
  @CommandResponses(false)
  secretaryOfState(@Param('id', SlugPipe) id: string, @Body() body: JoinAsSecretaryOfStateRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'JoinAsSecretaryOfState', body);
  }

  @Post('mergers/:id/commencement')
  @CommandEndpoint(AGG, 'BringAgreementIntoForce')
  @ApiOperation({ operationId: 'BringAgreementIntoForce', summary: 'The agreement comes into force once every party has entered it' })
  @CommandResponses(false)
  inForce(@Param('id', SlugPipe) id: string, @Body() body: BringAgreementIntoForceRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'BringAgreementIntoForce', body);
  }

  @Post('mergers/:id/variations')
  @CommandEndpoint(AGG, 'VaryAgreement')
  @ApiOperation({ operationId: 'VaryAgreement', summary: 'The parties vary the agreement in writing (s.5A(7))' })
  @CommandResponses(false)
  vary(@Param('id', SlugPipe) id: string, @Body() body: VaryAgreementRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'VaryAgreement', body);
  }

  @Post('mergers/:id/termination')
  @CommandEndpoint(AGG, 'TerminateAgreement')
  @ApiOperation({ operationId: 'TerminateAgreement', summary: 'The parties end the agreement in writing (s.5A(8))' })
  @CommandResponses(false)
  terminate(@Param('id', SlugPipe) id: string, @Body() body: TerminateAgreementRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'TerminateAgreement', body);
  }
}
