/**
 * Every statutory process the ledger knows, in one list. The application layer
 * routes commands and folds streams through it; projections fold case state with it.
 * Add one line per decider.
 */
import type { Command, CommandSpec, Decider, DomainEvent } from './core/decider';
import { CORRECT_RECORD, CORRECT_RECORD_SPEC, type CorrectRecord } from './core/correction';
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

const PROCESSES = [
  cspReportRequirement,
  scrutinyRequirement,
  complaint,
  communitySafetyPartnership,
  cspMeetingSummons,
  combinationAgreement,
  grant,
  decisionRegister,
  policeAndCrimePanel,
  panelMeeting,
  preceptCycle,
  chiefConstableAppointment,
  seniorAppointment,
  commissionerOffice,
  policeAndCrimePlan,
  annualReport,
  recordCoverage,
  panelReport,
  interestsRegister,
  deputyCommissioner,
] as const;

export const DECIDERS: DeciderEntry[] = PROCESSES.map((decider) => ({ decider: decider as DeciderEntry['decider'] }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type CommandOf<D> = D extends Decider<any, infer C, any> ? C : never;
/** Every statutory act the ledger records, as a union of its commands; a correction works on any case. */
export type LedgerCommand = CommandOf<(typeof PROCESSES)[number]> | CorrectRecord;
export type ActType = LedgerCommand['type'];
/** The data an act carries, by its command type. */
export type ActData<T extends ActType> = Extract<LedgerCommand, { type: T }>['data'];

/** One act as the catalogue declares it: its process (null for a correction, which works on any) and its spec. */
export interface Act extends CommandSpec {
  type: ActType;
  aggregateType: string | null;
  streamPrefix: string | null;
}

/**
 * The act catalogue: each act, declared once in its process's decider (label, body, power),
 * by command type. Access, routes and the application service are derived from it.
 */
export const ACT_CATALOGUE: Readonly<Record<ActType, Act>> = Object.fromEntries([
  ...DECIDERS.flatMap(({ decider }) => {
    return Object.entries(decider.commands as Record<string, CommandSpec>).map(([type, spec]) => [
      type,
      {
        ...spec,
        type,
        aggregateType: decider.aggregateType,
        streamPrefix: decider.streamPrefix,
      },
    ]);
  }),
  [
    CORRECT_RECORD,
    {
      ...CORRECT_RECORD_SPEC,
      type: CORRECT_RECORD,
      aggregateType: null,
      streamPrefix: null,
    },
  ],
]) as Record<ActType, Act>;

/** The act named, if the catalogue has it. */
export function actOf(type: string): Act | undefined {
  return Object.hasOwn(ACT_CATALOGUE, type) ? ACT_CATALOGUE[type as ActType] : undefined;
}

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
