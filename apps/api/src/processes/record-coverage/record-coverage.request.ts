import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { COVERED_BODIES } from '@ledger/domain';
import type { CoveredBody } from '@ledger/domain';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';

export class DeclareRecordCoverageRequest extends OpenCaseRequest {
  @ApiProperty({ example: 'panel', enum: COVERED_BODIES, description: 'The body whose record is declared complete: deadlines it owes, due within the period, are judged missed when nothing is on record' })
  @IsIn(COVERED_BODIES as CoveredBody[])
  body!: CoveredBody;

  @ApiProperty({ format: 'date', example: '2012-11-22', description: 'First day from which every act of the body is on record' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  completeFrom!: string;

  @ApiPropertyOptional({ type: String, example: null, nullable: true, description: 'Last day covered; omitted while the body keeps recording every act' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  completeTo?: string | null;

  @ApiProperty({ example: 'Every agenda, minute and report of the panel since its first meeting is on record', description: 'What the declaration rests on' })
  @IsString()
  @Length(1, 2000)
  basis!: string;
}

export class ReviseRecordCoverageRequest extends CommandRequest {
  @ApiProperty({ format: 'date', example: '2012-11-22', description: 'First day from which every act of the body is on record' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  completeFrom!: string;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2016-05-11', nullable: true, description: 'Last day covered; omitted while the body keeps recording every act' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  completeTo?: string | null;

  @ApiProperty({ example: 'Every act up to the end of the first term is on record', description: 'What the revised declaration rests on' })
  @IsString()
  @Length(1, 2000)
  basis!: string;
}

export class WithdrawRecordCoverageRequest extends CommandRequest {
  @ApiProperty({ example: 'Minutes of January 2013 are missing from the record', description: 'Why the record can no longer be called complete' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
