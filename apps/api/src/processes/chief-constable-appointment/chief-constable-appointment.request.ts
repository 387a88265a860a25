import { IntersectionType } from '@nestjs/swagger';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import {
  MAX_PANEL_MEMBERS,
  PanelMemberAtTimeDto,
  IsPanelRoster,
  RosterPanelId,
} from '../police-and-crime-panel/police-and-crime-panel.request';
import { AppointmentReportRequest, ConfirmationHearingRequest } from '../confirmation.request';
import { Text, OptionalText, Day, Flag, Whole, OptionalNestedList } from '../request-fields';

/** An inclusive run of days excluded from a three-week confirmation window. */
export class PostElectionPeriodDto {
  @Day({ format: 'date', example: '2016-05-05', description: 'Poll day (first excluded day)' })
  from!: string;

  @Day({
    format: 'date',
    example: '2016-05-12',
    description: 'Day the elected PCC accepted office (last excluded day)',
  })
  to!: string;
}

/**
 * The notification items (Sch 8 para 3; SI 2012/2271 reg 9). Shared by the proposed and
 * reserve candidate acts, which differ only in the case-opening fields.
 */
class CandidateNotificationFields {
  @Text(200, { example: 'Alan Pughsley', description: 'Name of the candidate' })
  candidate!: string;

  @Flag({ example: true, description: 'The candidate is or has been a constable in the UK (Sch 8 para 2(1))' })
  isOrWasConstable!: boolean;

  @Text(2000, { example: 'Deputy Chief Constable, Kent Police', description: 'Police service of the candidate' })
  constableService!: string;

  @Text(5000, {
    example: 'Published role profile for the chief constable',
    description: 'Criteria used to assess the candidate',
  })
  criteria!: string;

  @Text(5000, {
    example: 'Meets every criterion; strongest at interview',
    description: 'Why the candidate meets the criteria',
  })
  reasons!: string;

  @Text(5000, {
    example: 'Five-year fixed term; salary £150,000',
    description: 'Terms and conditions of the proposed appointment',
  })
  terms!: string;

  @Day({
    format: 'date',
    example: '2014-01-06',
    description: 'Day the panel received the notification: day 1 of the three weeks (Sch 8 para 4(9))',
  })
  receivedByPanelOn!: string;

  @OptionalNestedList(PostElectionPeriodDto, 10, {
    type: [PostElectionPeriodDto],
    description: 'Post-election periods touching the window: not counted (Sch 8 para 4(10))',
  })
  postElectionPeriods?: PostElectionPeriodDto[];
}

export class NotifyProposedAppointmentRequest extends IntersectionType(OpenCaseRequest, CandidateNotificationFields) {}

export class NotifyReserveCandidateRequest extends IntersectionType(CommandRequest, CandidateNotificationFields) {}

export class HoldConfirmationHearingRequest extends ConfirmationHearingRequest {}

export class MakeAppointmentReportRequest extends AppointmentReportRequest {}

export class VetoAppointmentRequest extends CommandRequest {
  @RosterPanelId()
  panelId?: string;
  @Whole(0, MAX_PANEL_MEMBERS, {
    example: 8,
    description:
      'Members voting for the veto; at least two-thirds of the members at the time are needed (Sch 8 para 5(4))',
  })
  votesFor!: number;

  @IsPanelRoster()
  membersAtTime!: PanelMemberAtTimeDto[];

  @OptionalText(2000, {
    example: 'https://democracy.kent.gov.uk/pcp/cc-veto-report',
    nullable: true,
    description: 'Where the report stating the veto is published',
  })
  url?: string | null;
}

export class RespondToRecommendationRequest extends CommandRequest {
  @Flag({ example: true, description: "Whether the PCC accepts the panel's recommendation (Sch 8 para 7; reg 11)" })
  accept!: boolean;
}

export class AppointChiefConstableRequest extends CommandRequest {
  @Text(200, { example: 'Alan Pughsley', description: 'The candidate appointed: the current, not vetoed, candidate' })
  candidate!: string;
}

export class AbandonAppointmentRequest extends CommandRequest {
  @Text(2000, { example: 'The candidate withdrew', description: 'Why the appointment is not going ahead' })
  reason!: string;
}
