import { assertNever, decideByAct, Decider, DecisionContext, requireNewCase, unopened } from '../core/decider';
import { compareDates } from '../core/calendar';
import { SCHEDULE_12A_PARAS, validateSourceDocument } from '../core/provenance';
import { CASE_NOT_FOUND, PROCESS_ORDER, checkRule, requireRule } from '../core/rules';
import { vetoThreshold } from '../core/threshold';
import type { PanelMeetingCommand, RecordVote } from './panel-meeting.commands';
import { MajorityRule, PANEL_MEETING_EVENT_TYPES, PanelMeetingEvent } from './panel-meeting.events';
import {
  DPI_REGIME_START,
  MEETING_ATTENDANCE_INCONSISTENT,
  MEETING_CONFLICTED_MEMBER_VOTED,
  MEETING_DOCUMENT_CLASSIFICATION,
  MEETING_DPI_BEFORE_COMMENCEMENT,
  MEETING_EXCLUSION_NEEDS_PARA,
  MEETING_EXCLUSION_PUBLIC_INTEREST,
  MEETING_LEGACY_REGIME_ENDED,
  MEETING_NOT_QUORATE,
  MEETING_QUORUM_NOT_AS_RECORDED,
  MEETING_QUORUM_UNVERIFIED,
  MEETING_VOTER_NOT_PRESENT,
} from './panel-meeting.rules';
import { membersOnRecord } from '../police-and-crime-panel/roster-check';
import { evolvePanelMeeting } from './panel-meeting.evolve';
import { Declaration, PanelMeetingState } from './panel-meeting.state';
import { nonBlank } from '../core/text';
import { pick } from '../core/pick';
export type { PanelMeetingState } from './panel-meeting.state';

type Open = Exclude<PanelMeetingState, { status: 'none' }>;

/** A member barred from voting on an item: prejudicial interest or DPI, no dispensation (Localism Act s.31(4), s.33). */
function barredFromVoting(declarations: readonly Declaration[], memberId: string, item: string | null): boolean {
  return declarations.some(
    (d) =>
      d.memberId === memberId &&
      (d.item === null || d.item === item) &&
      (d.regime === 'legacy_prejudicial' || d.regime === 'dpi') &&
      d.dispensationRef === null,
  );
}

/** Votes needed to carry a motion. Two-thirds counts every member at the time, not those present (Sch 5 para 4(4)). */
function votesNeeded(
  rule: MajorityRule,
  membersAtTime: number,
  forCount: number,
  againstCount: number,
  abstainCount: number,
): number {
  switch (rule) {
    case 'simple':
      return againstCount + 1;
    case 'two_thirds_of_members':
      return vetoThreshold(membersAtTime);
    case 'unanimous':
      return forCount + againstCount + abstainCount;
    default:
      return assertNever(rule, 'majority rule');
  }
}

function open(state: PanelMeetingState): Open {
  requireRule(CASE_NOT_FOUND, state.status !== 'none', 'No meeting has been convened under this reference.');
  const s = state as Open;
  requireRule(
    PROCESS_ORDER,
    s.status !== 'minuted',
    'The minutes of this meeting have been published; record a correction instead.',
  );
  return s;
}

function decideRecordVote(command: RecordVote, state: PanelMeetingState, ctx: DecisionContext): PanelMeetingEvent[] {
  const s = open(state);
  const d = command.data;
  const item = d.item ?? null;
  requireRule(
    PROCESS_ORDER,
    s.status !== 'convened',
    'Record attendance before any vote: the voters must be recorded as present.',
  );
  // Members who withdrew for this item do not count towards the quorum for it.
  const withdrawn = new Set(
    s.declarations.filter((x) => x.withdrew && (x.item === null || x.item === item)).map((x) => x.memberId),
  );
  const presentForItem = s.present.filter((m) => !withdrawn.has(m));
  // Business without a quorum, or a vote by a conflicted member, happened: it is recorded with the breach.
  const findings = [
    ...checkRule(
      MEETING_NOT_QUORATE,
      s.status === 'quorate',
      'The meeting was not confirmed as quorate when this vote was taken.',
    ),
    ...(s.status === 'quorate'
      ? checkRule(
          MEETING_NOT_QUORATE,
          presentForItem.length >= (s.minimumPresent ?? 0),
          `Only ${presentForItem.length} members remained for this item after withdrawals; the quorum is ${s.minimumPresent}.`,
        )
      : []),
  ];
  const voters = [...d.for, ...d.against, ...d.abstain];
  requireRule(
    MEETING_VOTER_NOT_PRESENT,
    new Set(voters).size === voters.length && voters.every((v) => s.present.includes(v)),
    'Each voter must be recorded as present and vote once.',
  );
  // A member is barred by what was declared at this meeting or by the register of
  // interests on record (Localism Act 2011 s.31(4)), not by what the caller says.
  const registered = (ctx.facts?.interests ?? []).filter(
    (r) => r.panelId === s.panelId && r.barredFrom.some((b) => b.item === item && b.on === s.date),
  );
  const barred = voters.filter(
    (v) => barredFromVoting(s.declarations, v, item) || registered.some((r) => r.memberId === v),
  );
  findings.push(
    ...checkRule(
      MEETING_CONFLICTED_MEMBER_VOTED,
      barred.length === 0,
      `${barred.join(', ')} declared a prejudicial or disclosable pecuniary interest in this item without a dispensation and voted; the vote is recorded as cast.`,
    ),
  );
  const needed = votesNeeded(
    d.requiredMajority,
    s.membersAtTime.length,
    d.for.length,
    d.against.length,
    d.abstain.length,
  );
  const carried =
    d.requiredMajority === 'unanimous' ? d.for.length > 0 && d.for.length === needed : d.for.length >= needed;
  return [
    {
      type: 'VoteRecorded',
      data: {
        item,
        ...pick(d, 'motion', 'for', 'against', 'abstain'),
        membersAtTime: s.membersAtTime,
        requiredMajority: { rule: d.requiredMajority, votesNeeded: needed },
        carried,
      },
      findings,
    },
  ];
}

export const panelMeeting: Decider<PanelMeetingState, PanelMeetingCommand, PanelMeetingEvent> = {
  aggregateType: 'PanelMeeting',
  streamPrefix: 'panel-meeting',
  eventTypes: PANEL_MEETING_EVENT_TYPES,
  /*
   * Panel meeting (Sch 6 para 25; LGA 1972 Part VA): every act is the panel's.
   */
  commands: {
    ConveneMeeting: {
      label: 'The panel calls a meeting and publishes its notice',
      body: 'panel',
      legalBasis: 'LGA 1972 s.100B (SI 2012/2734); PRSRA 2011 Sch 6 para 25',
      creates: true,
    },
    TableDocument: {
      label: 'A document is put before the panel meeting',
      body: 'panel',
      legalBasis: 'LGA 1972 s.100B, Sch 12A (SI 2012/2734)',
    },
    RecordMeetingAttendance: {
      label: 'The panel records who attended the meeting',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 6 para 25',
      needs: ['panel'],
    },
    ConfirmQuorum: {
      label: 'The panel confirms the meeting is quorate',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 6 para 25',
      needs: ['panel'],
    },
    DeclareInterest: {
      label: 'A panel member declares an interest at the meeting',
      body: 'panel',
      legalBasis: 'Localism Act 2011 ss.31-33',
    },
    ExcludePublic: {
      label: 'The panel excludes the public from part of the meeting',
      body: 'panel',
      legalBasis: 'LGA 1972 s.100A(4), Sch 12A (SI 2012/2734)',
    },
    RecordVote: {
      label: 'The panel records a vote',
      body: 'panel',
      legalBasis: 'PRSRA 2011 Sch 6 paras 25-26',
      needs: ['interests'],
    },
    PublishMinutes: {
      label: 'The panel publishes the minutes of the meeting',
      body: 'panel',
      legalBasis: 'LGA 1972 s.100C (SI 2012/2734)',
    },
  },

  initialState: unopened,

  evolve: evolvePanelMeeting,

  decide: decideByAct<PanelMeetingState, PanelMeetingCommand, PanelMeetingEvent>({
    ConveneMeeting: (command, state, ctx) => {
      requireNewCase(state, 'This meeting has already been convened.');
      const d = command.data;
      return [
        {
          type: 'MeetingConvened',
          data: {
            ...pick(d, 'forceArea', 'panelId'),
            date: d.meetingDate,
            ...pick(d, 'startTimes', 'venue', 'agenda'),
            convenedOn: ctx.effectiveOn,
          },
        },
      ];
    },
    TableDocument: (command, state) => {
      open(state);
      const d = command.data;
      const problems = validateSourceDocument({
        ref: d.ref,
        title: d.title,
        body: d.author,
        date: null,
        access: d.access,
        exemptParas: d.exemptParas,
        purpose: d.purpose ?? null,
      });
      requireRule(MEETING_DOCUMENT_CLASSIFICATION, problems.length === 0, `"${d.title}": ${problems.join('; ')}.`);
      return [
        {
          type: 'DocumentTabled',
          data: {
            ...pick(d, 'ref', 'title'),
            item: d.item ?? null,
            ...pick(d, 'author', 'access', 'exemptParas'),
            purpose: d.purpose ?? null,
          },
        },
      ];
    },
    RecordMeetingAttendance: (command, state, ctx) => {
      const s = open(state);
      requireRule(PROCESS_ORDER, s.status === 'convened', 'Attendance has already been recorded for this meeting.');
      const { present, absent, panelId } = command.data;
      requireRule(
        MEETING_ATTENDANCE_INCONSISTENT,
        !panelId || panelId === s.panelId,
        `This is a meeting of panel ${s.panelId}, not ${panelId}: record its attendance against that panel's members.`,
      );
      const membersAtTime = membersOnRecord(
        ctx.facts?.panel,
        s.forceArea,
        s.date,
        command.data.membersAtTime,
        s.panelId,
      );
      const ids = membersAtTime.map((m) => m.memberId);
      const listed = [...present, ...absent];
      requireRule(
        MEETING_ATTENDANCE_INCONSISTENT,
        new Set(ids).size === ids.length &&
          new Set(listed).size === listed.length &&
          listed.length === ids.length &&
          listed.every((m) => ids.includes(m)),
        `Record each of the ${ids.length} members at the time exactly once, as present or absent.`,
      );
      return [{ type: 'AttendanceRecorded', data: { present, absent, membersAtTime } }];
    },
    ConfirmQuorum: (command, state, ctx) => {
      const s = open(state);
      requireRule(
        PROCESS_ORDER,
        s.status === 'attendance_recorded',
        s.status === 'convened'
          ? 'Record attendance before confirming the quorum.'
          : 'The quorum has already been confirmed.',
      );
      const recorded = ctx.facts?.panel?.quorumRule ?? null;
      const claimed = command.data.minimumPresent ?? null;
      requireRule(
        MEETING_QUORUM_NOT_AS_RECORDED,
        recorded !== null || claimed !== null,
        "The panel's rules of procedure are not on record: record their adoption, or give the quorum the meeting used.",
      );
      requireRule(
        MEETING_QUORUM_NOT_AS_RECORDED,
        recorded === null || claimed === null || claimed === recorded.minimumPresent,
        `The panel's rules of procedure on record set a quorum of ${recorded?.minimumPresent} ("${recorded?.text}"), not ${claimed}.`,
      );
      const min = recorded?.minimumPresent ?? claimed!;
      const findings = checkRule(
        MEETING_QUORUM_UNVERIFIED,
        recorded !== null,
        `The panel's rules of procedure are not on record on ${s.date}; the quorum of ${min} is as the secretariat gave it, not verified.`,
      );
      // Confirming a quorum that is not there would be a false record; business done without
      // one is recorded instead, each act with a MEETING_NOT_QUORATE finding.
      requireRule(
        PROCESS_ORDER,
        s.present.length >= min,
        `${s.present.length} members are present; the quorum is ${min}. There is no quorum to confirm; business done without one is recorded with a MEETING_NOT_QUORATE finding.`,
      );
      return [{ type: 'QuorumConfirmed', data: { presentCount: s.present.length, minimumPresent: min }, findings }];
    },
    DeclareInterest: (command, state) => {
      const s = open(state);
      const d = command.data;
      const dpiInForce = compareDates(s.date, DPI_REGIME_START) >= 0;
      if (d.regime === 'dpi')
        requireRule(
          MEETING_DPI_BEFORE_COMMENCEMENT,
          dpiInForce,
          `The meeting on ${s.date} is before the DPI regime started (${DPI_REGIME_START}); declare a personal or prejudicial interest.`,
        );
      if (d.regime === 'legacy_personal' || d.regime === 'legacy_prejudicial') {
        requireRule(
          MEETING_LEGACY_REGIME_ENDED,
          !dpiInForce || d.localCodeRetainsLegacyRegime === true,
          `From ${DPI_REGIME_START} interests are declared as disclosable pecuniary interests unless the local code keeps the old categories.`,
        );
      }
      requireRule(
        PROCESS_ORDER,
        nonBlank(d.memberId) && nonBlank(d.nature),
        'Name the member and the nature of the interest.',
      );
      return [
        {
          type: 'InterestDeclared',
          data: {
            memberId: d.memberId,
            item: d.item ?? null,
            ...pick(d, 'regime', 'nature', 'withdrew'),
            dispensationRef: d.dispensationRef ?? null,
          },
        },
      ];
    },
    ExcludePublic: (command, state) => {
      open(state);
      const d = command.data;
      const valid =
        d.sched12AParas.length > 0 &&
        d.sched12AParas.every((p) => (SCHEDULE_12A_PARAS as readonly number[]).includes(p));
      requireRule(
        MEETING_EXCLUSION_NEEDS_PARA,
        valid,
        `Cite the Schedule 12A Part 1 paragraph(s), 1 to 7, that make the information exempt (got ${JSON.stringify(d.sched12AParas)}).`,
      );
      requireRule(
        MEETING_EXCLUSION_PUBLIC_INTEREST,
        nonBlank(d.publicInterestReason),
        'Record why the public interest in maintaining the exemption outweighs the public interest in disclosure (Sch 12A Part 2).',
      );
      return [
        {
          type: 'PublicExcluded',
          data: {
            items: d.items,
            sched12AParas: [...new Set(d.sched12AParas)].sort((a, b) => a - b),
            publicInterestReason: d.publicInterestReason.trim(),
          },
        },
      ];
    },
    RecordVote: (command, state, ctx) => {
      return decideRecordVote(command, state, ctx);
    },
    PublishMinutes: (command, state, ctx) => {
      open(state);
      return [{ type: 'MinutesPublished', data: { url: command.data.url ?? null, publishedOn: ctx.effectiveOn } }];
    },
  }),
};
