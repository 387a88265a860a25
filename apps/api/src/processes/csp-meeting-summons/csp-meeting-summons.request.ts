import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import {
  Text,
  OptionalText,
  Day,
  TextList,
  NonEmptyTextList,
  Choice,
  NullableText,
  NestedList,
  NonEmptyNestedList,
  PoliceAreas,
  OptionalWhole,
} from '../request-fields';

const COUNTRIES = ['england', 'wales'] as const;

export class SummonsAreaDto {
  @Text(200, { example: 'Medway', description: 'Local government area' })
  name!: string;

  @Choice({ example: 'england', enum: COUNTRIES, description: 'The reg 14A power extends to England only' })
  country!: (typeof COUNTRIES)[number];

  @PoliceAreas({ example: ['kent'], description: 'Police areas the area lies in' })
  policeAreas!: string[];
}

export class RaConsultationDto {
  @Text(200, { example: 'Medway Council', description: 'Responsible authority consulted' })
  authority!: string;

  @Day({ format: 'date', example: '2013-09-02', description: 'Day it was consulted; on or before the summons' })
  consultedOn!: string;

  @NullableText(5000, {
    example: 'Content to attend; asks for a late-afternoon start',
    description: 'Summary of its views, which the PCC must consider (reg 14A(3))',
    nullable: true,
  })
  views!: string | null;
}

export class IssueMeetingSummonsRequest extends OpenCaseRequest {
  @NonEmptyNestedList(SummonsAreaDto, 50, {
    type: [SummonsAreaDto],
    description: 'Areas whose authorities are summoned; all within the force area',
  })
  areas!: SummonsAreaDto[];

  @NonEmptyTextList(50, 200, {
    example: ['Medway Council', 'Kent Police'],
    description: 'Responsible authorities whose representatives must attend',
  })
  authoritiesRequired!: string[];

  @OptionalWhole(1, 50, {
    type: Number,
    example: 2,
    description: 'Representatives each authority must send (reg 14A(2)(b))',
    nullable: true,
  })
  repsPerAuthority?: number | null;

  @TextList(50, 2000, { example: ['Reducing reoffending'], description: 'Strategies to be discussed' })
  strategies!: string[];

  @Day({ format: 'date', example: '2013-10-01', description: 'Day of the meeting; after the summons' })
  meetingDate!: string;

  @OptionalText(500, { example: 'Sutton Road, Maidstone', nullable: true })
  venue?: string | null;

  @NestedList(RaConsultationDto, 50, {
    type: [RaConsultationDto],
    description: 'Every required authority must have been consulted first (reg 14A(3))',
  })
  consultedRAs!: RaConsultationDto[];

  @Text(5000, {
    example:
      'Two partnerships have not shared reoffending data for a year; a joint meeting is the least burdensome fix',
    description: 'Why the summons is reasonable and proportionate',
  })
  proportionalityReason!: string;
}

export class SummonedAttendanceDto {
  @Text(200, { example: 'Medway Council', description: 'Authority summoned' })
  authority!: string;

  @TextList(50, 200, {
    example: ['Head of Community Safety'],
    description: 'Its representatives present; none means absent',
  })
  representatives!: string[];
}

export class RecordSummonedMeetingRequest extends CommandRequest {
  @NestedList(SummonedAttendanceDto, 50, {
    type: [SummonedAttendanceDto],
    description: 'Attendance per authority; authorities not listed are recorded absent',
  })
  attendedBy!: SummonedAttendanceDto[];
}
