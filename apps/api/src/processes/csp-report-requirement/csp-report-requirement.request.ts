import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { IsPoliceAreaList, IsRequiredObject } from '../../common/fields';

export class CspAreaDto {
  @ApiProperty({ example: 'Medway', description: 'Local government area or combined area' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: ['kent'], description: 'Police areas the area lies in', type: [String] })
  @IsPoliceAreaList()
  policeAreas!: string[];
}

export class ReportMatterDto {
  @ApiProperty({ example: 'Delivery of the anti-social behaviour strategy' })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiProperty({ example: false, description: 'Concerns a devolved Welsh function (excluded by CDA s.7(1), with s.5(8))' })
  @IsBoolean()
  devolvedWelshFunction!: boolean;
}

export class RequestReportRequest extends OpenCaseRequest {
  @ApiProperty({ type: [CspAreaDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsRequiredObject()
  @ValidateNested({ each: true })
  @Type(() => CspAreaDto)
  areas!: CspAreaDto[];

  @ApiProperty({ type: [ReportMatterDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsRequiredObject()
  @ValidateNested({ each: true })
  @Type(() => ReportMatterDto)
  matters!: ReportMatterDto[];

  @ApiProperty({ example: 'ASB targets were missed two years running', description: 's.7(1A)(a): why the PCC is not satisfied' })
  @IsString()
  @Length(1, 5000)
  notSatisfiedReason!: string;

  @ApiProperty({ example: 'A short written report is the least burdensome way to understand the delays', description: 's.7(1A)(b): why a report is reasonable and proportionate' })
  @IsString()
  @Length(1, 5000)
  proportionalityReason!: string;

  @ApiPropertyOptional({ type: String, example: 'Written report of no more than 10 pages', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  form?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2013-06-30', description: 'Date set in the requirement for the report', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  dueOn?: string | null;
}

export class JoinReportRequirementRequest extends CommandRequest {
  @ApiProperty({ example: 'essex', description: 'The police area whose PCC joins the requirement (CDA 1998 s.7(5)(b)); the key must act for it' })
  @IsString()
  @Length(1, 64)
  policeArea!: string;
}

export class SubmitReportRequest extends CommandRequest {
  @ApiProperty({ example: 'Medway Community Safety Partnership' })
  @IsString()
  @Length(1, 200)
  submittedBy!: string;

  @ApiProperty({ example: ['kent'], description: 'Police areas whose PCC received the report (s.7(5))', type: [String] })
  @IsPoliceAreaList()
  sentTo!: string[];
}

export class PublishReportRequest extends CommandRequest {
  @ApiPropertyOptional({ type: String, example: 'https://www.kent-pcc.gov.uk/reports/medway-csp-2013', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  url?: string | null;
}
