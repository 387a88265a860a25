import type { ScriptStep } from './demo.script';
import { KENT_ACTORS, KENT_CASES, KENT_COUNCILS, S3, S4, seed } from './kent.sources';

/** 2013 to 2015: the draft plan, the panel on record, the partner funding and the April 2015 panel meeting. */
export function kent2013To2015Acts(): ScriptStep[] {
  const { opcc, panel } = KENT_ACTORS;
  return [
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
