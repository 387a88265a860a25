import { type GivenItem, on, spec } from './spec';
import { preceptCycle } from '../precept-cycle/precept-cycle.decider';
import { panelRoster as roster } from './panel';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import type { VetoProposedPrecept } from '../precept-cycle/precept-cycle.commands';
import type { PreceptCycleEvent, PreceptVetoed } from '../precept-cycle/precept-cycle.events';

/** The events of one precept cycle (Kent, 2013-14), shared by the precept specs; history() dates each by its own date. */
export const notified = {
  type: 'ProposedPreceptNotified',
  data: { forceArea: 'kent', financialYear: '2013-14', amount: 100, notifiedOn: '2013-01-30' },
} satisfies PreceptCycleEvent;
export const reported = {
  type: 'PreceptReportMade',
  data: { recommendations: ['Support'], recommendedAmount: 98, containsVeto: false, madeOn: '2013-02-05' },
} satisfies PreceptCycleEvent;
export const vetoReport = {
  type: 'PreceptReportMade',
  data: { recommendations: ['Too high'], recommendedAmount: null, containsVeto: true, madeOn: '2013-02-07' },
} satisfies PreceptCycleEvent;
export const vetoed = (effective = true, reason: 'too_high' | 'too_low' = 'too_high'): PreceptVetoed => ({
  type: 'PreceptVetoed',
  data: { reason, votesFor: 8, membersAtTime: roster(12), requiredVotes: 8, effective, vetoedOn: '2013-02-07' },
});
export const firstResponse = {
  type: 'PreceptResponsePublished',
  data: { stage: 'first', publishedOn: '2013-02-12', url: null },
} satisfies PreceptCycleEvent;
export const revised = {
  type: 'RevisedPreceptNotified',
  data: { amount: 95, notifiedOn: '2013-02-14' },
} satisfies PreceptCycleEvent;
export const secondReport = {
  type: 'SecondPreceptReportMade',
  data: { accepts: false, recommendations: ['Lower still'], recommendedAmount: 97, madeOn: '2013-02-20' },
} satisfies PreceptCycleEvent;
export const secondResponse = {
  type: 'PreceptResponsePublished',
  data: { stage: 'second', publishedOn: '2013-02-27', url: null },
} satisfies PreceptCycleEvent;

export const history = (...events: PreceptCycleEvent[]) => events.map((e) => on(dateOf(e), e));
function dateOf(e: PreceptCycleEvent): string {
  const d = e.data as unknown as Record<string, string>;
  return d.notifiedOn ?? d.madeOn ?? d.vetoedOn ?? d.publishedOn ?? d.issuedOn;
}

/** A veto reported on 9 February, after the 8 February deadline: recorded, but with no effect (reg 4(2)). */
export const afterLateVeto = (): GivenItem<PreceptCycleEvent>[] => {
  const late = { ...vetoed(false), data: { ...vetoed(false).data, vetoedOn: '2013-02-09' } };
  return [
    ...history(notified),
    on('2013-02-09', { ...vetoReport, data: { ...vetoReport.data, madeOn: '2013-02-09' } }),
    on('2013-02-09', late),
  ];
};

export const veto = (
  votesFor: number,
  members: MemberAtTime[],
  reason: 'too_high' | 'too_low' = 'too_high',
): VetoProposedPrecept => ({
  type: 'VetoProposedPrecept',
  data: { recommendations: ['Too high'], reason, votesFor, membersAtTime: members },
});

/** Issuing `amount` on `effectiveOn` after `given`; the caller says what follows (then / thenThrows / thenFlags). */
export const issueAfter = (given: GivenItem<PreceptCycleEvent>[], amount: number, effectiveOn: string) =>
  spec(preceptCycle)
    .given(...given)
    .when({ type: 'IssuePrecept', data: { amount } }, { effectiveOn });

/** What a lawful issue records. */
export const preceptIssued = (amount: number, variant: string, scrutinyEndedBy: string, issuedOn: string) => [
  { type: 'PreceptIssued', data: { amount, variant, scrutinyEndedBy, issuedOn } } as PreceptCycleEvent,
];
