import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { ConfirmingAppointment } from '../confirmation.request';
import { Text, OptionalDay, Flag, Choice, NullableWhole } from '../request-fields';

/** The poll date is the act's effectiveAt. */
export class RecordElectionRequest extends OpenCaseRequest {
  @OptionalDay({
    format: 'date',
    example: '2012-11-15',
    description:
      'Poll date as the source states it, when importing history (default: effectiveAt); correct it later with a correction if the source is wrong',
    nullable: true,
  })
  pollDate?: string | null;

  @Text(200, { example: 'Ann Barnes', description: 'The person elected' })
  electedPerson!: string;

  @Choice({
    example: 'ordinary',
    enum: ['ordinary', 'vacancy'],
    description: 'Ordinary election (s.50) or election to fill a vacancy (s.51)',
  })
  kind!: 'ordinary' | 'vacancy';

  @OptionalDay({
    example: null,
    nullable: true,
    description: 'For a vacancy election: the day the vacancy arose (the poll is due within 35 days, s.51)',
  })
  vacancyOn?: string | null;

  @OptionalDay({
    format: 'date',
    example: '2016-05-05',
    nullable: true,
    description: 'Next ordinary poll, when it is not the default one',
  })
  nextOrdinaryPoll?: string | null;

  @OptionalDay({
    example: null,
    nullable: true,
    description:
      'For a vacancy election: the day the result was declared, from which the PCC holds office (s.51(8)(a)); default: the poll date',
  })
  declaredOn?: string | null;
}

export class TakeOfficeRequest extends CommandRequest {
  @Text(200, {
    example: 'Ann Barnes',
    description: 'The person taking office: the person elected (s.70 declaration of acceptance)',
  })
  person!: string;
}

export class SuspendCommissionerRequest extends CommandRequest {
  @Text(200, { example: 'CPS-2014-0001', description: 'Reference of the charge' })
  chargeRef!: string;

  @Text(500, { example: 'Misconduct in public office', description: 'The offence charged' })
  offence!: string;

  @NullableWhole(0, 100, {
    example: 14,
    nullable: true,
    type: Number,
    description:
      'Maximum term for an adult, in years; null when the maximum is life (more than 2 years qualifies, s.30(1))',
  })
  offenceMaxTermYears!: number | null;

  @Flag({ example: false, description: 'The offence carries life imprisonment' })
  lifeSentence!: boolean;

  @Choice({
    example: 'uk',
    enum: ['uk', 'channel_islands', 'isle_of_man', 'elsewhere'],
    description: 'Where the charge was brought',
  })
  chargedIn!: 'uk' | 'channel_islands' | 'isle_of_man' | 'elsewhere';

  @Text(200, { example: 'KPCP/2014/07', description: "Reference of the panel's resolution to suspend" })
  panelResolutionRef!: string;
}

export class EndSuspensionRequest extends CommandRequest {
  @Choice({
    example: 'charge_dropped',
    enum: ['charge_dropped', 'acquitted', 'convicted_not_disqualified', 'terminated_by_panel'],
    description: 'Why the suspension ends (s.30(2))',
  })
  reason!: 'charge_dropped' | 'acquitted' | 'convicted_not_disqualified' | 'terminated_by_panel';
}

export class AppointActingCommissionerRequest extends CommandRequest {
  @Text(200, { example: 'Mark Gilmartin', description: 'The person appointed acting commissioner' })
  person!: string;

  @Text(200, { example: 'Chief Executive', description: "The person's post on the PCC's staff" })
  staffRole!: string;

  @Flag({ example: true, description: "A member of the PCC's own staff (s.62(2))" })
  isCommissionerStaff!: boolean;

  @Flag({
    example: false,
    description: 'Police civilian staff (could not act during the transition, SI 2012/2892 art 5(5))',
  })
  isPoliceCivilianStaff!: boolean;

  @Choice({
    example: 'incapacitated',
    enum: ['no_commissioner', 'suspended', 'incapacitated'],
    description: 'Ground for the appointment (s.62(1))',
  })
  trigger!: 'no_commissioner' | 'suspended' | 'incapacitated';

  @Text(200, {
    example: 'KPCP/2014/08',
    description: "Reference of the panel's resolution appointing the acting commissioner",
  })
  panelResolutionRef!: string;
}

export class EndActingAppointmentRequest extends CommandRequest {
  @Choice({
    example: 'incapacity_ended',
    enum: ['commissioner_elected', 'terminated_by_panel', 'terminated_by_acting_commissioner', 'incapacity_ended'],
    description: 'Why the acting appointment ends (s.62(6)-(7))',
  })
  reason!: 'commissioner_elected' | 'terminated_by_panel' | 'terminated_by_acting_commissioner' | 'incapacity_ended';
}

export class VacateOfficeRequest extends CommandRequest {
  @Choice({
    example: 'resigned',
    enum: ['resigned', 'died', 'disqualified', 'incapacity_six_months', 'other'],
    description: 'Why the office falls vacant (ss.59-61, 63)',
  })
  reason!: 'resigned' | 'died' | 'disqualified' | 'incapacity_six_months' | 'other';
}

export class AppointDeputyRequest extends CommandRequest {
  @Text(200, { example: 'Tim Smith', description: 'The deputy PCC appointed (s.18)' })
  person!: string;

  @ConfirmingAppointment('Case id of the SeniorAppointment that confirmed the deputy')
  seniorAppointmentCaseId?: string | null;
}
