import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { IsPoliceAreaList, IsRequiredObject } from '../../common/fields';

const COUNTRIES = ['england', 'wales'] as const;

export class SummonsAreaDto {
  @ApiProperty({ example: 'Medway', description: 'Local government area' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'england', enum: COUNTRIES, description: 'The reg 14A power extends to England only' })
  @IsIn(COUNTRIES)
  country!: (typeof COUNTRIES)[number];

  @ApiProperty({ example: ['kent'], description: 'Police areas the area lies in', type: [String] })
  @IsPoliceAreaList()
  policeAreas!: string[];
}

export class RaConsultationDto {
  @ApiProperty({ example: 'Medway Council', description: 'Responsible authority consulted' })
  @IsString()
  @Length(1, 200)
  authority!: string;

  @ApiProperty({ format: 'date', example: '2013-09-02', description: 'Day it was consulted; on or before the summons' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  consultedOn!: string;

  @ApiProperty({ type: String, example: 'Content to attend; asks for a late-afternoon start', description: 'Summary of its views, which the PCC must consider (reg 14A(3))', nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 5000)
  views!: string | null;
}

export class IssueMeetingSummonsRequest extends OpenCaseRequest {
  @ApiProperty({ type: [SummonsAreaDto], description: 'Areas whose authorities are summoned; all within the force area' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsRequiredObject()
  @ValidateNested({ each: true })
  @Type(() => SummonsAreaDto)
  areas!: SummonsAreaDto[];

  @ApiProperty({ example: ['Medway Council', 'Kent Police'], description: 'Responsible authorities whose representatives must attend', type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  authoritiesRequired!: string[];

  @ApiPropertyOptional({ type: Number, example: 2, description: 'Representatives each authority must send (reg 14A(2)(b))', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  repsPerAuthority?: number | null;

  @ApiProperty({ example: ['Reducing reoffending'], description: 'Strategies to be discussed', type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  strategies!: string[];

  @ApiProperty({ format: 'date', example: '2013-10-01', description: 'Day of the meeting; after the summons' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  meetingDate!: string;

  @ApiPropertyOptional({ type: String, example: 'Sutton Road, Maidstone', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  venue?: string | null;

  @ApiProperty({ type: [RaConsultationDto], description: 'Every required authority must have been consulted first (reg 14A(3))' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsRequiredObject()
  @ValidateNested({ each: true })
  @Type(() => RaConsultationDto)
  consultedRAs!: RaConsultationDto[];

  @ApiProperty({ example: 'Two partnerships have not shared reoffending data for a year; a joint meeting is the least burdensome fix', description: 'Why the summons is reasonable and proportionate' })
  @IsString()
  @Length(1, 5000)
  proportionalityReason!: string;
}

export class SummonedAttendanceDto {
  @ApiProperty({ example: 'Medway Council', description: 'Authority summoned' })
  @IsString()
  @Length(1, 200)
  authority!: string;

  @ApiProperty({ example: ['Head of Community Safety'], description: 'Its representatives present; none means absent', type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  representatives!: string[];
}

export class RecordSummonedMeetingRequest extends CommandRequest {
  @ApiProperty({ type: [SummonedAttendanceDto], description: 'Attendance per authority; authorities not listed are recorded absent' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsRequiredObject()
  @ValidateNested({ each: true })
  @Type(() => SummonedAttendanceDto)
  attendedBy!: SummonedAttendanceDto[];
}
