import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';

const REQUIRABLE_ROLES = ['pcc', 'deputy_pcc', 'pcc_staff'] as const;

export class RequireAttendanceRequest extends OpenCaseRequest {
  @ApiProperty({ example: 'Kent and Medway Police and Crime Panel', description: 'The panel making the requirement' })
  @IsString()
  @Length(1, 200)
  panel!: string;

  @ApiProperty({ example: 'Ann Barnes', description: 'The person required to attend (an office holder acting in office)' })
  @IsString()
  @Length(1, 200)
  person!: string;

  @ApiProperty({ example: 'pcc', enum: REQUIRABLE_ROLES, description: 'Only the PCC or members of the PCC’s staff can be required (PRSRA 2011 s.29)' })
  @IsIn(REQUIRABLE_ROLES)
  role!: (typeof REQUIRABLE_ROLES)[number];

  @ApiProperty({ example: 'Progress against the Police and Crime Plan', description: 'What the panel wants to question the attendee about' })
  @IsString()
  @Length(1, 2000)
  topic!: string;

  @ApiProperty({ format: 'date', example: '2013-01-10', description: 'Day notice of the requirement was given' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  noticeGivenOn!: string;

  @ApiProperty({ format: 'date', example: '2013-02-05', description: 'Day of the panel meeting; must be after the notice' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  meetingDate!: string;
}

export class RequireWrittenResponseRequest extends OpenCaseRequest {
  @ApiProperty({ example: 'Kent and Medway Police and Crime Panel', description: 'The panel making the requirement' })
  @IsString()
  @Length(1, 200)
  panel!: string;

  @ApiProperty({ example: 'Kent Police and Crime Commissioner', description: 'Who must respond in writing' })
  @IsString()
  @Length(1, 200)
  respondent!: string;

  @ApiProperty({ example: 'The panel report on the draft precept', description: 'The panel report or recommendation the response is to' })
  @IsString()
  @Length(1, 2000)
  toReport!: string;

  @ApiProperty({ format: 'date', example: '2013-03-01', description: 'Date the panel set for the response; after the requirement' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  dueOn!: string;
}

export class RequestChiefConstableAttendanceRequest extends CommandRequest {
  @ApiProperty({ example: 'Ian Learmonth', description: 'The chief constable asked (not required) to attend with the PCC' })
  @IsString()
  @Length(1, 200)
  chiefConstable!: string;
}

export class RecordAttendanceRequest extends CommandRequest {
  @ApiProperty({ example: ['Ann Barnes'], description: 'Who attended the meeting', type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  attended!: string[];

  @ApiPropertyOptional({ type: Boolean, example: true, description: 'Whether the chief constable attended, when asked to', nullable: true })
  @IsOptional()
  @IsBoolean()
  chiefConstableAttended?: boolean | null;
}

export class ReceiveWrittenResponseRequest extends CommandRequest {
  @ApiPropertyOptional({ type: String, example: 'PCC/2013/017', description: 'Reference of the written response', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  documentRef?: string | null;
}

export class RecordNonComplianceRequest extends CommandRequest {
  @ApiProperty({ example: 'The PCC did not attend and sent no substitute', description: 'What was not complied with' })
  @IsString()
  @Length(1, 5000)
  details!: string;
}
