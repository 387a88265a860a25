/**
 * Turns the records of a force area into the facts an act needs (CommandSpec.needs).
 * Pure: the application (or the in-memory demo runner) finds and reads the streams;
 * this folds them through their own deciders and picks the record in force on the date.
 */
import type { IsoDate } from './core/calendar';
import type { StoredDomainEvent } from './core/decider';
import { foldStream } from './core/fold';
import type { FactKind, RecordFacts } from './core/record-facts';
import { commissionerOffice, electionOnRecord } from './commissioner-office';
import { panelOnRecord, policeAndCrimePanel } from './police-and-crime-panel';
import { policeAndCrimePlan } from './police-and-crime-plan';
import { communitySafetyPartnership } from './community-safety-partnership';
import { interestsRegister, votingBarredByRegister } from './interests-register/interests-register.decider';

export interface CaseOnRecord {
  aggregateType: string;
  caseId: string;
  events: StoredDomainEvent[];
}

/** Aggregates whose records each fact is drawn from, so callers read only those streams. */
export const FACT_SOURCES: Record<FactKind, { aggregateType: string; streamPrefix: string }> = {
  panel: { aggregateType: policeAndCrimePanel.aggregateType, streamPrefix: policeAndCrimePanel.streamPrefix },
  election: { aggregateType: commissionerOffice.aggregateType, streamPrefix: commissionerOffice.streamPrefix },
  plans: { aggregateType: policeAndCrimePlan.aggregateType, streamPrefix: policeAndCrimePlan.streamPrefix },
  partnerships: {
    aggregateType: communitySafetyPartnership.aggregateType,
    streamPrefix: communitySafetyPartnership.streamPrefix,
  },
  interests: { aggregateType: interestsRegister.aggregateType, streamPrefix: interestsRegister.streamPrefix },
};

/** Facts drawn from every force area's records, not only the case's own. */
export const NATIONAL_FACTS: readonly FactKind[] = ['partnerships'];

export function factsFromRecords(
  needs: readonly FactKind[],
  cases: readonly CaseOnRecord[],
  date: IsoDate,
): RecordFacts {
  const facts: RecordFacts = {};
  const of = (kind: FactKind) => cases.filter((c) => c.aggregateType === FACT_SOURCES[kind].aggregateType);
  for (const need of new Set(needs)) {
    if (need === 'panel')
      facts.panel = panelOnRecord(
        of('panel').map((c) => ({ caseId: c.caseId, state: foldStream(policeAndCrimePanel, c.events) })),
        date,
      );
    if (need === 'election')
      facts.election = electionOnRecord(
        of('election').map((c) => ({
          caseId: c.caseId,
          state: foldStream(
            commissionerOffice,
            c.events.filter((e) => e.effectiveOn <= date),
          ),
        })),
        date,
      );
    if (need === 'partnerships') {
      facts.partnerships = of('partnerships').flatMap((c) => {
        const s = foldStream(
          communitySafetyPartnership,
          c.events.filter((e) => e.effectiveOn <= date),
        );
        return s.status === 'none'
          ? []
          : [{ caseId: c.caseId, areas: s.areas, responsibleAuthorities: s.responsibleAuthorities }];
      });
    }
    if (need === 'interests') {
      facts.interests = of('interests').flatMap((c) => {
        const s = foldStream(
          interestsRegister,
          c.events.filter((e) => e.effectiveOn <= date),
        );
        if (s.status === 'none') return [];
        const barredFrom = s.disclosures
          .filter(
            (x) => votingBarredByRegister(s, { meetingRef: x.meetingRef, item: x.item, on: x.disclosedOn }).barred,
          )
          .map((x) => ({ item: x.item, on: x.disclosedOn }));
        return [{ panelId: s.panelId, memberId: s.memberId, barredFrom }];
      });
    }
    if (need === 'plans') {
      facts.plans = of('plans').map((c) => {
        const s = foldStream(
          policeAndCrimePlan,
          c.events.filter((e) => e.effectiveOn <= date),
        );
        return { caseId: c.caseId, issuedOn: s.status === 'none' ? null : s.issuedOn };
      });
    }
  }
  return facts;
}
