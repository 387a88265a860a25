import { IntersectionType } from '@nestjs/swagger';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { Text, OptionalText, Day, OptionalDay, Flag, OptionalFlag, TextList, Choice } from '../request-fields';

export class DraftPlanRequest extends OpenCaseRequest {
  @Text(500, { example: "Kent PCC's Police and Crime Plan", description: 'Title of the plan' })
  title!: string;

  @OptionalDay({
    format: 'date',
    example: '2012-11-15',
    nullable: true,
    description:
      'For the first plan after an ordinary election: the poll date; the plan is due within that financial year (s.5(1))',
  })
  electionPollDate?: string | null;
}

/** s.5(6)(b): before the panel sees the draft, or on changes after its report. No data of its own. */
export class ConsultChiefConstableRequest extends CommandRequest {}

/** s.5(6)(c). No data of its own. */
export class SendDraftToPanelRequest extends CommandRequest {}

export class MakePlanReportRequest extends CommandRequest {
  @TextList(100, 5000, {
    example: ['Add a measure for rural crime'],
    description: "The panel's recommendations on the draft (s.28(3)); the panel has no veto",
  })
  recommendations!: string[];
}

export class PublishPlanResponseRequest extends CommandRequest {
  @OptionalText(2000, {
    example: 'https://www.kent-pcc.gov.uk/plan/response-to-panel',
    nullable: true,
    description: 'Where the response is published (s.5(6)(e)-(f))',
  })
  url?: string | null;
}

/** The s.5(6) facts shared by issuing the plan and issuing a variation. */
class IssueFields {
  @Choice({
    example: 'commissioner',
    enum: ['commissioner', 'acting_commissioner'],
    description: 'Who issues: an acting commissioner cannot issue or vary the plan (s.62(4))',
  })
  issuedBy!: 'commissioner' | 'acting_commissioner';

  @Flag({ example: false, description: 'The issued text differs from the draft sent to the panel' })
  changedFromDraft!: boolean;

  @OptionalFlag({
    example: false,
    description:
      'With no panel report: the PCC records that the reasonable time allowed to the panel has passed (s.5(6)(c))',
  })
  reasonableTimeElapsed?: boolean;
}

class PlanPeriodFields {
  @Day({ format: 'date', example: '2013-04-01', description: 'First day of the period the plan covers' })
  periodFrom!: string;

  @Day({ format: 'date', example: '2017-03-31', description: 'Last day of the period the plan covers' })
  periodTo!: string;
}

export class IssuePlanRequest extends IntersectionType(CommandRequest, IssueFields, PlanPeriodFields) {}

export class PublishPlanRequest extends CommandRequest {
  @OptionalText(2000, {
    example: 'https://www.kent-pcc.gov.uk/plan',
    nullable: true,
    description: 'Where the plan is published (s.5(10)(b))',
  })
  url?: string | null;
}

export class SendPlanCopyRequest extends CommandRequest {
  @Text(200, { example: 'Chief Constable of Kent Police', description: 'Who the copy was sent to' })
  recipient!: string;

  @Choice({
    example: 'chief_constable',
    enum: ['chief_constable', 'responsible_authority'],
    description: 'Kind of recipient (s.5(10)(a))',
  })
  recipientKind!: 'chief_constable' | 'responsible_authority';
}

export class DraftPlanVariationRequest extends CommandRequest {
  @Text(5000, { example: 'Add a priority on cyber crime', description: 'What the variation changes (s.5(4))' })
  description!: string;
}

export class IssuePlanVariationRequest extends IntersectionType(CommandRequest, IssueFields) {}
