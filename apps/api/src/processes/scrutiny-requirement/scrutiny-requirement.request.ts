import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { Text, OptionalText, Day, OptionalFlag, TextList, Choice } from '../request-fields';

const REQUIRABLE_ROLES = ['pcc', 'deputy_pcc', 'pcc_staff'] as const;

/** What both of the panel's requirements under PRSRA 2011 s.29 open with: the panel that makes it. */
class PanelRequirementRequest extends OpenCaseRequest {
  @Text(200, { example: 'Kent and Medway Police and Crime Panel', description: 'The panel making the requirement' })
  panel!: string;
}

export class RequireAttendanceRequest extends PanelRequirementRequest {
  @Text(200, {
    example: 'Ann Barnes',
    description: 'The person required to attend (an office holder acting in office)',
  })
  person!: string;

  @Choice({
    example: 'pcc',
    enum: REQUIRABLE_ROLES,
    description: 'Only the PCC or members of the PCC’s staff can be required (PRSRA 2011 s.29)',
  })
  role!: (typeof REQUIRABLE_ROLES)[number];

  @Text(2000, {
    example: 'Progress against the Police and Crime Plan',
    description: 'What the panel wants to question the attendee about',
  })
  topic!: string;

  @Day({ format: 'date', example: '2013-01-10', description: 'Day notice of the requirement was given' })
  noticeGivenOn!: string;

  @Day({ format: 'date', example: '2013-02-05', description: 'Day of the panel meeting; must be after the notice' })
  meetingDate!: string;
}

export class RequireWrittenResponseRequest extends PanelRequirementRequest {
  @Text(200, { example: 'Kent Police and Crime Commissioner', description: 'Who must respond in writing' })
  respondent!: string;

  @Text(2000, {
    example: 'The panel report on the draft precept',
    description: 'The panel report or recommendation the response is to',
  })
  toReport!: string;

  @Day({
    format: 'date',
    example: '2013-03-01',
    description: 'Date the panel set for the response; after the requirement',
  })
  dueOn!: string;
}

export class RequestChiefConstableAttendanceRequest extends CommandRequest {
  @Text(200, {
    example: 'Ian Learmonth',
    description: 'The chief constable asked (not required) to attend with the PCC',
  })
  chiefConstable!: string;
}

export class RecordAttendanceRequest extends CommandRequest {
  @TextList(50, 200, { example: ['Ann Barnes'], description: 'Who attended the meeting' })
  attended!: string[];

  @OptionalFlag({
    type: Boolean,
    example: true,
    description: 'Whether the chief constable attended, when asked to',
    nullable: true,
  })
  chiefConstableAttended?: boolean | null;
}

export class ReceiveWrittenResponseRequest extends CommandRequest {
  @OptionalText(200, {
    example: 'PCC/2013/017',
    description: 'Reference of the written response',
    nullable: true,
  })
  documentRef?: string | null;
}

export class RecordNonComplianceRequest extends CommandRequest {
  @Text(5000, { example: 'The PCC did not attend and sent no substitute', description: 'What was not complied with' })
  details!: string;
}
