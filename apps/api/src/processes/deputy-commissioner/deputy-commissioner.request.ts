import { DISQUALIFICATIONS, EXCLUDED_PERSONS, PCC_FUNCTIONS } from '@ledger/domain';
import type { Disqualification, ExcludedPerson, PccFunction } from '@ledger/domain';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { ConfirmingAppointment } from '../confirmation.request';
import { Text, OptionalText, Day, OptionalDay, Choice, ChoiceList } from '../request-fields';

export class AppointDeputyCommissionerRequest extends OpenCaseRequest {
  @Text(200, { example: 'D. Deputy', description: 'The person appointed (s.18(1)(a))' })
  person!: string;

  @ConfirmingAppointment('The SeniorAppointment case of the confirmation hearing (Sch 1 paras 9-12)')
  seniorAppointmentCaseId?: string | null;

  @Day({
    format: 'date',
    example: '2016-05-11',
    description:
      "The last day of the appointment under its terms; no later than the end of the PCC's current term (Sch 1 para 8(3))",
  })
  termEndsOn!: string;

  @OptionalDay({
    format: 'date',
    example: '1970-01-01',
    nullable: true,
    description: 'Date of birth, to check the age of 18 (Sch 1 para 8(2)(a))',
  })
  dateOfBirth?: string | null;

  @ChoiceList(0, 8, {
    example: [],
    enum: EXCLUDED_PERSONS,
    description: 'Which s.18(6) categories the person falls in (any refuses the appointment)',
  })
  excludedAs!: ExcludedPerson[];

  @ChoiceList(0, 6, {
    example: [],
    enum: DISQUALIFICATIONS,
    description: 'Which Sch 1 para 8(2)(b)-(g) disqualifications apply (any refuses the appointment)',
  })
  disqualifications!: Disqualification[];
}

export class DelegateToDeputyRequest extends CommandRequest {
  @ChoiceList(1, 7, {
    example: ['prepare_annual_report'],
    enum: PCC_FUNCTIONS,
    description: 'Functions the deputy is to exercise (s.18(1)(b)); never those in s.18(7)(a), (e), (f)',
  })
  functions!: PccFunction[];

  @OptionalText(2000, { example: 'Victims services commissioning', nullable: true })
  description?: string | null;
}

export class EndDeputyAppointmentRequest extends CommandRequest {
  @Choice({ example: 'term_ended', enum: ['term_ended', 'resigned', 'removed', 'pcc_left_office'] })
  reason!: 'term_ended' | 'resigned' | 'removed' | 'pcc_left_office';
}
