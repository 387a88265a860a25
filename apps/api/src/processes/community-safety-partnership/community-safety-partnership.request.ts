import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import {
  Text,
  OptionalText,
  OptionalDay,
  Flag,
  TextList,
  NonEmptyTextList,
  Choice,
  PoliceAreas,
  OptionalSchedule12AParas,
  NullableChoice,
  OptionalTextList,
  PoliceArea,
} from '../request-fields';

const COUNTRIES = ['england', 'wales'] as const;
const ACCESS = ['open', 'exempt'] as const;
const PURPOSES = ['for_decision', 'for_information', 'for_noting'] as const;

export class RegisterPartnershipRequest extends OpenCaseRequest {
  @Text(200, { example: 'Medway Community Safety Partnership', description: 'Name of the partnership' })
  name!: string;

  @NonEmptyTextList(50, 200, {
    example: ['Medway'],
    description: 'Local government area(s) covered (several for a combined area)',
  })
  areas!: string[];

  @Choice({ example: 'england', enum: COUNTRIES })
  country!: (typeof COUNTRIES)[number];

  @PoliceAreas({
    example: ['kent'],
    description: 'Police areas the partnership lies in; must include the force area',
  })
  policeAreas!: string[];

  @TextList(50, 200, {
    example: ['Medway Council', 'Kent Police', 'Kent Fire and Rescue Service'],
    description: 'Responsible authorities (CDA 1998 s.5)',
  })
  responsibleAuthorities!: string[];

  @Flag({ example: false, description: 'A county strategy group (reg 9A applies to it)' })
  countyStrategyGroup!: boolean;
}

export class RecordCspMeetingRequest extends CommandRequest {
  @Text(500, { example: 'Medway CSP strategy group', description: 'Title of the meeting' })
  title!: string;

  @OptionalText(5000, { example: 'Quorate; the strategic assessment was agreed', nullable: true })
  note?: string | null;
}

export class TablePaperRequest extends CommandRequest {
  @Text(200, { example: 'S0', description: 'Reference of the paper' })
  documentRef!: string;

  @Text(500, { example: 'Community Safety Partnership Plan 2012-13', description: 'Title of the paper' })
  title!: string;

  @Text(200, { example: 'Medway Council Community Safety Unit', description: 'Who wrote the paper' })
  author!: string;

  @Choice({
    example: 'open',
    enum: ACCESS,
    description: 'Access as printed (Sch 12A for CSPs is unconfirmed: a bad classification is recorded with a warning)',
  })
  access!: (typeof ACCESS)[number];

  @OptionalSchedule12AParas({
    example: [],
    description: 'Schedule 12A Part 1 paragraphs relied on when exempt',
    type: [Number],
  })
  exemptParas?: number[];

  @OptionalText(5000, {
    example: 'Names individual offenders',
    description: 'Public-interest reason when exempt',
    nullable: true,
  })
  publicInterestReason?: string | null;

  @NullableChoice({
    example: 'for_information',
    enum: PURPOSES,
    nullable: true,
    description: 'What the paper is for (separate from access)',
  })
  purpose!: (typeof PURPOSES)[number] | null;

  @OptionalText(500, {
    example: 'Classification: For Information',
    description: 'The classification line exactly as printed',
    nullable: true,
  })
  classificationAsPrinted?: string | null;

  @OptionalTextList(50, 2000, { example: ['That the partnership notes the plan'] })
  recommendations?: string[];

  @OptionalDay({
    format: 'date',
    example: '2012-03-06',
    description: 'Meeting the paper went to',
    nullable: true,
  })
  meetingDate?: string | null;
}

export class SendPartnershipPlanToPccRequest extends CommandRequest {
  @PoliceArea({
    example: 'kent',
    description: 'Police area of the PCC the plan goes to (reg 13A)',
  })
  pcc!: string;

  @Text(500, { example: 'Medway Community Safety Plan 2013-14' })
  planTitle!: string;

  @OptionalText(50, { example: '2013-14', nullable: true })
  period?: string | null;
}

export class SendCommunitySafetyAgreementToPccRequest extends CommandRequest {
  @PoliceArea({
    example: 'kent',
    description: 'Police area of the PCC the agreement goes to (reg 9A)',
  })
  pcc!: string;

  @Text(500, { example: 'Kent Community Safety Agreement 2013-14' })
  agreementTitle!: string;

  @OptionalText(50, { example: '2013-14', nullable: true })
  period?: string | null;
}

export class RecordStrategyGroupPublicMeetingRequest extends CommandRequest {
  @OptionalText(500, { example: 'Gun Wharf, Chatham', nullable: true })
  venue?: string | null;

  @TextList(50, 200, {
    example: ['Chief Superintendent, Medway division'],
    description: 'Senior officers of the responsible authorities who attended (reg 12(4))',
  })
  seniorOfficersAttending!: string[];
}
