import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, Matches, ValidateNested } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { IsRequiredObject } from '../../common/fields';
import {
  Text,
  OptionalText,
  OptionalDay,
  Flag,
  OptionalFlag,
  TextList,
  Choice,
  Whole,
  Nested,
  stacked,
  ChoiceList,
  OptionalTextList,
} from '../request-fields';

/** A panel has at most 20 members (Sch 6 para 4), so a roster snapshot is at most 20 people. */
export const MAX_PANEL_MEMBERS = 20;

/**
 * One person on the panel on the day of a decision (the roster snapshot that veto and
 * vote acts carry: the two-thirds threshold counts every member at the time, Sch 5 para 4(4)).
 * Shared by the precept, chief constable and panel meeting endpoints.
 */
export class PanelMemberAtTimeDto {
  @Text(100, { example: 'm1', description: 'Member id as recorded on the PoliceAndCrimePanel case' })
  memberId!: string;

  @Text(200, { example: 'Councillor Mike Hill', description: 'Name of the member' })
  name!: string;

  @Choice({
    example: 'councillor',
    enum: ['councillor', 'coopted'],
    description: 'Councillor member or co-opted member (co-optees count and vote, Sch 6 para 26)',
  })
  kind!: 'councillor' | 'coopted';
}

export class EstablishPanelRequest extends OpenCaseRequest {
  @Text(200, { example: 'Kent Police and Crime Panel', description: 'Name of the panel' })
  name!: string;

  @OptionalTextList(20, 200, {
    example: ['Kent and Medway Police and Crime Panel'],
    description: 'Other names the papers use for the panel',
  })
  aliases?: string[];

  @Choice({
    example: 'england',
    enum: ['england', 'wales'],
    description:
      'English panels are set up by the councils (Sch 6 Part 2), Welsh ones by the Secretary of State (Part 3)',
  })
  country!: 'england' | 'wales';

  @TextList(50, 200, {
    example: ['Kent County Council', 'Medway Council', 'Ashford Borough Council'],
    description: 'Relevant councils of the police area (may be empty when the papers do not list them)',
  })
  councils!: string[];
}

export class AddPanelAliasRequest extends CommandRequest {
  @Text(200, {
    example: 'Kent and Medway Police and Crime Panel',
    description: 'Another name the papers use for the panel',
  })
  alias!: string;
}

/** SI 2012/1433 reg 3: the act carries no data of its own. */
export class NotifyPanelArrangementsRequest extends CommandRequest {}

export class AppointMemberRequest extends CommandRequest {
  @Text(100, { example: 'm1', description: 'Member id to use in rosters, votes and vetoes' })
  memberId!: string;

  @Text(200, { example: 'Councillor Mike Hill', description: 'The person appointed' })
  person!: string;

  @Text(200, {
    example: 'Kent County Council',
    description: 'Appointing council: one of the councils of the police area',
  })
  council!: string;

  @OptionalText(200, {
    example: 'Conservative',
    nullable: true,
    description: 'Political group, for the balanced-appointment objective (Sch 6 para 31)',
  })
  politicalGroup?: string | null;

  @Flag({
    example: false,
    description: 'True if the person is the police and crime commissioner for the area (barred, Sch 6 para 21)',
  })
  isCommissioner!: boolean;
}

export class CooptMemberRequest extends CommandRequest {
  @Text(100, { example: 'm11', description: 'Member id to use in rosters, votes and vetoes' })
  memberId!: string;

  @Text(200, { example: 'Mr Gurvinder Sandher', description: 'The person co-opted' })
  person!: string;

  @Flag({ example: true, description: 'Co-opted as an independent member' })
  independent!: boolean;

  @Flag({ example: false, description: 'A councillor of a council in the police area (Sch 6 para 23)' })
  councillorOfArea!: boolean;

  @Flag({
    example: false,
    description: 'True if the person is the police and crime commissioner for the area (barred, Sch 6 para 21)',
  })
  isCommissioner!: boolean;

  @ChoiceList(0, 6, {
    example: [],
    enum: ['opcc_staff', 'police_civilian_staff', 'mp', 'am', 'msp', 'mep'],
    description: 'Roles the person holds that bar co-option (Sch 6 para 22); empty if none',
  })
  disqualifyingRoles!: Array<'opcc_staff' | 'police_civilian_staff' | 'mp' | 'am' | 'msp' | 'mep'>;

  @OptionalFlag({ example: false, description: 'Co-opting a councillor needs the unanimous agreement of the panel' })
  unanimousPanelAgreement?: boolean;

  @OptionalDay({
    format: 'date',
    example: '2012-12-10',
    nullable: true,
    description: 'Day the Home Office was notified of the co-option',
  })
  homeOfficeNotifiedOn?: string | null;
}

export class RecordMemberLeftRequest extends CommandRequest {
  @Text(100, { example: 'm4', description: 'Member id of the member who ceased to be a member' })
  memberId!: string;

  @Text(2000, { example: 'Lost council seat at the May 2013 elections', description: 'Why the member left' })
  reason!: string;
}

export class ResolveCoOptedNumberRequest extends CommandRequest {
  @Whole(0, MAX_PANEL_MEMBERS, {
    example: 2,
    description:
      'Number of co-opted members (at least 2; more needs the Secretary of State, Sch 6 para 4(4)); the panel is at most 20',
  })
  number!: number;

  @OptionalDay({
    example: null,
    nullable: true,
    description: 'Day the Secretary of State agreed to more than two co-optees (needed above two)',
  })
  secretaryOfStateAgreedOn?: string | null;
}

export class QuorumRuleDto {
  @Whole(1, MAX_PANEL_MEMBERS, { example: 3, description: 'Minimum number of voting members present' })
  minimumPresent!: number;

  @Text(2000, {
    example: 'The quorum of the Panel shall be 3 voting Members',
    description: 'The rule as the rules of procedure word it',
  })
  text!: string;
}

export class AdoptRulesOfProcedureRequest extends CommandRequest {
  @Nested(QuorumRuleDto, {
    type: QuorumRuleDto,
    description: 'The quorum rule of the rules of procedure (Sch 6 para 25)',
  })
  quorumRule!: QuorumRuleDto;

  @OptionalText(500, {
    example: 'KPCP Rules of Procedure, November 2012',
    nullable: true,
    description: 'Reference of the adopted rules',
  })
  documentRef?: string | null;
}

/**
 * The roster snapshot of a vote or meeting: every member at the time, present or not
 * (vacancies are not listed), so the two-thirds count has its denominator on record.
 */
/** The panel a roster is checked against, when an act names it (a case id); only that panel's record counts. */
export const RosterPanelId = () =>
  stacked(
    ApiPropertyOptional({
      example: 'kent-pcp',
      description:
        'The panel whose record the roster is checked against (PRSRA 2011 Sch 5 para 4(4)); without it the act records that the roster was not checked',
    }),
    IsOptional(),
    Matches(/^[a-z0-9][a-z0-9-]{0,99}$/),
  );

export function IsPanelRoster() {
  return applyDecorators(
    ApiProperty({
      type: [PanelMemberAtTimeDto],
      description: 'Every member of the panel at the time, present or not (vacancies are not listed)',
    }),
    IsRequiredObject(),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_PANEL_MEMBERS),
    ValidateNested({ each: true }),
    Type(() => PanelMemberAtTimeDto),
  );
}
