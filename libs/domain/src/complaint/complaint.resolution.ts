import { DecisionContext } from '../core/decider';
import { requireRule } from '../core/rules';
import type { InformalResolutionOutcome } from './complaint.commands';
import { ComplaintEvent } from './complaint.events';
import { COMPLAINT_PUBLISHED_WITHOUT_PUBLIC_INTEREST } from './complaint.rules';
import { Received } from './complaint.state';
import { requireStatus } from '../core/step-order';
import { nonBlank } from '../core/text';

/*
 * How a complaint resolved informally is recorded and its outcome published (SI 2012/62 Part 4).
 */
export function decideResolutionOutcome(
  d: InformalResolutionOutcome,
  state: Received,
  ctx: DecisionContext,
): ComplaintEvent[] {
  requireStatus(state, ['informal_resolution'], 'There is no informal resolution in progress.');
  requireRule(
    COMPLAINT_PUBLISHED_WITHOUT_PUBLIC_INTEREST,
    !d.publish || (nonBlank(d.publicInterestReason) && !!d.copiedToBothOn),
    'The outcome record can be published only after it is copied to both sides and the panel has found publication in the public interest.',
  );
  return [
    {
      type: 'InformalResolutionOutcomeRecorded',
      data: {
        recordedOn: ctx.effectiveOn,
        copiedToBothOn: d.copiedToBothOn ?? null,
        published: d.publish,
        publicInterestReason: d.publish ? d.publicInterestReason!.trim() : (d.publicInterestReason ?? null),
      },
    },
  ];
}
