import { assertNever, DecisionContext, Decider } from '../core/decider';
import { addDays, IsoDate, isOnOrBefore } from '../core/calendar';
import type { DeadlineSpec } from '../core/deadlines';
import { CASE_ALREADY_EXISTS, CASE_NOT_FOUND, flagLate, PROCESS_ORDER, requireRule } from '../core/rules';
import type { ComplaintCommand, ReceiveComplaint, RecordComplaint, RecordInformalResolutionOutcome, ReferToIPCC } from './complaint.commands';
import { COMPLAINT_EVENT_TYPES, COMPLAINT_EXEMPT_PARAS, ComplaintAgainst, ComplaintEvent, REG15_GROUNDS } from './complaint.events';
import {
  COMPLAINT_CRIMINAL_MUST_BE_REFERRED,
  COMPLAINT_DISAPPLICATION_GROUND_REQUIRED,
  COMPLAINT_NOT_RECORDED_GROUNDS_REQUIRED,
  COMPLAINT_PERSONAL_DATA_IN_CLEAR,
  COMPLAINT_PUBLISHED_WITHOUT_PUBLIC_INTEREST,
  COMPLAINT_RECORDING_LATE,
  COMPLAINT_REFERRAL_LATE,
  COMPLAINT_REFERRAL_NOT_CRIMINAL,
  COMPLAINT_RESOLVER_IS_OFFICE_HOLDER,
  PERSONAL_DATA_ERASURE_AUTHORITY_REQUIRED,
  PERSONAL_DATA_SUBJECT_UNKNOWN,
  COMPLAINT_CRIMINAL_DOWNGRADE_REASON,
} from './complaint.rules';

/**
 * DOMAIN.md §4.12: Received → Recorded | NotRecorded → ReferredToIPCC → ReferredBack |
 * Disapplied | InformalResolution → Resolved; Withdrawn at any open point.
 * There is deliberately no "investigation" step for the panel (Sch 7 para 3(2)):
 * investigation is the IPCC's, after a referral.
 */
export type ComplaintStatus =
  | 'received'
  | 'recorded'
  | 'not_recorded'
  | 'referred_to_ipcc'
  | 'referred_back'
  | 'disapplied'
  | 'informal_resolution'
  | 'resolved'
  | 'withdrawn';

export interface ComplainantState {
  subjectId: string;
  /** Current field path → commitment (replaced by ComplainantUpdated). */
  commitments: { [fieldPath: string]: string };
  /** Every commitment this case has ever held for the subject. */
  allCommitments: string[];
  erased: boolean;
}

export type ComplaintState =
  | { status: 'none' }
  | {
      status: ComplaintStatus;
      forceArea: string;
      against: ComplaintAgainst;
      complainant: ComplainantState;
      criminalAllegation: boolean;
      /** Day it first became clear the complaint must be referred (criminal on its face: receipt). */
      criminalClearOn: IsoDate | null;
      receivedOn: IsoDate;
      recordedOn: IsoDate | null;
      referralDueOn: IsoDate | null;
      referredOn: IsoDate | null;
      outcomePublished: boolean;
    };

const nonBlank = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;
const COMMITMENT_RE = /^[0-9a-f]{64}$/;
/** An opaque id: no spaces (names) and no "@" (e-mail addresses). */
const SUBJECT_ID_RE = /^[A-Za-z0-9._:-]+$/;

/** Why a complainant reference would leak personal data, or [] if it is clean. */
function personalDataProblems(complainant: unknown): string[] {
  if (complainant === null || typeof complainant !== 'object') return ['the complainant must be { subjectId, commitments }'];
  const c = complainant as Record<string, unknown>;
  const problems: string[] = [];
  const extra = Object.keys(c).filter((k) => k !== 'subjectId' && k !== 'commitments');
  if (extra.length) problems.push(`fields ${extra.join(', ')} must be committed, not stored`);
  if (typeof c.subjectId !== 'string' || !SUBJECT_ID_RE.test(c.subjectId)) problems.push('the subject id must be an opaque identifier, not a name or address');
  problems.push(...commitmentProblems(c.commitments));
  return problems;
}

function commitmentProblems(commitments: unknown): string[] {
  if (commitments === null || typeof commitments !== 'object' || Array.isArray(commitments)) return ['commitments must map field paths to hex HMAC commitments'];
  return Object.entries(commitments as Record<string, unknown>)
    .filter(([path, v]) => !nonBlank(path) || typeof v !== 'string' || !COMMITMENT_RE.test(v))
    .map(([path]) => `${path || '(blank path)'} does not hold a 64-hex-digit commitment`);
}

const OPEN: ComplaintStatus[] = ['received', 'recorded', 'referred_to_ipcc', 'referred_back', 'informal_resolution'];

type Received = Exclude<ComplaintState, { status: 'none' }>;

function decideReceiveComplaint(command: ReceiveComplaint, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  const d = command.data;
  requireRule(CASE_ALREADY_EXISTS, state.status === 'none', 'This complaint has already been received.');
  const problems = personalDataProblems(d.complainant);
  requireRule(COMPLAINT_PERSONAL_DATA_IN_CLEAR, problems.length === 0, `The complainant cannot be recorded like this: ${problems.join('; ')}.`);
  requireRule(PROCESS_ORDER, d.against === 'PCC' || d.against === 'DPCC', 'A complaint handled by the panel is about the PCC or the deputy PCC.');
  return [
    {
      type: 'ComplaintReceived',
      data: {
        forceArea: d.forceArea,
        panel: d.panel,
        against: d.against,
        complainant: { subjectId: d.complainant.subjectId, commitments: { ...d.complainant.commitments } },
        criminalAllegation: d.criminalAllegation,
        subjectMatter: d.subjectMatter,
        exemptParas: [...COMPLAINT_EXEMPT_PARAS],
        receivedOn: ctx.effectiveOn,
      },
    },
  ];
}

function decideRecordComplaint(command: RecordComplaint, state: Received, ctx: DecisionContext): ComplaintEvent[] {
  requireRule(PROCESS_ORDER, state.status === 'received', 'Only a complaint just received can be recorded.');
  const criminal = command.data.criminalAllegation ?? state.criminalAllegation;
  const downgraded = state.criminalAllegation && !criminal;
  const reason = (command.data.reassessmentReason ?? '').trim();
  requireRule(COMPLAINT_CRIMINAL_DOWNGRADE_REASON, !downgraded || reason.length > 0, 'The complaint was received as alleging a criminal offence: give the reason (reassessmentReason) for recording it as not alleging one.');
  const findings = [
    ...(state.criminalClearOn && criminal
      ? flagLate(COMPLAINT_RECORDING_LATE, isOnOrBefore(ctx.effectiveOn, addDays(state.receivedOn, 1)), `Received on ${state.receivedOn}, alleging a crime; recorded on ${ctx.effectiveOn}.`)
      : []),
    ...(downgraded
      ? [{ code: COMPLAINT_CRIMINAL_DOWNGRADE_REASON.code, citation: COMPLAINT_CRIMINAL_DOWNGRADE_REASON.citation, confidence: COMPLAINT_CRIMINAL_DOWNGRADE_REASON.confidence, kind: 'warning' as const, message: `Received as alleging a criminal offence; recorded as not alleging one because: ${reason}` }]
      : []),
  ];
  return [{ type: 'ComplaintRecorded', data: { recordedOn: ctx.effectiveOn, criminalAllegation: criminal }, findings }];
}

function decideReferToIPCC(command: ReferToIPCC, state: Received, ctx: DecisionContext): ComplaintEvent[] {
  const d = command.data;
  requireRule(PROCESS_ORDER, ['received', 'recorded', 'informal_resolution'].includes(state.status), 'This complaint can no longer be referred to the IPCC.');
  requireRule(COMPLAINT_REFERRAL_NOT_CRIMINAL, d.type !== 'serious_complaint' || state.criminalAllegation, 'Only a complaint alleging a criminal offence is a serious complaint.');
  const becameClearOn = d.becameClearOn ?? state.criminalClearOn ?? ctx.effectiveOn;
  const dueOn = addDays(becameClearOn, 1);
  const findings = flagLate(COMPLAINT_REFERRAL_LATE, isOnOrBefore(ctx.effectiveOn, dueOn), `It became clear on ${becameClearOn} that the complaint must be referred; referral was due by the end of ${dueOn} and was made on ${ctx.effectiveOn}.`);
  return [
    {
      type: 'ComplaintReferredToIPCC',
      data: { type: d.type, becameClearOn, referralDueOn: dueOn, referredOn: ctx.effectiveOn, complainantNotified: d.complainantNotified, officeHolderNotified: d.officeHolderNotified },
      findings,
    },
  ];
}

function decideRecordInformalResolutionOutcome(command: RecordInformalResolutionOutcome, state: Received, ctx: DecisionContext): ComplaintEvent[] {
  const d = command.data;
  requireRule(PROCESS_ORDER, state.status === 'informal_resolution', 'There is no informal resolution in progress.');
  requireRule(
    COMPLAINT_PUBLISHED_WITHOUT_PUBLIC_INTEREST,
    !d.publish || (nonBlank(d.publicInterestReason) && !!d.copiedToBothOn),
    'The outcome record can be published only after it is copied to both sides and the panel has found publication in the public interest.',
  );
  return [
    {
      type: 'InformalResolutionOutcomeRecorded',
      data: { recordedOn: ctx.effectiveOn, copiedToBothOn: d.copiedToBothOn ?? null, published: d.publish, publicInterestReason: d.publish ? d.publicInterestReason!.trim() : (d.publicInterestReason ?? null) },
    },
  ];
}

export const complaint: Decider<ComplaintState, ComplaintCommand, ComplaintEvent> = {
  aggregateType: 'Complaint',
  streamPrefix: 'complaint',
  eventTypes: COMPLAINT_EVENT_TYPES,
  /*
   * Complaint (PRSRA 2011 Sch 7; SI 2012/62): the panel handles complaints about the PCC.
   * The referral back is the IPCC's act (reg 14(2)), a national body: admin records it.
   * The complainant withdraws; the panel secretariat records the notice it received.
   * Crypto-shredding is irreversible and not a statutory act of any body.
   */
  commands: {
    ReceiveComplaint: { body: 'panel', legalBasis: 'PRSRA 2011 s.31, Sch 7; SI 2012/62 reg 9', creates: true },
    RecordComplaint: { body: 'panel', legalBasis: 'SI 2012/62 reg 9' },
    DecideNotToRecord: { body: 'panel', legalBasis: 'SI 2012/62 reg 10' },
    ReferToIPCC: { body: 'panel', legalBasis: 'SI 2012/62 reg 13' },
    RecordReferralBack: { body: 'national', legalBasis: 'SI 2012/62 reg 14(2)' },
    DisapplyRequirements: { body: 'panel', legalBasis: 'SI 2012/62 reg 15' },
    StartInformalResolution: { body: 'panel', legalBasis: 'SI 2012/62 reg 28' },
    RecordInformalResolutionOutcome: { body: 'panel', legalBasis: 'SI 2012/62 reg 28(12)-(13)' },
    WithdrawComplaint: { body: 'panel', legalBasis: 'SI 2012/62 reg 16' },
    UpdateComplainant: { body: 'panel', legalBasis: 'SI 2012/62 regs 32-33' },
    ErasePersonalData: { body: 'ledger', legalBasis: 'Governance Ledger INTEGRITY.md (personal data and erasure)' },
  },

  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    if (event.type === 'ComplaintReceived') {
      const d = event.data;
      return {
        status: 'received',
        forceArea: d.forceArea,
        against: d.against,
        complainant: { subjectId: d.complainant.subjectId, commitments: d.complainant.commitments, allCommitments: Object.values(d.complainant.commitments), erased: false },
        criminalAllegation: d.criminalAllegation,
        criminalClearOn: d.criminalAllegation ? d.receivedOn : null,
        receivedOn: d.receivedOn,
        recordedOn: null,
        referralDueOn: null,
        referredOn: null,
        outcomePublished: false,
      };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'ComplaintRecorded':
        return {
          ...state,
          status: 'recorded',
          recordedOn: event.data.recordedOn,
          criminalAllegation: event.data.criminalAllegation,
          criminalClearOn: event.data.criminalAllegation ? (state.criminalClearOn ?? event.data.recordedOn) : null,
        };
      case 'ComplaintNotRecorded':
        return { ...state, status: 'not_recorded' };
      case 'ComplaintReferredToIPCC':
        return { ...state, status: 'referred_to_ipcc', referralDueOn: event.data.referralDueOn, referredOn: event.data.referredOn };
      case 'ComplaintReferredBack':
        return { ...state, status: 'referred_back' };
      case 'ComplaintDisapplied':
        return { ...state, status: 'disapplied' };
      case 'InformalResolutionStarted':
        return { ...state, status: 'informal_resolution' };
      case 'InformalResolutionOutcomeRecorded':
        return { ...state, status: 'resolved', outcomePublished: event.data.published };
      case 'ComplaintWithdrawn':
        return { ...state, status: 'withdrawn' };
      case 'ComplainantUpdated': {
        const next = event.data.commitments;
        if (!next) return state;
        const all = [...new Set([...state.complainant.allCommitments, ...Object.values(next)])];
        return { ...state, complainant: { ...state.complainant, commitments: { ...state.complainant.commitments, ...next }, allCommitments: all } };
      }
      case 'PersonalDataErased':
        return { ...state, complainant: { ...state.complainant, erased: true } };
      default:
        return assertNever(event, 'event');
    }
  },

  decide(command, state, ctx) {
    if (command.type === 'ReceiveComplaint') return decideReceiveComplaint(command, state, ctx);
    requireRule(CASE_NOT_FOUND, state.status !== 'none', 'No complaint has been received under this reference.');
    if (state.status === 'none') return [];

    switch (command.type) {
      case 'RecordComplaint':
        return decideRecordComplaint(command, state, ctx);
      case 'DecideNotToRecord': {
        requireRule(PROCESS_ORDER, state.status === 'received', 'Only a complaint just received can be left unrecorded.');
        requireRule(
          COMPLAINT_NOT_RECORDED_GROUNDS_REQUIRED,
          nonBlank(command.data.grounds) && !!command.data.notifiedOn,
          'State the grounds for not recording the complaint and the date the complainant was told (reg 10).',
        );
        return [{ type: 'ComplaintNotRecorded', data: { grounds: command.data.grounds.trim(), notifiedOn: command.data.notifiedOn, decidedOn: ctx.effectiveOn } }];
      }
      case 'ReferToIPCC':
        return decideReferToIPCC(command, state, ctx);
      case 'RecordReferralBack':
        requireRule(PROCESS_ORDER, state.status === 'referred_to_ipcc', 'Only a complaint referred to the IPCC can be referred back.');
        return [{ type: 'ComplaintReferredBack', data: { referredBackOn: ctx.effectiveOn, ipccReference: command.data.ipccReference ?? null } }];
      case 'DisapplyRequirements': {
        const d = command.data;
        requireRule(PROCESS_ORDER, state.status === 'recorded' || state.status === 'referred_back', 'Requirements can be set aside only for a recorded complaint that is with the panel.');
        requireRule(COMPLAINT_CRIMINAL_MUST_BE_REFERRED, !state.criminalAllegation || state.referredOn !== null, 'A complaint alleging a criminal offence must be referred to the IPCC; the panel cannot set it aside.');
        requireRule(
          COMPLAINT_DISAPPLICATION_GROUND_REQUIRED,
          Object.prototype.hasOwnProperty.call(REG15_GROUNDS, d.reg15Ground) && nonBlank(d.reasons),
          `Cite one of the reg 15(3) grounds (${Object.keys(REG15_GROUNDS).join(', ')}) and give reasons.`,
        );
        return [{ type: 'ComplaintDisapplied', data: { reg15Ground: d.reg15Ground, reasons: d.reasons.trim(), action: d.action, decidedOn: ctx.effectiveOn } }];
      }
      case 'StartInformalResolution': {
        const d = command.data;
        // A complaint the IPCC refers back is dealt with under Part 4, and the panel shall
        // arrange its informal resolution (reg 14(2)(a); regs 27-28(1)), crime alleged or not.
        requireRule(
          COMPLAINT_CRIMINAL_MUST_BE_REFERRED,
          !state.criminalAllegation || state.status === 'referred_back',
          'A complaint alleging a criminal offence is informally resolved only once the IPCC has referred it back (reg 14(2)(a)): refer it to the IPCC first.',
        );
        requireRule(PROCESS_ORDER, state.status === 'recorded' || state.status === 'referred_back', 'Informal resolution starts only on a recorded complaint that is with the panel.');
        requireRule(COMPLAINT_RESOLVER_IS_OFFICE_HOLDER, !d.isRelevantOfficeHolder, 'Informal resolution cannot be conducted by a relevant office holder (reg 28(4)).');
        return [{ type: 'InformalResolutionStarted', data: { conductedBy: d.conductedBy, conductedByName: d.conductedByName, startedOn: ctx.effectiveOn } }];
      }
      case 'RecordInformalResolutionOutcome':
        return decideRecordInformalResolutionOutcome(command, state, ctx);
      case 'WithdrawComplaint':
        requireRule(PROCESS_ORDER, OPEN.includes(state.status), 'This complaint is already closed.');
        return [{ type: 'ComplaintWithdrawn', data: { withdrawnOn: ctx.effectiveOn } }];
      case 'UpdateComplainant': {
        const next = command.data.commitments ?? null;
        if (next) {
          requireRule(PROCESS_ORDER, !state.complainant.erased, 'The complainant’s personal data has been erased; new details cannot be attached to this case.');
          const problems = commitmentProblems(next);
          requireRule(COMPLAINT_PERSONAL_DATA_IN_CLEAR, problems.length === 0, `New details must be commitments: ${problems.join('; ')}.`);
        }
        return [{ type: 'ComplainantUpdated', data: { informedOf: command.data.informedOf, commitments: next ? { ...next } : null, updatedOn: ctx.effectiveOn } }];
      }
      case 'ErasePersonalData': {
        const d = command.data;
        requireRule(PERSONAL_DATA_ERASURE_AUTHORITY_REQUIRED, nonBlank(d.authority) && nonBlank(d.reason), 'Record the authority for the erasure and the reason.');
        const unknown = d.commitments.filter((c) => !state.complainant.allCommitments.includes(c));
        requireRule(
          PERSONAL_DATA_SUBJECT_UNKNOWN,
          d.subjectId === state.complainant.subjectId && d.commitments.length > 0 && unknown.length === 0,
          `This case holds no personal data for subject ${d.subjectId}${unknown.length ? ` under commitments ${unknown.join(', ')}` : ''}.`,
        );
        requireRule(PROCESS_ORDER, !state.complainant.erased, 'This subject’s personal data has already been erased.');
        return [{ type: 'PersonalDataErased', data: { subjectId: d.subjectId, commitments: [...d.commitments], authority: d.authority.trim(), reason: d.reason.trim(), erasedOn: ctx.effectiveOn } }];
      }
      default:
        return assertNever(command, 'command');
    }
  },

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none') return [];
    const specs: DeadlineSpec[] = [];
    if (state.criminalAllegation && state.criminalClearOn !== null && state.criminalClearOn === state.receivedOn) {
      specs.push({
        key: 'complaint.recording',
        label: 'Record the complaint (it alleges a crime on its face)',
        dueOn: addDays(state.receivedOn, 1),
        citation: COMPLAINT_RECORDING_LATE.citation,
        confidence: COMPLAINT_RECORDING_LATE.confidence,
        startsOn: state.receivedOn,
        completedOn: state.recordedOn,
        owner: 'panel',
      });
    }
    const dueOn = state.referralDueOn ?? (state.criminalAllegation && state.criminalClearOn ? addDays(state.criminalClearOn, 1) : null);
    if (dueOn) {
      specs.push({
        key: 'complaint.referral',
        label: 'Refer the complaint to the IPCC by the end of the next day',
        dueOn,
        citation: COMPLAINT_REFERRAL_LATE.citation,
        confidence: COMPLAINT_REFERRAL_LATE.confidence,
        startsOn: addDays(dueOn, -1),
        completedOn: state.referredOn,
        owner: 'panel',
      });
    }
    return specs;
  },
};

