import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import {
  MAX_PANEL_MEMBERS,
  PanelMemberAtTimeDto,
  IsPanelRoster,
  RosterPanelId,
} from '../police-and-crime-panel/police-and-crime-panel.request';
import {
  Text,
  OptionalText,
  Day,
  Flag,
  OptionalFlag,
  NonEmptyTextList,
  Choice,
  OptionalChoice,
  Whole,
  Pattern,
  NestedList,
  Schedule12AParas,
  TextList,
} from '../request-fields';

/** A member id is a text of 1 to this many characters. */
const MEMBER_ID_MAX = 100;

/** Member ids from the panel's roster: at most one per member. */
const MemberIds = (doc: { example: string[]; description: string }) => TextList(MAX_PANEL_MEMBERS, MEMBER_ID_MAX, doc);

export class AgendaItemDto {
  @Text(50, { example: 'B1', description: 'Item number as the agenda prints it' })
  item!: string;

  @Text(500, { example: 'Proposed precept 2013-14', description: 'Title of the item' })
  title!: string;
}

export class ConveneMeetingRequest extends OpenCaseRequest {
  @Pattern(/^[a-z0-9][a-z0-9-]{0,99}$/, {
    example: 'kent-pcp',
    description: 'Case id of the PoliceAndCrimePanel that meets',
  })
  panelId!: string;

  @Day({
    format: 'date',
    example: '2013-02-05',
    description: "The meeting's date (the convening act itself is dated by effectiveAt)",
  })
  meetingDate!: string;

  @ApiProperty({
    example: ['10:00'],
    description: 'Every start time the papers give; conflicting times are kept, not resolved',
    type: [String],
  })
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { each: true })
  startTimes!: string[];

  @Text(500, { example: 'Council Chamber, Sessions House, Maidstone', description: 'Where the meeting is held' })
  venue!: string;

  @NestedList(AgendaItemDto, 200, { type: [AgendaItemDto], description: 'Items of business' })
  agenda!: AgendaItemDto[];
}

export class TableDocumentRequest extends CommandRequest {
  @Text(200, { example: 'S3', description: 'Reference of the paper' })
  ref!: string;

  @Text(500, { example: "Kent PCC's Police and Crime Plan", description: 'Title of the paper' })
  title!: string;

  @OptionalText(50, { example: 'B1', nullable: true, description: 'Agenda item the paper belongs to' })
  item?: string | null;

  @Text(200, { example: 'Ann Barnes, Kent Police and Crime Commissioner', description: 'Author of the paper' })
  author!: string;

  @Choice({ example: 'open', enum: ['open', 'exempt'], description: 'Access under LGA 1972 Sch 12A' })
  access!: 'open' | 'exempt';

  @Schedule12AParas({
    example: [],
    description: 'Schedule 12A Part 1 paragraphs relied on when exempt (none when open)',
    type: [Number],
  })
  exemptParas!: number[];

  @OptionalChoice({
    example: 'for_decision',
    enum: ['for_decision', 'for_information', 'for_noting'],
    nullable: true,
    description: 'What the paper is for',
  })
  purpose?: 'for_decision' | 'for_information' | 'for_noting' | null;
}

export class RecordMeetingAttendanceRequest extends CommandRequest {
  @RosterPanelId()
  panelId?: string;
  @MemberIds({ example: ['m1', 'm2', 'm3'], description: 'Member ids present' })
  present!: string[];

  @MemberIds({ example: ['m4'], description: 'Member ids absent' })
  absent!: string[];

  @IsPanelRoster()
  membersAtTime!: PanelMemberAtTimeDto[];
}

export class ConfirmQuorumRequest extends CommandRequest {
  @Whole(1, MAX_PANEL_MEMBERS, { example: 3, description: 'Quorum under the rules of procedure (Sch 6 para 25)' })
  minimumPresent!: number;
}

export class DeclareInterestRequest extends CommandRequest {
  @Text(MEMBER_ID_MAX, { example: 'm3', description: 'Member id of the member declaring' })
  memberId!: string;

  @OptionalText(50, {
    example: '5',
    nullable: true,
    description: 'Agenda item; omit for the whole meeting',
  })
  item?: string | null;

  @Choice({
    example: 'dpi',
    enum: ['legacy_personal', 'legacy_prejudicial', 'dpi', 'other'],
    description:
      'Declaration regime: personal/prejudicial before 1 July 2012, disclosable pecuniary interests from then (Localism Act 2011 s.31)',
  })
  regime!: 'legacy_personal' | 'legacy_prejudicial' | 'dpi' | 'other';

  @Text(2000, { example: 'Spouse employed by Kent Police', description: 'Nature of the interest' })
  nature!: string;

  @Flag({ example: true, description: 'The member withdrew from the item' })
  withdrew!: boolean;

  @OptionalText(200, {
    example: null,
    nullable: true,
    description: 'Reference of a dispensation (Localism Act 2011 s.33), if any',
  })
  dispensationRef?: string | null;

  @OptionalFlag({
    example: false,
    description: 'The local code still uses personal/prejudicial interests after 1 July 2012',
  })
  localCodeRetainsLegacyRegime?: boolean;
}

export class ExcludePublicRequest extends CommandRequest {
  @NonEmptyTextList(200, 50, { example: ['C1'], description: 'Agenda items taken in private' })
  items!: string[];

  @Schedule12AParas({
    example: [1],
    description: 'Schedule 12A Part 1 paragraphs, 1 to 7, that make the information exempt',
    type: [Number],
  })
  sched12AParas!: number[];

  @Text(5000, {
    example: 'The complainant has not consented to disclosure of their identity',
    description: 'Why the public interest in maintaining the exemption outweighs disclosure (Sch 12A Part 2)',
  })
  publicInterestReason!: string;
}

export class RecordVoteRequest extends CommandRequest {
  @OptionalText(50, { example: '5', nullable: true, description: 'Agenda item voted on' })
  item?: string | null;

  @Text(2000, { example: 'That the panel supports the proposed precept', description: 'The motion put to the vote' })
  motion!: string;

  @MemberIds({ example: ['m1', 'm2'], description: 'Member ids voting for' })
  for!: string[];

  @MemberIds({ example: ['m3'], description: 'Member ids voting against' })
  against!: string[];

  @MemberIds({ example: [], description: 'Member ids abstaining' })
  abstain!: string[];

  @Choice({
    example: 'simple',
    enum: ['simple', 'two_thirds_of_members', 'unanimous'],
    description: 'Majority the motion needs; two-thirds counts every member at the time (Sch 5 para 4(4))',
  })
  requiredMajority!: 'simple' | 'two_thirds_of_members' | 'unanimous';
}

export class PublishMinutesRequest extends CommandRequest {
  @OptionalText(2000, {
    example: 'https://democracy.kent.gov.uk/pcp/2013-02-05/minutes',
    nullable: true,
    description: 'Where the minutes are published',
  })
  url?: string | null;
}
