import { pick } from '../core/pick';
import { decideOnCase, Decider, DecisionContext, requireNewCase, unopened } from '../core/decider';
import { addDays, isOnOrBefore } from '../core/calendar';
import { flagLate, PROCESS_ORDER, requireRule, warningOf } from '../core/rules';
import type { ComplaintCommand, ReceiveComplaint, RecordComplaint, ReferToIPCC } from './complaint.commands';
import { COMPLAINT_EVENT_TYPES, COMPLAINT_EXEMPT_PARAS, ComplaintEvent, REG15_GROUNDS } from './complaint.events';
import {
  COMPLAINT_CRIMINAL_MUST_BE_REFERRED,
  COMPLAINT_DISAPPLICATION_GROUND_REQUIRED,
  COMPLAINT_NOT_RECORDED_GROUNDS_REQUIRED,
  COMPLAINT_PERSONAL_DATA_IN_CLEAR,
  COMPLAINT_RECORDING_LATE,
  COMPLAINT_REFERRAL_LATE,
  COMPLAINT_REFERRAL_NOT_CRIMINAL,
  COMPLAINT_RESOLVER_IS_OFFICE_HOLDER,
  PERSONAL_DATA_ERASURE_AUTHORITY_REQUIRED,
  PERSONAL_DATA_SUBJECT_UNKNOWN,
  COMPLAINT_CRIMINAL_DOWNGRADE_REASON,
} from './complaint.rules';
import { evolveComplaint } from './complaint.evolve';
import { personalDataProblems, commitmentProblems } from './complaint.personal-data';
import { complaintDeadlines } from './complaint.deadlines';
import { decideResolutionOutcome } from './complaint.resolution';
import { ComplaintState, ComplaintStatus, Received } from './complaint.state';
import { requireStatus } from '../core/step-order';
import { nonBlank } from '../core/text';
export type { ComplainantState, ComplaintState, ComplaintStatus } from './complaint.state';

const OPEN: ComplaintStatus[] = ['received', 'recorded', 'referred_to_ipcc', 'referred_back', 'informal_resolution'];

function decideReceiveComplaint(
  command: ReceiveComplaint,
  state: ComplaintState,
  ctx: DecisionContext,
): ComplaintEvent[] {
  const d = command.data;
  requireNewCase(state, 'This complaint has already been received.');
  const problems = personalDataProblems(d.complainant);
  requireRule(
    COMPLAINT_PERSONAL_DATA_IN_CLEAR,
    problems.length === 0,
    `The complainant cannot be recorded like this: ${problems.join('; ')}.`,
  );
  requireRule(
    PROCESS_ORDER,
    d.against === 'PCC' || d.against === 'DPCC',
    'A complaint handled by the panel is about the PCC or the deputy PCC.',
  );
  return [
    {
      type: 'ComplaintReceived',
      data: {
        ...pick(d, 'forceArea', 'panel', 'against'),
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
  requireStatus(state, ['received'], 'Only a complaint just received can be recorded.');
  const criminal = command.data.criminalAllegation ?? state.criminalAllegation;
  const downgraded = state.criminalAllegation && !criminal;
  const reason = (command.data.reassessmentReason ?? '').trim();
  requireRule(
    COMPLAINT_CRIMINAL_DOWNGRADE_REASON,
    !downgraded || reason.length > 0,
    'The complaint was received as alleging a criminal offence: give the reason (reassessmentReason) for recording it as not alleging one.',
  );
  const findings = [
    ...(state.criminalClearOn && criminal
      ? flagLate(
          COMPLAINT_RECORDING_LATE,
          isOnOrBefore(ctx.effectiveOn, addDays(state.receivedOn, 1)),
          `Received on ${state.receivedOn}, alleging a crime; recorded on ${ctx.effectiveOn}.`,
        )
      : []),
    ...(downgraded
      ? [
          warningOf(
            COMPLAINT_CRIMINAL_DOWNGRADE_REASON,
            `Received as alleging a criminal offence; recorded as not alleging one because: ${reason}`,
          ),
        ]
      : []),
  ];
  return [{ type: 'ComplaintRecorded', data: { recordedOn: ctx.effectiveOn, criminalAllegation: criminal }, findings }];
}

function decideReferToIPCC(command: ReferToIPCC, state: Received, ctx: DecisionContext): ComplaintEvent[] {
  const d = command.data;
  requireStatus(
    state,
    ['received', 'recorded', 'informal_resolution'],
    'This complaint can no longer be referred to the IPCC.',
  );
  requireRule(
    COMPLAINT_REFERRAL_NOT_CRIMINAL,
    d.type !== 'serious_complaint' || state.criminalAllegation,
    'Only a complaint alleging a criminal offence is a serious complaint.',
  );
  const becameClearOn = d.becameClearOn ?? state.criminalClearOn ?? ctx.effectiveOn;
  const dueOn = addDays(becameClearOn, 1);
  const findings = flagLate(
    COMPLAINT_REFERRAL_LATE,
    isOnOrBefore(ctx.effectiveOn, dueOn),
    `It became clear on ${becameClearOn} that the complaint must be referred; referral was due by the end of ${dueOn} and was made on ${ctx.effectiveOn}.`,
  );
  return [
    {
      type: 'ComplaintReferredToIPCC',
      data: {
        type: d.type,
        becameClearOn,
        referralDueOn: dueOn,
        referredOn: ctx.effectiveOn,
        complainantNotified: d.complainantNotified,
        officeHolderNotified: d.officeHolderNotified,
      },
      findings,
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
    ReceiveComplaint: {
      label: 'The panel receives a complaint about the commissioner',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.31, Sch 7; SI 2012/62 reg 9',
      creates: true,
    },
    RecordComplaint: { label: 'The panel records the complaint', body: 'panel', legalBasis: 'SI 2012/62 reg 9' },
    DecideNotToRecord: {
      label: 'The panel decides not to record the complaint',
      body: 'panel',
      legalBasis: 'SI 2012/62 reg 10',
    },
    ReferToIPCC: {
      label: 'The panel refers the complaint to the IPCC',
      body: 'panel',
      legalBasis: 'SI 2012/62 reg 13',
    },
    RecordReferralBack: {
      label: 'The IPCC refers the complaint back to the panel',
      body: 'national',
      legalBasis: 'SI 2012/62 reg 14(2)',
    },
    DisapplyRequirements: {
      label: 'The panel decides the complaint procedure need not be followed',
      body: 'panel',
      legalBasis: 'SI 2012/62 reg 15',
    },
    StartInformalResolution: {
      label: 'The panel starts to resolve the complaint informally',
      body: 'panel',
      legalBasis: 'SI 2012/62 reg 28',
    },
    RecordInformalResolutionOutcome: {
      label: 'The panel records how the complaint was resolved',
      body: 'panel',
      legalBasis: 'SI 2012/62 reg 28(12)-(13)',
    },
    WithdrawComplaint: {
      label: 'The complainant withdraws the complaint',
      body: 'panel',
      legalBasis: 'SI 2012/62 reg 16',
    },
    UpdateComplainant: {
      label: 'The panel tells the complainant how the complaint is progressing',
      body: 'panel',
      legalBasis: 'SI 2012/62 regs 32-33',
    },
    ErasePersonalData: {
      label: "The ledger erases the complainant's personal data",
      body: 'ledger',
      legalBasis: 'Governance Ledger INTEGRITY.md (personal data and erasure)',
    },
  },

  initialState: unopened,

  evolve: evolveComplaint,

  decide: decideOnCase<ComplaintState, ComplaintCommand, ComplaintEvent, 'ReceiveComplaint'>(
    'ReceiveComplaint',
    decideReceiveComplaint,
    'No complaint has been received under this reference.',
    {
      RecordComplaint: decideRecordComplaint,
      DecideNotToRecord: (command, state, ctx) => {
        requireStatus(state, ['received'], 'Only a complaint just received can be left unrecorded.');
        requireRule(
          COMPLAINT_NOT_RECORDED_GROUNDS_REQUIRED,
          nonBlank(command.data.grounds) && !!command.data.notifiedOn,
          'State the grounds for not recording the complaint and the date the complainant was told (reg 10).',
        );
        return [
          {
            type: 'ComplaintNotRecorded',
            data: {
              grounds: command.data.grounds.trim(),
              notifiedOn: command.data.notifiedOn,
              decidedOn: ctx.effectiveOn,
            },
          },
        ];
      },
      ReferToIPCC: decideReferToIPCC,
      RecordReferralBack: (command, state, ctx) => {
        requireStatus(state, ['referred_to_ipcc'], 'Only a complaint referred to the IPCC can be referred back.');
        return [
          {
            type: 'ComplaintReferredBack',
            data: { referredBackOn: ctx.effectiveOn, ipccReference: command.data.ipccReference ?? null },
          },
        ];
      },
      DisapplyRequirements: (command, state, ctx) => {
        const d = command.data;
        requireStatus(
          state,
          ['recorded', 'referred_back'],
          'Requirements can be set aside only for a recorded complaint that is with the panel.',
        );
        requireRule(
          COMPLAINT_CRIMINAL_MUST_BE_REFERRED,
          !state.criminalAllegation || state.referredOn !== null,
          'A complaint alleging a criminal offence must be referred to the IPCC; the panel cannot set it aside.',
        );
        requireRule(
          COMPLAINT_DISAPPLICATION_GROUND_REQUIRED,
          Object.prototype.hasOwnProperty.call(REG15_GROUNDS, d.reg15Ground) && nonBlank(d.reasons),
          `Cite one of the reg 15(3) grounds (${Object.keys(REG15_GROUNDS).join(', ')}) and give reasons.`,
        );
        return [
          {
            type: 'ComplaintDisapplied',
            data: {
              reg15Ground: d.reg15Ground,
              reasons: d.reasons.trim(),
              action: d.action,
              decidedOn: ctx.effectiveOn,
            },
          },
        ];
      },
      StartInformalResolution: (command, state, ctx) => {
        const d = command.data;
        // A complaint the IPCC refers back is dealt with under Part 4, and the panel shall
        // arrange its informal resolution (reg 14(2)(a); regs 27-28(1)), crime alleged or not.
        requireRule(
          COMPLAINT_CRIMINAL_MUST_BE_REFERRED,
          !state.criminalAllegation || state.status === 'referred_back',
          'A complaint alleging a criminal offence is informally resolved only once the IPCC has referred it back (reg 14(2)(a)): refer it to the IPCC first.',
        );
        requireStatus(
          state,
          ['recorded', 'referred_back'],
          'Informal resolution starts only on a recorded complaint that is with the panel.',
        );
        requireRule(
          COMPLAINT_RESOLVER_IS_OFFICE_HOLDER,
          !d.isRelevantOfficeHolder,
          'Informal resolution cannot be conducted by a relevant office holder (reg 28(4)).',
        );
        return [
          {
            type: 'InformalResolutionStarted',
            data: { conductedBy: d.conductedBy, conductedByName: d.conductedByName, startedOn: ctx.effectiveOn },
          },
        ];
      },
      RecordInformalResolutionOutcome: (command, state, ctx) => {
        return decideResolutionOutcome(command.data, state, ctx);
      },
      WithdrawComplaint: (command, state, ctx) => {
        requireStatus(state, OPEN, 'This complaint is already closed.');
        return [{ type: 'ComplaintWithdrawn', data: { withdrawnOn: ctx.effectiveOn } }];
      },
      UpdateComplainant: (command, state, ctx) => {
        const next = command.data.commitments ?? null;
        if (next) {
          requireRule(
            PROCESS_ORDER,
            !state.complainant.erased,
            'The complainant’s personal data has been erased; new details cannot be attached to this case.',
          );
          const problems = commitmentProblems(next);
          requireRule(
            COMPLAINT_PERSONAL_DATA_IN_CLEAR,
            problems.length === 0,
            `New details must be commitments: ${problems.join('; ')}.`,
          );
        }
        return [
          {
            type: 'ComplainantUpdated',
            data: {
              informedOf: command.data.informedOf,
              commitments: next ? { ...next } : null,
              updatedOn: ctx.effectiveOn,
            },
          },
        ];
      },
      ErasePersonalData: (command, state, ctx) => {
        const d = command.data;
        requireRule(
          PERSONAL_DATA_ERASURE_AUTHORITY_REQUIRED,
          nonBlank(d.authority) && nonBlank(d.reason),
          'Record the authority for the erasure and the reason.',
        );
        const unknown = d.commitments.filter((c) => !state.complainant.allCommitments.includes(c));
        requireRule(
          PERSONAL_DATA_SUBJECT_UNKNOWN,
          d.subjectId === state.complainant.subjectId && d.commitments.length > 0 && unknown.length === 0,
          `This case holds no personal data for subject ${d.subjectId}${unknown.length ? ` under commitments ${unknown.join(', ')}` : ''}.`,
        );
        requireRule(PROCESS_ORDER, !state.complainant.erased, 'This subject’s personal data has already been erased.');
        return [
          {
            type: 'PersonalDataErased',
            data: {
              subjectId: d.subjectId,
              commitments: [...d.commitments],
              authority: d.authority.trim(),
              reason: d.reason.trim(),
              erasedOn: ctx.effectiveOn,
            },
          },
        ];
      },
    },
  ),

  deadlines: complaintDeadlines,
};
