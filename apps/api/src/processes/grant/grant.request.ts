import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import {
  Text,
  OptionalText,
  OptionalFlag,
  TextList,
  NullableText,
  NullableDay,
  OptionalNested,
} from '../request-fields';

export class GrantPeriodDto {
  @NullableDay({
    format: 'date',
    example: '2015-04-01',
    description: 'First day of the grant period',
    nullable: true,
  })
  from!: string | null;

  @NullableDay({
    format: 'date',
    example: '2018-03-31',
    description: 'Last day of the grant period',
    nullable: true,
  })
  to!: string | null;

  @NullableText(200, {
    example: 'three years',
    description: 'The period as the source states it',
    nullable: true,
  })
  description!: string | null;
}

export class AwardGrantRequest extends OpenCaseRequest {
  @Text(200, { example: 'Medway Community Safety Partnership', description: 'Who receives the grant' })
  recipient!: string;

  @ApiProperty({
    example: 25000,
    description: 'Amount in pounds; null when the source does not state it',
    nullable: true,
    type: Number,
  })
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1_000_000_000)
  amount!: number | null;

  @Text(2000, { example: 'Youth diversion scheme in Chatham', description: 'What the grant is for' })
  purpose!: string;

  @TextList(50, 2000, {
    example: ['Quarterly monitoring returns to the PCC'],
    description: 'Conditions attached (s.9(2))',
  })
  conditions!: string[];

  @Text(5000, {
    example: 'Diversion reduces first-time entrants and so crime and disorder',
    description: 'Why the PCC thinks the grant will help reduce crime and disorder (s.9(1))',
  })
  reasons!: string;

  @OptionalNested(GrantPeriodDto, { type: GrantPeriodDto, nullable: true })
  period?: GrantPeriodDto | null;

  @OptionalFlag({
    example: true,
    description:
      'False when only an upper bound of the award date is known (imported history): no publication deadline is set',
  })
  awardDateKnown?: boolean;
}

export class PublishGrantRequest extends CommandRequest {
  @OptionalText(2000, {
    example: 'https://www.kent-pcc.gov.uk/grants/2015-05',
    nullable: true,
    description: 'Where the grant was published',
  })
  url?: string | null;
}

export class RequireGrantRepaymentRequest extends CommandRequest {
  @ApiPropertyOptional({ example: 5000, description: 'Amount to repay in pounds', nullable: true, type: Number })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1_000_000_000)
  amount?: number | null;

  @Text(2000, {
    example: 'Quarterly monitoring returns to the PCC',
    description: 'The grant condition relied on (exactly as awarded)',
  })
  conditionRelied!: string;

  @Text(5000, { example: 'No monitoring returns for two quarters', description: 'Why repayment is required' })
  reason!: string;
}
