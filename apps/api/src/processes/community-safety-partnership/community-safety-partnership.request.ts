import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { IsSchedule12AParas, IsPoliceAreaList } from '../../common/fields';

const COUNTRIES = ['england', 'wales'] as const;
const ACCESS = ['open', 'exempt'] as const;
const PURPOSES = ['for_decision', 'for_information', 'for_noting'] as const;

export class RegisterPartnershipRequest extends OpenCaseRequest {
  @ApiProperty({ example: 'Medway Community Safety Partnership', description: 'Name of the partnership' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: ['Medway'], description: 'Local government area(s) covered (several for a combined area)', type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  areas!: string[];

  @ApiProperty({ example: 'england', enum: COUNTRIES })
  @IsIn(COUNTRIES)
  country!: (typeof COUNTRIES)[number];

  @ApiProperty({ example: ['kent'], description: 'Police areas the partnership lies in; must include the force area', type: [String] })
  @IsPoliceAreaList()
  policeAreas!: string[];

  @ApiProperty({ example: ['Medway Council', 'Kent Police', 'Kent Fire and Rescue Service'], description: 'Responsible authorities (CDA 1998 s.5)', type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  responsibleAuthorities!: string[];

  @ApiProperty({ example: false, description: 'A county strategy group (reg 9A applies to it)' })
  @IsBoolean()
  countyStrategyGroup!: boolean;
}

export class RecordCspMeetingRequest extends CommandRequest {
  @ApiProperty({ example: 'Medway CSP strategy group', description: 'Title of the meeting' })
  @IsString()
  @Length(1, 500)
  title!: string;

  @ApiPropertyOptional({ type: String, example: 'Quorate; the strategic assessment was agreed', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  note?: string | null;
}

export class TablePaperRequest extends CommandRequest {
  @ApiProperty({ example: 'S0', description: 'Reference of the paper' })
  @IsString()
  @Length(1, 200)
  documentRef!: string;

  @ApiProperty({ example: 'Community Safety Partnership Plan 2012-13', description: 'Title of the paper' })
  @IsString()
  @Length(1, 500)
  title!: string;

  @ApiProperty({ example: 'Medway Council Community Safety Unit', description: 'Who wrote the paper' })
  @IsString()
  @Length(1, 200)
  author!: string;

  @ApiProperty({ example: 'open', enum: ACCESS, description: 'Access as printed (Sch 12A for CSPs is unconfirmed: a bad classification is recorded with a warning)' })
  @IsIn(ACCESS)
  access!: (typeof ACCESS)[number];

  @ApiPropertyOptional({ example: [], description: 'Schedule 12A Part 1 paragraphs relied on when exempt', type: [Number] })
  @IsOptional()
  @IsSchedule12AParas()
  exemptParas?: number[];

  @ApiPropertyOptional({ type: String, example: 'Names individual offenders', description: 'Public-interest reason when exempt', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  publicInterestReason?: string | null;

  @ApiProperty({ example: 'for_information', enum: PURPOSES, nullable: true, description: 'What the paper is for (separate from access)' })
  @ValidateIf((_, v) => v !== null)
  @IsIn(PURPOSES)
  purpose!: (typeof PURPOSES)[number] | null;

  @ApiPropertyOptional({ type: String, example: 'Classification: For Information', description: 'The classification line exactly as printed', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  classificationAsPrinted?: string | null;

  @ApiPropertyOptional({ example: ['That the partnership notes the plan'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  recommendations?: string[];

  @ApiPropertyOptional({ type: String, format: 'date', example: '2012-03-06', description: 'Meeting the paper went to', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  meetingDate?: string | null;
}

export class SendPartnershipPlanToPccRequest extends CommandRequest {
  @ApiProperty({ example: 'kent', description: 'Police area of the PCC the plan goes to (reg 13A)' })
  @Matches(/^[a-z][a-z0-9-]{1,60}$/)
  pcc!: string;

  @ApiProperty({ example: 'Medway Community Safety Plan 2013-14' })
  @IsString()
  @Length(1, 500)
  planTitle!: string;

  @ApiPropertyOptional({ type: String, example: '2013-14', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  period?: string | null;
}

export class SendCommunitySafetyAgreementToPccRequest extends CommandRequest {
  @ApiProperty({ example: 'kent', description: 'Police area of the PCC the agreement goes to (reg 9A)' })
  @Matches(/^[a-z][a-z0-9-]{1,60}$/)
  pcc!: string;

  @ApiProperty({ example: 'Kent Community Safety Agreement 2013-14' })
  @IsString()
  @Length(1, 500)
  agreementTitle!: string;

  @ApiPropertyOptional({ type: String, example: '2013-14', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  period?: string | null;
}

export class RecordStrategyGroupPublicMeetingRequest extends CommandRequest {
  @ApiPropertyOptional({ type: String, example: 'Gun Wharf, Chatham', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  venue?: string | null;

  @ApiProperty({ example: ['Chief Superintendent, Medway division'], description: 'Senior officers of the responsible authorities who attended (reg 12(4))', type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  seniorOfficersAttending!: string[];
}
