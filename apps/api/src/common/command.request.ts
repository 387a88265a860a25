import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUrl, Length, Matches, ValidateNested } from 'class-validator';
import { IsLegalDateTime, IsSchedule12AParas } from './fields';

export class SourceDocumentDto {
  @ApiProperty({ example: 'S3', description: 'Reference of the source paper' })
  @IsString()
  @Length(1, 200)
  ref!: string;

  @ApiProperty({ example: "Kent PCC's Police and Crime Plan", description: 'Title of the paper' })
  @IsString()
  @Length(1, 500)
  title!: string;

  @ApiProperty({
    example: 'Office of the Kent Police and Crime Commissioner',
    description: 'Body that produced the paper',
  })
  @IsString()
  @Length(1, 200)
  body!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    example: '2013-03-19',
    description: 'Date of the paper',
    nullable: true,
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  date!: string | null;

  @ApiProperty({ example: 'open', enum: ['open', 'exempt'], description: 'Access under LGA 1972 Sch 12A' })
  @IsIn(['open', 'exempt'])
  access!: 'open' | 'exempt';

  @ApiProperty({ example: [], description: 'Schedule 12A Part 1 paragraphs relied on when exempt', type: [Number] })
  @IsSchedule12AParas()
  exemptParas!: number[];

  @ApiPropertyOptional({
    example: 'for_information',
    enum: ['for_decision', 'for_information', 'for_noting'],
    nullable: true,
  })
  @IsOptional()
  @IsIn(['for_decision', 'for_information', 'for_noting'])
  purpose!: 'for_decision' | 'for_information' | 'for_noting' | null;

  @ApiPropertyOptional({
    type: String,
    example: 'https://example.org/papers/police-and-crime-plan-2013.pdf',
    description: 'Where the published paper can be read, if it is online',
    nullable: true,
    format: 'uri',
  })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @Length(1, 2000)
  url?: string | null;
}

export class ProvenanceDto {
  @ApiPropertyOptional({ type: SourceDocumentDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceDocumentDto)
  sourceDocument?: SourceDocumentDto;

  @ApiPropertyOptional({
    example: 'On Thursday 15th November 2013 the people of Kent elected Ann Barnes',
    description: "The source's own words, verbatim",
  })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  sourceQuote?: string;

  @ApiProperty({ example: 'day', enum: ['day', 'month', 'before_date', 'unknown'] })
  @IsIn(['day', 'month', 'before_date', 'unknown'])
  datePrecision!: 'day' | 'month' | 'before_date' | 'unknown';

  @ApiPropertyOptional({ example: 'live', enum: ['seed', 'synthetic', 'live'] })
  @IsOptional()
  @IsIn(['seed', 'synthetic', 'live'])
  provenance?: 'seed' | 'synthetic' | 'live';
}

/** Fields every command body may carry (see CommandRunner). */
export class CommandRequest {
  @ApiPropertyOptional({
    example: '2013-02-07',
    description:
      'Legal date of the act: an ISO date, or an ISO date-time with a zone (stored in UTC). Defaults to today; never in the future.',
  })
  @IsOptional()
  @IsLegalDateTime()
  effectiveAt?: string;

  @ApiPropertyOptional({
    example: 'open',
    description:
      "Access classification: 'open', 'exempt:<Sch 12A paras>' (e.g. 'exempt:1,2') or 'personal'. Defaults to the case's.",
  })
  @IsOptional()
  @Matches(/^(open|personal|exempt:[1-7](,[1-7])*)$/)
  classification?: string;

  @ApiPropertyOptional({ type: ProvenanceDto, description: 'Where the recorded fact comes from' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  provenance?: ProvenanceDto;
}

/** Opening a case may name its id (a slug), e.g. "kent-2013-14"; otherwise one is generated. */
export class OpenCaseRequest extends CommandRequest {
  @ApiPropertyOptional({ example: 'kent-2013-14', description: 'Case id (lower-case slug); generated when omitted' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,99}$/)
  caseId?: string;
}
