import { stepEventRef, type ScriptStep } from './demo.script';
import { KENT_ACTORS, KENT_CASES, KENT_CORRECTION_RECORDED_AT, KENT_CSP, S0, S3, seed } from './kent.sources';

/** 2012: the partnership and its papers, the first election (recorded, then corrected) and taking office. */
export function kent2012Acts(): ScriptStep[] {
  const { csp, opcc } = KENT_ACTORS;
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
        data: { forceArea: 'kent', ...KENT_CSP },
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
  ];
}
