/**
 * Every statutory process the ledger knows, in one list. The application layer
 * routes commands and folds streams through it; projections fold case state with it.
 * Add one line per decider.
 */
import type { Command, Decider, DomainEvent } from './core/decider';
import { UpcasterRegistry } from './core/upcasting';
import { cspReportRequirement, upcastReportRequestedV1 } from './csp-report-requirement';
import { scrutinyRequirement } from './scrutiny-requirement';
import { complaint } from './complaint';
import { communitySafetyPartnership } from './community-safety-partnership';
import { cspMeetingSummons, upcastMeetingSummonsIssuedV1 } from './csp-meeting-summons';
import { combinationAgreement } from './combination-agreement';
import { grant } from './grant';
import { decisionRegister } from './decision-register';
import { policeAndCrimePanel } from './police-and-crime-panel';
import { panelMeeting } from './panel-meeting';
import { preceptCycle } from './precept-cycle';
import { chiefConstableAppointment } from './chief-constable-appointment';
import { seniorAppointment } from './senior-appointment';
import { commissionerOffice, upcastElectionHeldV1 } from './commissioner-office';
import { policeAndCrimePlan } from './police-and-crime-plan';
import { annualReport } from './annual-report';
import { recordCoverage } from './record-coverage';
import { panelReport } from './panel-report';
import { interestsRegister } from './interests-register';
import { deputyCommissioner } from './deputy-commissioner';

export interface DeciderEntry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  decider: Decider<any, Command, DomainEvent>;
}

export const DECIDERS: DeciderEntry[] = [
  { decider: cspReportRequirement },
  { decider: scrutinyRequirement },
  { decider: complaint },
  { decider: communitySafetyPartnership },
  { decider: cspMeetingSummons },
  { decider: combinationAgreement },
  { decider: grant },
  { decider: decisionRegister },
  { decider: policeAndCrimePanel },
  { decider: panelMeeting },
  { decider: preceptCycle },
  { decider: chiefConstableAppointment },
  { decider: seniorAppointment },
  { decider: commissionerOffice },
  { decider: policeAndCrimePlan },
  { decider: annualReport },
  { decider: recordCoverage },
  { decider: panelReport },
  { decider: interestsRegister },
  { decider: deputyCommissioner },
];

/** Upcasters for every stored (type, schemaVersion) that has since changed. */
export const UPCASTERS = new UpcasterRegistry()
  // MeetingSummonsIssued v2 records reps per authority (reg 14A(2)(b)); v1 reads as "not specified".
  .register('MeetingSummonsIssued', 1, upcastMeetingSummonsIssuedV1)
  // ElectionHeld v2 records the declaration day of a vacancy election (PRSRA 2011 s.51(8)(a)).
  .register('ElectionHeld', 1, upcastElectionHeldV1)
  // ReportRequested v2 names the PCCs acting jointly for an area in several police areas (CDA 1998 s.7(5)(b)).
  .register('ReportRequested', 1, upcastReportRequestedV1);

export function deciderByAggregate(aggregateType: string): DeciderEntry | undefined {
  return DECIDERS.find((d) => d.decider.aggregateType === aggregateType);
}
