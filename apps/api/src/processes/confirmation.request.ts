import { CommandRequest } from '../common/command.request';
import { OptionalText, Flag, Choice, OptionalPattern } from './request-fields';

/** A public confirmation hearing: Sch 8 para 6 (chief constable) and Sch 1 para 11 (CE, CFO, deputy). */
export class ConfirmationHearingRequest extends CommandRequest {
  @Flag({ example: true, description: 'The hearing is held in public (PRSRA 2011 Sch 8 para 6; Sch 1 para 11)' })
  inPublic!: boolean;

  @Choice({
    example: 'in_person',
    enum: ['in_person', 'live_link', 'did_not_appear'],
    description: 'How the candidate appeared before the panel',
  })
  appearance!: 'in_person' | 'live_link' | 'did_not_appear';

  @OptionalText(200, {
    example: 'kent-pcp-2014-01-20',
    nullable: true,
    description: 'Case id of the PanelMeeting at which the hearing was held',
  })
  meetingRef?: string | null;
}

/** The panel's report on a proposed appointment: Sch 8 para 4 and Sch 1 para 10. */
export class AppointmentReportRequest extends CommandRequest {
  @Choice({
    example: 'appoint',
    enum: ['appoint', 'do_not_appoint'],
    description: "The panel's recommendation (PRSRA 2011 Sch 8 para 4; Sch 1 para 10)",
  })
  recommend!: 'appoint' | 'do_not_appoint';

  @OptionalText(2000, {
    example: 'https://democracy.kent.gov.uk/pcp/confirmation-report',
    nullable: true,
    description: 'Where the report is published',
  })
  url?: string | null;
}

/** The SeniorAppointment case whose confirmation hearing a deputy's appointment rests on (Sch 1 paras 9-12). */
export const ConfirmingAppointment = (description: string) =>
  OptionalPattern(/^[a-z0-9][a-z0-9-]{0,99}$/, { example: 'kent-dpcc-2014', nullable: true, description });
