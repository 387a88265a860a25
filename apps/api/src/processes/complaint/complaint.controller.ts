import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMPLAINT_CLASSIFICATION } from '@ledger/domain';
import { ClearFields, ComplaintPersonalData } from '@ledger/governance';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { AuthedRequest, CommandEndpoint } from '../../common/auth';
import { CommandResponses } from '../../common/command-responses';
import { CommandResponse, CommandRunner } from '../../common/command-runner';
import { SlugPipe } from '../../common/params';
import {
  ComplainantChangesDto,
  DecideNotToRecordRequest,
  DisapplyRequirementsRequest,
  ErasePersonalDataRequest,
  ReceiveComplaintRequest,
  RecordComplaintRequest,
  RecordInformalResolutionOutcomeRequest,
  RecordReferralBackRequest,
  ReferToIpccRequest,
  StartInformalResolutionRequest,
  UpdateComplainantRequest,
  WithdrawComplaintRequest,
} from './complaint.request';

const AGG = 'Complaint';
/** Every complaint event carries the complaint's classification (Sch 12A paras 1-2). */
const exempt = <T extends object>(body: T) => ({ ...body, classification: COMPLAINT_CLASSIFICATION });

/** Commitment paths of the complainant's fields, in the domain's `commitments` maps. */
function clearFields(c: { name?: string | null; contact?: string | null }): ClearFields {
  const out: ClearFields = {};
  if (c.name) out['complainant.name'] = c.name;
  if (c.contact) out['complainant.contact'] = c.contact;
  return out;
}

/**
 * Complaints about the PCC or deputy handled by the panel (PRSRA 2011 Sch 7; SI 2012/62).
 * The complainant's details arrive in clear and are sealed in the personal-data vault
 * before the append; the log holds `{ subjectId, commitments }` only.
 */
@ApiTags('Complaints (PRSRA 2011 Sch 7; SI 2012/62)')
@Controller({ version: '1' })
export class ComplaintController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly personal: ComplaintPersonalData,
  ) {}

  /**
   * A fresh subject per complaint. Sealing happens inside the command, once the log shows the
   * act is new and its headers and preconditions hold, bound to the event's id; a retry of a
   * recorded complaint replays it and seals nothing. The complainant is passed as extra data,
   * not in the body, so the idempotency fingerprint never covers the clear values. If the act
   * is then refused, what was sealed for it is withdrawn.
   */
  @Post('force-areas/:area/complaints')
  @CommandEndpoint(AGG, 'ReceiveComplaint')
  @ApiOperation({ operationId: 'ReceiveComplaint', summary: 'The panel receives a complaint about the PCC or deputy PCC (the complainant is sealed, never stored)' })
  @CommandResponses(true)
  receive(@Param('area', SlugPipe) area: string, @Body() body: ReceiveComplaintRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<CommandResponse> {
    const { complainant, ...rest } = body;
    const subjectId = randomUUID();
    return this.sealing(req, res, null, 'ReceiveComplaint', exempt(rest), { forceArea: area }, subjectId, async (eventId) => ({
      complainant: { subjectId, commitments: await this.personal.seal(subjectId, eventId, ['complainant', 'commitments'], clearFields(complainant)) },
    }));
  }

  /** Runs a command whose prepare step seals personal data, withdrawing it if the act is refused. */
  private async sealing(
    req: AuthedRequest,
    res: Response,
    caseId: string | null,
    type: string,
    body: object,
    extraData: Record<string, unknown>,
    newSubject: string | undefined,
    seal: (eventId: string) => Promise<Record<string, unknown>>,
  ): Promise<CommandResponse> {
    let sealed: { stream: string; eventId: string } | null = null;
    try {
      return await this.commands.run(req, res, AGG, caseId, type, body, extraData, {
        prepare: ({ stream, eventId }) => {
          sealed = { stream, eventId: eventId(0) };
          return seal(sealed.eventId);
        },
      });
    } catch (e) {
      const s = sealed as { stream: string; eventId: string } | null;
      if (s) await this.personal.discardUnrecorded(s.stream, s.eventId, newSubject);
      throw e;
    }
  }

  @Post('complaints/:id/recording')
  @CommandEndpoint(AGG, 'RecordComplaint')
  @ApiOperation({ operationId: 'RecordComplaint', summary: 'The panel records the complaint (reg 9)' })
  @CommandResponses(false)
  record(@Param('id', SlugPipe) id: string, @Body() body: RecordComplaintRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordComplaint', exempt(body));
  }

  @Post('complaints/:id/non-recording-decision')
  @CommandEndpoint(AGG, 'DecideNotToRecord')
  @ApiOperation({ operationId: 'DecideNotToRecord', summary: 'The panel decides not to record the complaint, with grounds (reg 10)' })
  @CommandResponses(false)
  notRecorded(@Param('id', SlugPipe) id: string, @Body() body: DecideNotToRecordRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'DecideNotToRecord', exempt(body));
  }

  @Post('complaints/:id/referral')
  @CommandEndpoint(AGG, 'ReferToIPCC')
  @ApiOperation({ operationId: 'ReferToIPCC', summary: 'The panel refers the complaint to the IPCC (reg 13; late referral is flagged)' })
  @CommandResponses(false)
  refer(@Param('id', SlugPipe) id: string, @Body() body: ReferToIpccRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'ReferToIPCC', exempt(body));
  }

  @Post('complaints/:id/referral-back')
  @CommandEndpoint(AGG, 'RecordReferralBack')
  @ApiOperation({ operationId: 'RecordReferralBack', summary: 'The IPCC refers the complaint back to the panel (reg 14(2))' })
  @CommandResponses(false)
  referredBack(@Param('id', SlugPipe) id: string, @Body() body: RecordReferralBackRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordReferralBack', exempt(body));
  }

  @Post('complaints/:id/disapplication')
  @CommandEndpoint(AGG, 'DisapplyRequirements')
  @ApiOperation({ operationId: 'DisapplyRequirements', summary: 'The panel sets the requirements aside on a reg 15(3) ground' })
  @CommandResponses(false)
  disapply(@Param('id', SlugPipe) id: string, @Body() body: DisapplyRequirementsRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'DisapplyRequirements', exempt(body));
  }

  @Post('complaints/:id/informal-resolution')
  @CommandEndpoint(AGG, 'StartInformalResolution')
  @ApiOperation({ operationId: 'StartInformalResolution', summary: 'Informal resolution starts (reg 28)' })
  @CommandResponses(false)
  startInformal(@Param('id', SlugPipe) id: string, @Body() body: StartInformalResolutionRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'StartInformalResolution', exempt(body));
  }

  @Post('complaints/:id/informal-resolution/outcome')
  @CommandEndpoint(AGG, 'RecordInformalResolutionOutcome')
  @ApiOperation({ operationId: 'RecordInformalResolutionOutcome', summary: 'The outcome of informal resolution is recorded (reg 28(12)-(13))' })
  @CommandResponses(false)
  informalOutcome(@Param('id', SlugPipe) id: string, @Body() body: RecordInformalResolutionOutcomeRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'RecordInformalResolutionOutcome', exempt(body));
  }

  @Post('complaints/:id/withdrawal')
  @CommandEndpoint(AGG, 'WithdrawComplaint')
  @ApiOperation({ operationId: 'WithdrawComplaint', summary: 'The complainant withdraws the complaint (reg 16)' })
  @CommandResponses(false)
  withdraw(@Param('id', SlugPipe) id: string, @Body() body: WithdrawComplaintRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    return this.commands.run(req, res, AGG, id, 'WithdrawComplaint', exempt(body));
  }

  /**
   * New details are sealed under the case's existing subject. The act is checked with the
   * pure decider first (e.g. refused once the subject is erased), so nothing is sealed for
   * an act the rules refuse; if it is refused later all the same, its rows are withdrawn.
   */
  @Post('complaints/:id/complainant-updates')
  @CommandEndpoint(AGG, 'UpdateComplainant')
  @ApiOperation({ operationId: 'UpdateComplainant', summary: 'The complainant was kept informed; new contact details are sealed (regs 32-33)' })
  @CommandResponses(false)
  updateComplainant(@Param('id', SlugPipe) id: string, @Body() body: UpdateComplainantRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<CommandResponse> {
    const { complainant, ...rest } = body;
    const fields = complainant ? clearFields(complainant as ComplainantChangesDto) : {};
    if (Object.keys(fields).length === 0) return this.commands.run(req, res, AGG, id, 'UpdateComplainant', exempt(rest));
    return this.sealing(req, res, id, 'UpdateComplainant', exempt(rest), {}, undefined, async (eventId) => {
      const state = await this.personal.load(id, req.actor!);
      const placeholder = Object.fromEntries(Object.keys(fields).map((k) => [k, '0'.repeat(64)]));
      this.personal.check(state, { type: 'UpdateComplainant', data: { informedOf: rest.informedOf, commitments: placeholder } }, req.actor!, rest.effectiveAt);
      return { commitments: await this.personal.seal(state.complainant.subjectId, eventId, ['commitments'], fields) };
    });
  }

  /**
   * Crypto-shredding (INTEGRITY.md): once the log shows the act is new, it is checked with the
   * pure decider (right subject, not yet erased, authority and reason), then the subject's key
   * and sealed values are erased, then PersonalDataErased is appended with every commitment the
   * case holds. The vault goes first: if the append then fails, a retry finds nothing left to
   * erase and records the erasure; the reverse order could record an erasure that never happened.
   */
  @Post('complaints/:id/erasure')
  @CommandEndpoint(AGG, 'ErasePersonalData')
  @ApiOperation({ operationId: 'ErasePersonalData', summary: 'Erase the complainant’s personal data (key deleted; commitments and proofs stay)' })
  @CommandResponses(false)
  erase(@Param('id', SlugPipe) id: string, @Body() body: ErasePersonalDataRequest, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<CommandResponse> {
    return this.commands.run(req, res, AGG, id, 'ErasePersonalData', exempt(body), {}, {
      prepare: async () => {
        const state = await this.personal.load(id, req.actor!);
        const commitments = [...state.complainant.allCommitments];
        this.personal.check(state, { type: 'ErasePersonalData', data: { subjectId: body.subjectId, commitments, authority: body.authority, reason: body.reason } }, req.actor!, body.effectiveAt);
        await this.personal.erase(body.subjectId);
        return { commitments };
      },
    });
  }
}
