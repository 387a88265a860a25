import type { ExampleStep } from './example-step';
import { KENT_PANEL_FEB_2013 } from './roster';

const VETOED = { id: 'kent-2013-14' };
const REPORTED = { id: 'kent-2014-15' };

/**
 * Two cycles: one vetoed (3 of the panel's 4 members, two-thirds needed), revised and
 * issued at the revised amount; one reported on without a veto and issued as proposed.
 */
export const preceptCycleExamples: ExampleStep[] = [
  {
    op: 'NotifyProposedPrecept',
    name: 'kent-2013-14',
    summary: 'The PCC notifies the panel of the proposed 2013-14 precept by 1 February',
    params: { area: 'kent' },
    value: { caseId: 'kent-2013-14', financialYear: '2013-14', amount: 147.15, effectiveAt: '2013-01-31' },
  },
  {
    op: 'VetoProposedPrecept',
    name: 'kent-2013-14',
    summary: "The panel's report vetoes it as too high: 3 of its 4 members vote for the veto",
    params: VETOED,
    value: { panelId: 'kent-pcp', recommendations: ['Hold the increase below 2%'], recommendedAmount: 146.5, reason: 'too_high', votesFor: 3, membersAtTime: KENT_PANEL_FEB_2013, effectiveAt: '2013-02-05' },
  },
  {
    op: 'PublishPreceptResponse',
    name: 'kent-2013-14-first',
    summary: "The PCC responds to the panel's report",
    params: VETOED,
    value: { stage: 'first', url: 'https://www.kent-pcc.gov.uk/precept/2013-14/response', effectiveAt: '2013-02-12' },
  },
  {
    op: 'NotifyRevisedPrecept',
    name: 'kent-2013-14',
    summary: 'The PCC notifies a lower revised precept by 15 February',
    params: VETOED,
    value: { amount: 146.9, effectiveAt: '2013-02-12' },
  },
  {
    op: 'MakeSecondPreceptReport',
    name: 'kent-2013-14',
    summary: 'The panel accepts the revised precept by 22 February',
    params: VETOED,
    value: { accepts: true, recommendations: [], effectiveAt: '2013-02-19' },
  },
  {
    op: 'PublishPreceptResponse',
    name: 'kent-2013-14-second',
    summary: "The PCC responds to the panel's second report",
    params: VETOED,
    value: { stage: 'second', url: 'https://www.kent-pcc.gov.uk/precept/2013-14/second-response', effectiveAt: '2013-02-20' },
  },
  {
    op: 'IssuePrecept',
    name: 'kent-2013-14',
    summary: 'The PCC issues the revised precept once scrutiny has ended',
    params: VETOED,
    value: { amount: 146.9, effectiveAt: '2013-02-25' },
  },
  {
    op: 'NotifyProposedPrecept',
    name: 'kent-2014-15',
    summary: 'The PCC notifies the proposed 2014-15 precept',
    params: { area: 'kent' },
    value: { caseId: 'kent-2014-15', financialYear: '2014-15', amount: 149.85, effectiveAt: '2014-01-31' },
  },
  {
    op: 'ReportOnProposedPrecept',
    name: 'kent-2014-15',
    summary: 'The panel reports on it by 8 February without a veto',
    params: REPORTED,
    value: { recommendations: ['Publish the savings plan alongside the precept'], recommendedAmount: null, effectiveAt: '2014-02-04' },
  },
  {
    op: 'PublishPreceptResponse',
    name: 'kent-2014-15',
    summary: "The PCC responds to the panel's report, which ends scrutiny",
    params: REPORTED,
    value: { stage: 'first', url: 'https://www.kent-pcc.gov.uk/precept/2014-15/response', effectiveAt: '2014-02-10' },
  },
  {
    op: 'IssuePrecept',
    name: 'kent-2014-15',
    summary: 'The PCC issues the precept as proposed',
    params: REPORTED,
    value: { amount: 149.85, effectiveAt: '2014-02-14' },
  },
];
