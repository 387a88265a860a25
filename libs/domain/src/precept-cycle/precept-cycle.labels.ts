import type { ProcessLabels } from '../core/labels';
import type { PreceptCycleState } from './precept-cycle.state';

export const preceptCycleLabels: ProcessLabels = {
  aggregateType: 'PreceptCycle',
  name: 'Precept (the police part of council tax)',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    proposed: 'Proposed precept before the panel',
    reported: 'Panel has reported',
    vetoed: 'Vetoed by the panel',
    revised: 'Revised precept before the panel',
    second_reported: 'Panel has reported on the revised precept',
    issued: 'Precept issued',
  } satisfies Record<PreceptCycleState['status'], string>,
  events: {
    ProposedPreceptNotified: 'Proposed precept notified to the panel',
    PreceptReportMade: "Panel's report on the proposed precept made",
    PreceptVetoed: 'Proposed precept vetoed by the panel',
    PreceptResponsePublished: "Commissioner's response to the panel's report published",
    RevisedPreceptNotified: 'Revised precept notified to the panel',
    SecondPreceptReportMade: "Panel's report on the revised precept made",
    PreceptIssued: 'Precept issued',
  },
  fields: {
    effective: 'Has effect',
    vetoedOn: 'Vetoed on',
    accepts: 'Accepts the revised precept',
    variant: 'Which amount was issued',
    scrutinyEndedBy: 'How scrutiny ended',
  },
  values: {
    too_high: 'too high',
    too_low: 'too low',
    proposed: 'The proposed precept',
    first_report_recommendation: "The amount the panel's first report recommended",
    revised: 'The revised precept',
    second_report_recommendation: "The amount the panel's second report recommended",
    further_in_veto_direction: 'A precept moved further in the direction of the veto',
    first_response: "The commissioner's response to the first report",
    no_report_by_8_february: 'No report by 8 February',
    second_response: "The commissioner's response to the second report",
    no_second_report_by_22_february: 'No second report by 22 February',
  },
};
