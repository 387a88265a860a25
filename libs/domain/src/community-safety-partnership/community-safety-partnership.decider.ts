import { pick } from '../core/pick';
import { assertNever, decideOnCase, Decider, DecisionContext, requireNewCase, unopened } from '../core/decider';
import { financialYearBounds, financialYearOf, IsoDate, maxDate } from '../core/calendar';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { validateSourceDocument } from '../core/provenance';
import { flagLate, PROCESS_ORDER, checkRule, requireRule, RuleFinding } from '../core/rules';
import type {
  CommunitySafetyPartnershipCommand,
  TablePaper,
  RegisterPartnership,
} from './community-safety-partnership.commands';
import {
  COMMUNITY_SAFETY_PARTNERSHIP_EVENT_TYPES,
  CommunitySafetyPartnershipEvent,
  Country,
} from './community-safety-partnership.events';
import {
  CSP_AGREEMENT_NOT_COUNTY,
  CSP_ANNUAL_PUBLIC_MEETING_MISSED,
  CSP_PAPER_CLASSIFICATION_INVALID,
  CSP_PUBLIC_MEETING_SENIOR_OFFICERS,
  CSP_SENT_TO_WRONG_PCC,
  CSP_WELSH_REGULATIONS_DIFFER,
} from './community-safety-partnership.rules';
import { nonBlank } from '../core/text';

/**
 * DOMAIN.md §4.2 (related duties), §4.17, §5.2: a partnership (local government or
 * combined area) and what it does as a strategy group. A long-lived case, not a process.
 */
export type CommunitySafetyPartnershipState =
  | { status: 'none' }
  | {
      status: 'active';
      forceArea: string;
      name: string;
      country: Country;
      policeAreas: string[];
      /** The local government areas the partnership covers, and its responsible authorities (CDA 1998 s.5). */
      areas: string[];
      responsibleAuthorities: string[];
      countyStrategyGroup: boolean;
      registeredOn: IsoDate;
      lastActOn: IsoDate;
      paperRefs: string[];
      publicMeetings: IsoDate[];
    };

function previousFinancialYear(fy: string): string {
  const start = +fy.slice(0, 4) - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
function nextFinancialYear(fy: string): string {
  const start = +fy.slice(0, 4) + 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Financial years the annual public-meeting duty is tracked for: the first full year after registration up to `until`. */
export function trackedPublicMeetingYears(registeredOn: IsoDate, until: IsoDate): string[] {
  const years: string[] = [];
  for (
    let fy = nextFinancialYear(financialYearOf(registeredOn));
    financialYearBounds(fy).start <= until;
    fy = nextFinancialYear(fy)
  )
    years.push(fy);
  return years;
}

function welshWarning(country: Country): RuleFinding[] {
  return checkRule(
    CSP_WELSH_REGULATIONS_DIFFER,
    country === 'england',
    'This is a duty under the English regulations; check the Welsh equivalent.',
  );
}

type Registered = Exclude<CommunitySafetyPartnershipState, { status: 'none' }>;

function decideTablePaper(
  command: TablePaper,
  state: Registered,
  ctx: DecisionContext,
): CommunitySafetyPartnershipEvent[] {
  const d = command.data;
  requireRule(
    PROCESS_ORDER,
    nonBlank(d.documentRef) && !state.paperRefs.includes(d.documentRef),
    `Paper ${d.documentRef} is already on the record (or has no reference).`,
  );
  const exemptParas = d.exemptParas ?? [];
  const problems = validateSourceDocument({
    ref: d.documentRef,
    title: d.title,
    body: d.author,
    date: ctx.effectiveOn,
    access: d.access,
    exemptParas,
    purpose: d.purpose,
  });
  const findings = checkRule(
    CSP_PAPER_CLASSIFICATION_INVALID,
    problems.length === 0,
    `Recorded as printed, but: ${problems.join('; ')}.`,
  );
  return [
    {
      type: 'PaperTabled',
      data: {
        ...pick(d, 'documentRef', 'title', 'author', 'access'),
        exemptParas: [...exemptParas],
        publicInterestReason: d.publicInterestReason ?? null,
        purpose: d.purpose,
        classificationAsPrinted: d.classificationAsPrinted ?? null,
        recommendations: [...(d.recommendations ?? [])],
        meetingDate: d.meetingDate ?? null,
        tabledOn: ctx.effectiveOn,
      },
      ...(findings.length ? { findings } : {}),
    },
  ];
}

/** A copy whose lists the caller may change without touching `state`'s. */
function ownCopy(state: CommunitySafetyPartnershipState): CommunitySafetyPartnershipState {
  return state.status === 'none'
    ? state
    : { ...state, paperRefs: [...state.paperRefs], publicMeetings: [...state.publicMeetings] };
}

/** Appends to the partnership's lists in place: O(1) per event (see Decider.evolveOwned). */
function evolveOwned(
  state: CommunitySafetyPartnershipState,
  event: CommunitySafetyPartnershipEvent,
  meta: { effectiveOn: IsoDate },
): CommunitySafetyPartnershipState {
  if (event.type === 'PartnershipRegistered') {
    const d = event.data;
    const where = pick(d, 'forceArea', 'name', 'country', 'policeAreas', 'areas');
    const who = pick(d, 'responsibleAuthorities', 'countyStrategyGroup', 'registeredOn');
    return { status: 'active', ...where, ...who, lastActOn: d.registeredOn, paperRefs: [], publicMeetings: [] };
  }
  if (state.status === 'none') return state;
  const s = { ...state, lastActOn: maxDate(state.lastActOn, meta.effectiveOn) };
  switch (event.type) {
    case 'CspMeetingHeld':
    case 'PartnershipPlanSentToPCC':
    case 'CommunitySafetyAgreementSentToPCC':
      return s;
    case 'PaperTabled':
      s.paperRefs.push(event.data.documentRef);
      return s;
    case 'StrategyGroupPublicMeetingHeld':
      s.publicMeetings.push(event.data.meetingDate);
      return s;
    default:
      return assertNever(event, 'event');
  }
}

function decideRegisterPartnership(
  command: RegisterPartnership,
  state: CommunitySafetyPartnershipState,
  ctx: DecisionContext,
): CommunitySafetyPartnershipEvent[] {
  const d = command.data;
  requireNewCase(state, 'This partnership is already on the record.');
  requireRule(
    PROCESS_ORDER,
    d.areas.length > 0 && d.policeAreas.includes(d.forceArea),
    'Name the area(s) the partnership covers, and a police area that includes the force area.',
  );
  return [
    {
      type: 'PartnershipRegistered',
      data: {
        forceArea: d.forceArea,
        name: d.name,
        areas: [...d.areas],
        country: d.country,
        policeAreas: [...d.policeAreas],
        responsibleAuthorities: [...d.responsibleAuthorities],
        countyStrategyGroup: d.countyStrategyGroup,
        registeredOn: ctx.effectiveOn,
      },
    },
  ];
}

/** A partnership sends its plan or agreement only to a PCC of a police area it lies in. */
function requireOwnPcc(state: { name: string; policeAreas: string[] }, pcc: string): void {
  requireRule(
    CSP_SENT_TO_WRONG_PCC,
    state.policeAreas.includes(pcc),
    `${state.name} lies in ${state.policeAreas.join(', ')}, not ${pcc}.`,
  );
}

/**
 * A plan or agreement goes to a PCC whose area the partnership lies in; in Wales it is warned (⚠️).
 * The event's data: the PCC, the document's title, the period it covers and the day it was sent.
 */
function sentToOwnPcc<const T extends 'planTitle' | 'agreementTitle'>(
  state: Registered,
  d: { pcc: string; period?: string | null } & Record<T, string>,
  title: T,
  sentOn: IsoDate,
) {
  requireOwnPcc(state, d.pcc);
  const findings = welshWarning(state.country);
  const data = { ...pick(d, 'pcc', title), period: d.period ?? null, sentOn };
  return findings.length ? { data, findings } : { data };
}

export const communitySafetyPartnership: Decider<
  CommunitySafetyPartnershipState,
  CommunitySafetyPartnershipCommand,
  CommunitySafetyPartnershipEvent
> = {
  aggregateType: 'CommunitySafetyPartnership',
  streamPrefix: 'community-safety-partnership',
  eventTypes: COMMUNITY_SAFETY_PARTNERSHIP_EVENT_TYPES,
  /*
   * Community safety partnership (CDA 1998 ss.5-6; 2007 Strategy Regulations).
   * RegisterPartnership is ledger bookkeeping; the partnership's own officer opens it.
   */
  commands: {
    RegisterPartnership: {
      label: 'A community safety partnership is registered',
      body: 'csp',
      legalBasis: 'CDA 1998 ss.5-6',
      creates: true,
    },
    RecordCspMeeting: {
      label: 'The partnership records a meeting',
      body: 'csp',
      legalBasis: 'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 3',
    },
    TablePaper: {
      label: 'A paper is put before the partnership',
      body: 'csp',
      legalBasis: 'LGA 1972 Sch 12A (classification as printed)',
    },
    SendPartnershipPlanToPCC: {
      label: 'The partnership sends its plan to the commissioner',
      body: 'csp',
      legalBasis: 'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 13A',
    },
    SendCommunitySafetyAgreementToPCC: {
      label: 'The partnership sends the community safety agreement to the commissioner',
      body: 'csp',
      legalBasis: 'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 9A',
    },
    RecordStrategyGroupPublicMeeting: {
      label: 'The strategy group records a public meeting',
      body: 'csp',
      legalBasis: 'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 reg 12(4)',
    },
  },

  initialState: unopened,

  evolve: (state, event, meta) => evolveOwned(ownCopy(state), event, meta),
  evolveOwned,

  decide: decideOnCase<
    CommunitySafetyPartnershipState,
    CommunitySafetyPartnershipCommand,
    CommunitySafetyPartnershipEvent,
    'RegisterPartnership'
  >('RegisterPartnership', decideRegisterPartnership, 'This partnership is not on the record yet: register it first.', {
    RecordCspMeeting: (command, state, ctx) => {
      return [
        {
          type: 'CspMeetingHeld',
          data: { meetingDate: ctx.effectiveOn, title: command.data.title, note: command.data.note ?? null },
        },
      ];
    },
    TablePaper: decideTablePaper,
    SendPartnershipPlanToPCC: (command, state, ctx) => [
      { type: 'PartnershipPlanSentToPCC', ...sentToOwnPcc(state, command.data, 'planTitle', ctx.effectiveOn) },
    ],
    SendCommunitySafetyAgreementToPCC: (command, state, ctx) => {
      requireRule(
        CSP_AGREEMENT_NOT_COUNTY,
        state.countyStrategyGroup,
        `${state.name} is not a county strategy group; only a county strategy group sends a community safety agreement.`,
      );
      return [
        {
          type: 'CommunitySafetyAgreementSentToPCC',
          ...sentToOwnPcc(state, command.data, 'agreementTitle', ctx.effectiveOn),
        },
      ];
    },
    RecordStrategyGroupPublicMeeting: (command, state, ctx) => {
      const d = command.data;
      requireRule(
        CSP_PUBLIC_MEETING_SENIOR_OFFICERS,
        d.seniorOfficersAttending.filter(nonBlank).length > 0,
        'Record the senior officers of the responsible authorities who attended the public meeting.',
      );
      const fy = financialYearOf(ctx.effectiveOn);
      const prev = previousFinancialYear(fy);
      const tracked = trackedPublicMeetingYears(state.registeredOn, ctx.effectiveOn).includes(prev);
      const heldPrev = state.publicMeetings.some((m) => financialYearOf(m) === prev);
      const findings = [
        ...flagLate(
          CSP_ANNUAL_PUBLIC_MEETING_MISSED,
          !tracked || heldPrev,
          `No public meeting of the strategy group is recorded for ${prev}.`,
        ),
        ...welshWarning(state.country),
      ];
      return [
        {
          type: 'StrategyGroupPublicMeetingHeld',
          data: {
            meetingDate: ctx.effectiveOn,
            venue: d.venue ?? null,
            seniorOfficersAttending: d.seniorOfficersAttending.filter(nonBlank),
            financialYear: fy,
          },
          ...(findings.length ? { findings } : {}),
        },
      ];
    },
  }),

  /** One public meeting per financial year, from the first full year on record to the latest act. */
  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none') return [];
    return trackedPublicMeetingYears(state.registeredOn, state.lastActOn).map((fy) => {
      const { start, end } = financialYearBounds(fy);
      const held = state.publicMeetings.filter((m) => financialYearOf(m) === fy).sort()[0] ?? null;
      return deadlineOf(CSP_ANNUAL_PUBLIC_MEETING_MISSED, {
        key: `csp.public-meeting.${fy}`,
        label: `Strategy group public meeting in ${fy}`,
        dueOn: end,
        startsOn: start,
        completedOn: held,
        owner: 'csp',
      });
    });
  },
};
