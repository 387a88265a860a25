import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { IsSchedule12AParas } from '../../common/fields';

const ACCESS = ['open', 'exempt'] as const;
const PURPOSES = ['for_decision', 'for_information', 'for_noting'] as const;

/** The register's case id defaults to the police area: one register per PCC office. */
export class OpenDecisionRegisterRequest extends OpenCaseRequest {
  @ApiProperty({ example: 'Office of the Kent Police and Crime Commissioner', description: 'The PCC office whose register this is' })
  @IsString()
  @Length(1, 200)
  office!: string;
}

export class RecordDecisionRequest extends CommandRequest {
  @ApiProperty({ example: 'PCC/D/2013/004', description: 'Reference of the decision on the register' })
  @IsString()
  @Length(1, 100)
  decisionRef!: string;

  @ApiProperty({ example: 'Commissioning of victim services 2013-14', description: 'Title of the decision' })
  @IsString()
  @Length(1, 500)
  title!: string;

  @ApiProperty({ example: 'Police and Crime Commissioner', description: 'Who made the decision' })
  @IsString()
  @Length(1, 200)
  decisionMaker!: string;

  @ApiProperty({ example: true, description: 'A decision of significant public interest (SI 2011/3050 Sch para 5)' })
  @IsBoolean()
  significantPublicInterest!: boolean;

  @ApiProperty({ example: false, description: 'Made at a meeting' })
  @IsBoolean()
  madeAtMeeting!: boolean;

  @ApiPropertyOptional({ type: String, example: 'PCC/DR/2013/004', description: 'The written record of the decision; required for one of significant public interest', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  recordDocumentRef?: string | null;
}

export class PublishSpecifiedInformationRequest extends CommandRequest {
  @ApiProperty({ example: '5', description: 'Paragraph of the Specified Information Order Schedule (as made): 1-8 with an optional letter, e.g. "5", "3(f)" or "8" (independent custody visitors)' })
  @Matches(/^[1-8](\([a-z]\))?$/)
  orderPara!: string;

  @ApiProperty({ example: 'Decision record: commissioning of victim services 2013-14', description: 'What was published' })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiPropertyOptional({ type: String, example: 'https://www.kent-pcc.gov.uk/decisions/2013-004', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  url?: string | null;

  @ApiPropertyOptional({ type: String, example: 'PCC/D/2013/004', description: 'The decision whose record this is (para 5 only)', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  decisionRef?: string | null;

  @ApiPropertyOptional({ type: String, example: 'PCC/DR/2013/004', description: 'The document published', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  documentRef?: string | null;
}

export class ClassifyDocumentRequest extends CommandRequest {
  @ApiProperty({ example: 'PCC/DR/2013/004', description: 'Reference of the document' })
  @IsString()
  @Length(1, 200)
  documentRef!: string;

  @ApiProperty({ example: 'Victim services: commissioning decision', description: 'Title of the document' })
  @IsString()
  @Length(1, 500)
  title!: string;

  @ApiProperty({ example: 'exempt', enum: ACCESS, description: 'Access under LGA 1972 Sch 12A' })
  @IsIn(ACCESS)
  access!: (typeof ACCESS)[number];

  @ApiPropertyOptional({ example: [3], description: 'Schedule 12A Part 1 paragraphs relied on when exempt', type: [Number] })
  @IsOptional()
  @IsSchedule12AParas()
  exemptParas?: number[];

  @ApiPropertyOptional({ type: String, example: 'Tender prices would prejudice the re-procurement', description: 'Why the public interest in keeping it exempt outweighs disclosure (Sch 12A Part 2)', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  publicInterestReason?: string | null;

  @ApiProperty({ example: 'for_decision', enum: PURPOSES, nullable: true, description: 'What the paper is for (separate from access)' })
  @ValidateIf((_, v) => v !== null)
  @IsIn(PURPOSES)
  purpose!: (typeof PURPOSES)[number] | null;
}

export class ReclassifyDocumentRequest extends CommandRequest {
  @ApiProperty({ example: 'PCC/DR/2013/004', description: 'Reference of a document already classified' })
  @IsString()
  @Length(1, 200)
  documentRef!: string;

  @ApiProperty({ example: 'open', enum: ACCESS, description: 'The new access' })
  @IsIn(ACCESS)
  access!: (typeof ACCESS)[number];

  @ApiPropertyOptional({ example: [], description: 'Schedule 12A Part 1 paragraphs when exempt', type: [Number] })
  @IsOptional()
  @IsSchedule12AParas()
  exemptParas?: number[];

  @ApiPropertyOptional({ type: String, example: 'Tender prices are still commercially sensitive', description: 'Public-interest reason; needed when the document stays exempt', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  publicInterestReason?: string | null;

  @ApiProperty({ example: 'The contract has been awarded; the prices are no longer sensitive', description: 'Why the access changes' })
  @IsString()
  @Length(1, 5000)
  reason!: string;
}
