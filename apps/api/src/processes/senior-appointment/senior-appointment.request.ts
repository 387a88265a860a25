import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { PostElectionPeriodDto } from '../chief-constable-appointment/chief-constable-appointment.request';
import { AppointmentReportRequest, ConfirmationHearingRequest } from '../confirmation.request';
import { Text, Day, Flag, Choice, OptionalNestedList } from '../request-fields';

const SENIOR_ROLES = ['chief_executive', 'chief_finance_officer', 'deputy_pcc'] as const;
type SeniorRole = (typeof SENIOR_ROLES)[number];

export class NotifySeniorAppointmentRequest extends OpenCaseRequest {
  @Choice({ example: 'deputy_pcc', enum: SENIOR_ROLES, description: 'Post the PCC proposes to fill (Sch 1 para 9)' })
  role!: SeniorRole;

  @Text(200, { example: 'Tim Smith', description: 'Name of the candidate' })
  candidate!: string;

  @Text(5000, { example: 'Role profile for the deputy PCC', description: 'Criteria used to assess the candidate' })
  criteria!: string;

  @Text(5000, { example: 'Experience of victim services', description: 'Why the candidate meets the criteria' })
  reasons!: string;

  @Text(5000, {
    example: 'For the term of the PCC; salary £65,000',
    description: 'Terms and conditions of the proposed appointment',
  })
  terms!: string;

  @Day({
    format: 'date',
    example: '2014-05-01',
    description: 'Day the panel received the notification: day 1 of the three weeks (Sch 1 para 10)',
  })
  receivedByPanelOn!: string;

  @OptionalNestedList(PostElectionPeriodDto, 10, {
    type: [PostElectionPeriodDto],
    description: 'Post-election periods touching the window: not counted',
  })
  postElectionPeriods?: PostElectionPeriodDto[];
}

export class RecordTransferredAppointmentRequest extends OpenCaseRequest {
  @Choice({
    example: 'chief_executive',
    enum: SENIOR_ROLES,
    description: "The PCC's first chief executive or chief finance officer",
  })
  role!: SeniorRole;

  @Text(200, { example: 'Mark Gilmartin', description: 'The person who transferred from the police authority' })
  person!: string;

  @Choice({
    example: 'chief_executive',
    enum: ['chief_executive', 'treasurer'],
    description: "The person's post at the police authority (SI 2012/2892 art 4)",
  })
  formerPoliceAuthorityRole!: 'chief_executive' | 'treasurer';
}

export class HoldSeniorConfirmationHearingRequest extends ConfirmationHearingRequest {}

/** Sch 1 para 10: there is no veto. */
export class MakeSeniorAppointmentReportRequest extends AppointmentReportRequest {}

export class RespondToSeniorRecommendationRequest extends CommandRequest {
  @Flag({ example: true, description: "Whether the PCC accepts the panel's recommendation (Sch 1 para 12)" })
  accept!: boolean;
}

export class AppointSeniorOfficerRequest extends CommandRequest {
  @Text(200, { example: 'Tim Smith', description: 'The person appointed: the candidate notified to the panel' })
  person!: string;
}

export class WithdrawSeniorAppointmentRequest extends CommandRequest {
  @Text(2000, { example: 'The candidate withdrew', description: 'Why the appointment is withdrawn' })
  reason!: string;
}
