import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { COVERED_BODIES } from '@ledger/domain';
import type { CoveredBody } from '@ledger/domain';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { Text, Day, OptionalDay } from '../request-fields';

/** The first day of a declared period, as a declaration and its revision both give it. */
const CompleteFrom = () =>
  Day({
    format: 'date',
    example: '2012-11-22',
    description: 'First day from which every act of the body is on record',
  });

export class DeclareRecordCoverageRequest extends OpenCaseRequest {
  @ApiProperty({
    example: 'panel',
    enum: COVERED_BODIES,
    description:
      'The body whose record is declared complete: deadlines it owes, due within the period, are judged missed when nothing is on record',
  })
  @IsIn(COVERED_BODIES as CoveredBody[])
  body!: CoveredBody;

  @CompleteFrom()
  completeFrom!: string;

  @OptionalDay({
    example: null,
    nullable: true,
    description: 'Last day covered; omitted while the body keeps recording every act',
  })
  completeTo?: string | null;

  @Text(2000, {
    example: 'Every agenda, minute and report of the panel since its first meeting is on record',
    description: 'What the declaration rests on',
  })
  basis!: string;
}

export class ReviseRecordCoverageRequest extends CommandRequest {
  @CompleteFrom()
  completeFrom!: string;

  @OptionalDay({
    format: 'date',
    example: '2016-05-11',
    nullable: true,
    description: 'Last day covered; omitted while the body keeps recording every act',
  })
  completeTo?: string | null;

  @Text(2000, {
    example: 'Every act up to the end of the first term is on record',
    description: 'What the revised declaration rests on',
  })
  basis!: string;
}

export class WithdrawRecordCoverageRequest extends CommandRequest {
  @Text(2000, {
    example: 'Minutes of January 2013 are missing from the record',
    description: 'Why the record can no longer be called complete',
  })
  reason!: string;
}
