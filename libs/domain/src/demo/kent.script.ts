import type { ActingParty, Command } from '../core/decider';
import type { Provenance, SourceDocument } from '../core/provenance';
import { ScriptStep, seedDoc, stepEventRef } from './demo.script';

/**
 * DOMAIN.md §6: the Kent 2012-2015 timeline, from the seed papers only. Intentions (rows 7,
 * 12), statements (row 13) and non-statutory events (rows 4, 11, 16) are not loaded as acts.
 * recordedAt is historic: the date of the paper the fact comes from (noon UTC).
 */
const S0: SourceDocument = seedDoc({
  ref: 'S0',
  title: 'Preparations for the Police and Crime Commissioner',
  body: 'County Community Safety Team',
  date: null,
  access: 'open',
  purpose: 'for_decision',
});
const S3: SourceDocument = seedDoc({
  ref: 'S3',
  title: "Kent Police and Crime Commissioner's Police and Crime Plan",
  body: 'Office of the Kent Police and Crime Commissioner',
  date: '2013-03-19',
  access: 'open',
  purpose: 'for_information',
});
const S4: SourceDocument = seedDoc({
  ref: 'S4',
  title: 'Partnership working (Item B1)',
  body: 'Kent Police and Crime Commissioner',
  date: '2015-04-14',
  access: 'open',
  purpose: null,
});

export const KENT_ACTORS = {
  csp: {
    id: 'seed-kent-csp',
    name: 'County Community Safety Team',
    role: 'csp-officer',
    body: 'kent-csp',
    forceArea: 'kent',
  },
  opcc: {
    id: 'seed-kent-opcc',
    name: 'Office of the Kent Police and Crime Commissioner',
    role: 'pcc-office',
    body: 'kent-pcc',
    forceArea: 'kent',
  },
  panel: {
    id: 'seed-kent-pcp',
    name: 'Kent and Medway Police and Crime Panel secretariat',
    role: 'panel-secretariat',
    body: 'kent-and-medway-pcp',
    forceArea: 'kent',
  },
} satisfies Record<string, ActingParty>;

/** Case ids of the Kent demo. */
export const KENT_CASES = {
  csp: 'kent-csp',
  panel: 'kent-pcp',
  grant: 'kent-2015-three-year-partner-funding',
  panelMeeting: 'kent-pcp-2015-04-14',
  office: 'kent-2012',
  plan: 'kent-plan-2013',
} as const;

/**
 * The councils of the Kent police area in 2012: Kent County Council, its twelve districts
 * and Medway. The seeds do not list them; the statute fixes them (the panel is the
 * councils' joint committee, Sch 6 para 4), so the relevant number is 14, not 10.
 */
const KENT_COUNCILS = [
  'Kent County Council',
  'Ashford Borough Council',
  'Canterbury City Council',
  'Dartford Borough Council',
  'Dover District Council',
  'Gravesham Borough Council',
  'Maidstone Borough Council',
  'Sevenoaks District Council',
  'Shepway District Council',
  'Swale Borough Council',
  'Thanet District Council',
  'Tonbridge and Malling Borough Council',
  'Tunbridge Wells Borough Council',
  'Medway Council',
] as const;

/** When the S3 year error was found and corrected: after the last seed paper (S4), at import. */
export const KENT_CORRECTION_RECORDED_AT = '2015-06-01T09:00:00.000Z';

function seed(
  stepId: string,
  aggregateType: string,
  caseId: string,
  command: Command,
  effectiveOn: string,
  recordedOn: string,
  actor: ActingParty,
  provenance: Omit<Provenance, 'provenance'>,
  classification = 'open',
): ScriptStep {
  return {
    stepId,
    aggregateType,
    caseId,
    command,
    effectiveOn,
    recordedAt: `${recordedOn}T12:00:00.000Z`,
    actor,
    provenance: { ...provenance, provenance: 'seed' },
    classification,
  };
}

export function kentDemoScript(): ScriptStep[] {
  const { csp, opcc, panel } = KENT_ACTORS;
  // S0 is undated; it was written after 6 March 2012 and before the July KPA briefing.
  const s0On = '2012-06-30';
  return [
    // Row 1: the Kent CSP, on record from its 6 March 2012 meeting.
    seed(
      'kent-01-csp-registered',
      'CommunitySafetyPartnership',
      KENT_CASES.csp,
      {
        type: 'RegisterPartnership',
        data: {
          forceArea: 'kent',
          name: 'Kent Community Safety Partnership',
          areas: ['Kent'],
          country: 'england',
          policeAreas: ['kent'],
          responsibleAuthorities: [],
          countyStrategyGroup: true,
        },
      },
      '2012-03-06',
      s0On,
      csp,
      {
        sourceDocument: S0,
        sourceQuote:
          'This report builds on the previous paper presented to the last Kent Community Safety Partnership on the 6th March 2012.',
        datePrecision: 'before_date',
      },
    ),
    seed(
      'kent-02-csp-meeting-2012-03-06',
      'CommunitySafetyPartnership',
      KENT_CASES.csp,
      {
        type: 'RecordCspMeeting',
        data: { title: 'Kent Community Safety Partnership', note: 'Previous paper on the PCC presented (S0).' },
      },
      '2012-03-06',
      s0On,
      csp,
      {
        sourceDocument: S0,
        sourceQuote: 'the previous paper presented to the last Kent Community Safety Partnership on the 6th March 2012',
        datePrecision: 'day',
      },
    ),
    // Row 2: S0 itself. Access "Open" and purpose "FOR DECISION" are separate fields.
    seed(
      'kent-03-s0-tabled',
      'CommunitySafetyPartnership',
      KENT_CASES.csp,
      {
        type: 'TablePaper',
        data: {
          documentRef: 'S0',
          title: 'Preparations for the Police and Crime Commissioner',
          author: 'County Community Safety Team',
          access: 'open',
          exemptParas: [],
          purpose: 'for_decision',
          classificationAsPrinted: 'Classification: Open; FOR DECISION',
          recommendations: [
            'Approve the initial engagement process and the informing event proposed for August or September 2012 (para 4).',
            'Approve the arrangements for formulating an information pack covering the County and District partnerships (para 5).',
            'Note the formulation of the CS Commission and agree to the terms of reference of that task group (Appendix 1).',
            'Note the approach to engagement with the PCC post election including the proposed Community Safety event on the 6th December 2012 (para 7).',
          ],
          meetingDate: null,
        },
      },
      s0On,
      s0On,
      csp,
      { sourceDocument: S0, sourceQuote: 'Classification: Open ... FOR DECISION', datePrecision: 'before_date' },
    ),
    // Row 10: S3 tabled at the Kent CSP. "For Information" is its purpose; access is not printed.
    seed(
      'kent-04-s3-tabled',
      'CommunitySafetyPartnership',
      KENT_CASES.csp,
      {
        type: 'TablePaper',
        data: {
          documentRef: 'S3',
          title: "Kent Police and Crime Commissioner's Police and Crime Plan",
          author: 'Office of the Kent Police and Crime Commissioner (contacts: Matt Roberts, Kayleigh Chapman)',
          access: 'open',
          exemptParas: [],
          purpose: 'for_information',
          classificationAsPrinted: 'Classification: For Information',
          recommendations: [],
          meetingDate: '2013-03-19',
        },
      },
      '2013-03-19',
      '2013-03-19',
      opcc,
      {
        sourceDocument: S3,
        sourceQuote: 'There are no formal recommendations made by this paper.',
        datePrecision: 'day',
      },
    ),
    // Row 5: the first Kent PCC election, recorded as S3 states it (wrong year), then corrected.
    seed(
      'kent-05-election-as-s3-states',
      'CommissionerOffice',
      KENT_CASES.office,
      // Placed at the poll's statutory date (PRSRA s.50(2); DOMAIN.md §1.1: load 2012-11-15), so
      // "as at" views are right; the poll date S3 prints is kept in the data until corrected.
      {
        type: 'RecordElection',
        data: { forceArea: 'kent', electedPerson: 'Ann Barnes', kind: 'ordinary', pollDate: '2013-11-15' },
      },
      '2012-11-15',
      '2013-03-19',
      opcc,
      {
        sourceDocument: S3,
        sourceQuote:
          'On Thursday 15th November 2013 the people of Kent elected Ann Barnes as their first Police and Crime Commissioner (PCC)',
        datePrecision: 'day',
      },
    ),
    {
      stepId: 'kent-06-election-year-corrected',
      aggregateType: 'CommissionerOffice',
      caseId: KENT_CASES.office,
      command: {
        type: 'CorrectRecord',
        data: {
          correctsEventId: stepEventRef('kent-05-election-as-s3-states'),
          field: 'pollDate',
          oldValue: '2013-11-15',
          newValue: '2012-11-15',
          reason:
            'S3 gives the wrong year: the first PCC poll was on 15 November 2012 (PRSRA 2011 s.50(2); S0, S1). DOMAIN.md §1 item 1.',
        },
      },
      effectiveOn: '2012-11-15',
      recordedAt: KENT_CORRECTION_RECORDED_AT,
      actor: opcc,
      provenance: {
        sourceDocument: S0,
        sourceQuote: 'The elections for the PCC will take place on the 15 November 2012',
        datePrecision: 'day',
        provenance: 'seed',
      },
      classification: 'open',
    },
    // Row 6: taking office "seven days later on the 22nd November" (S3). Recorded once the
    // year was corrected: before that the record could not show a term starting on 22 Nov 2012.
    {
      ...seed(
        'kent-07-took-office',
        'CommissionerOffice',
        KENT_CASES.office,
        { type: 'TakeOffice', data: { person: 'Ann Barnes' } },
        '2012-11-22',
        '2013-03-19',
        opcc,
        {
          sourceDocument: S3,
          sourceQuote: 'officially taking office seven days later on the 22nd November',
          datePrecision: 'day',
        },
      ),
      recordedAt: '2015-06-01T09:01:00.000Z',
    },
    // Row 8, as far as the seeds go: a draft plan existed by 5 February 2013, when the panel
    // discussed it. The CC consultation and the sending to the panel are not evidenced, and the
    // PoliceAndCrimePlan decider needs both before PlanReportMade, so the report is not loaded.
    seed(
      'kent-08-plan-drafted',
      'PoliceAndCrimePlan',
      KENT_CASES.plan,
      {
        type: 'DraftPlan',
        data: { forceArea: 'kent', title: "Kent PCC's Police and Crime Plan", electionPollDate: '2012-11-15' },
      },
      '2013-02-05',
      '2013-03-19',
      opcc,
      {
        sourceDocument: S3,
        sourceQuote:
          "The Kent Commissioner's Police and Crime Plan was discussed and welcomed by the Kent Police and Crime Panel on the 5th February.",
        datePrecision: 'before_date',
      },
    ),
    // Row 8 evidence of the panel (S3 1.5); its alias from S4 (DOMAIN.md §1 item 6).
    seed(
      'kent-09-panel-on-record',
      'PoliceAndCrimePanel',
      KENT_CASES.panel,
      {
        type: 'EstablishPanel',
        data: {
          forceArea: 'kent',
          name: 'Kent Police and Crime Panel',
          aliases: [],
          country: 'england',
          councils: [...KENT_COUNCILS],
        },
      },
      '2013-02-05',
      '2013-03-19',
      panel,
      {
        sourceDocument: S3,
        sourceQuote:
          "The Kent Commissioner's Police and Crime Plan was discussed and welcomed by the Kent Police and Crime Panel on the 5th February.",
        datePrecision: 'before_date',
      },
    ),
    seed(
      'kent-10-panel-alias',
      'PoliceAndCrimePanel',
      KENT_CASES.panel,
      { type: 'AddPanelAlias', data: { alias: 'Kent and Medway Police and Crime Panel' } },
      '2015-04-14',
      '2015-04-14',
      panel,
      { sourceDocument: S4, sourceQuote: 'To: Kent and Medway Police and Crime Panel', datePrecision: 'day' },
    ),
    // Row 14: three-year funding to identified partners; amount, recipients and date unknown.
    seed(
      'kent-11-partner-grants',
      'Grant',
      KENT_CASES.grant,
      {
        type: 'AwardGrant',
        data: {
          forceArea: 'kent',
          recipient: 'Identified partners (not named in S4; Community Safety Partnerships among them)',
          amount: null,
          purpose: 'Three-year funding for partner projects delivering the Police and Crime Plan priorities',
          conditions: [],
          reasons: 'To support the delivery of projects by providing greater certainty (S4 para 10)',
          period: { from: null, to: null, description: 'three years' },
          awardDateKnown: false,
        },
      },
      '2015-04-14',
      '2015-04-14',
      opcc,
      {
        sourceDocument: S4,
        sourceQuote: 'the Commissioner has provided funding for three years to identified partners',
        datePrecision: 'before_date',
      },
    ),
    // Row 15: Item B1 at the Kent and Medway PCP. Start time and venue are not in S4.
    seed(
      'kent-12-pcp-meeting-2015-04-14',
      'PanelMeeting',
      KENT_CASES.panelMeeting,
      {
        type: 'ConveneMeeting',
        data: {
          forceArea: 'kent',
          panelId: KENT_CASES.panel,
          meetingDate: '2015-04-14',
          startTimes: [],
          venue: 'Not stated in S4',
          agenda: [{ item: 'B1', title: 'Partnership working' }],
        },
      },
      '2015-04-14',
      '2015-04-14',
      panel,
      { sourceDocument: S4, sourceQuote: 'Item & Date: Item B1 14 April 2015', datePrecision: 'day' },
    ),
    seed(
      'kent-13-s4-tabled',
      'PanelMeeting',
      KENT_CASES.panelMeeting,
      {
        type: 'TableDocument',
        data: {
          ref: 'S4',
          title: 'Partnership working',
          item: 'B1',
          author: 'Ann Barnes, Kent Police and Crime Commissioner',
          access: 'open',
          exemptParas: [],
          purpose: null,
        },
      },
      '2015-04-14',
      '2015-04-14',
      opcc,
      {
        sourceDocument: S4,
        sourceQuote: 'From: Ann Barnes, Kent Police and Crime Commissioner ... Subject: Partnership working',
        datePrecision: 'day',
      },
    ),
  ];
}
