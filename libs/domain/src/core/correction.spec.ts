import { on } from '../testing/spec';
import { foldStream } from './fold';
import { CorrectRecord, decideCorrection, isCorrectionAct, RECORD_CORRECTED } from './correction';
import type { StoredDomainEvent } from './decider';
import { StatutoryRuleViolation } from './rules';
import { grant } from '../grant';
import type { GrantAwarded } from '../grant';

const awarded: GrantAwarded = {
  type: 'GrantAwarded',
  data: {
    forceArea: 'kent',
    recipient: 'Maidstone CSP',
    amount: 2500,
    purpose: 'Night-time economy patrols',
    conditions: [],
    reasons: 'Targets violent crime',
    period: null,
    awardedOn: '2014-04-10',
    awardDateKnown: true,
    publicationDueOn: '2014-05-31',
  },
};
const history: StoredDomainEvent[] = [on('2014-04-10', awarded, 'evt-award')];
const correct = (over: Partial<CorrectRecord['data']>): CorrectRecord => ({
  type: 'CorrectRecord',
  data: {
    correctsEventId: 'evt-award',
    field: 'amount',
    oldValue: 2500,
    newValue: 25000,
    reason: 'Typing error: the award letter says £25,000',
    ...over,
  },
});
function thrown(fn: () => unknown): StatutoryRuleViolation {
  try {
    fn();
  } catch (e) {
    return e as StatutoryRuleViolation;
  }
  throw new Error('expected a StatutoryRuleViolation');
}

describe('RecordCorrected (DOMAIN.md §5.1)', () => {
  it('records a correction naming the event, field, old and new value and reason', () => {
    expect(decideCorrection(correct({}), history)).toEqual([{ type: RECORD_CORRECTED, data: correct({}).data }]);
  });

  it('is told from every process act by its command type alone', () => {
    expect(isCorrectionAct(correct({}))).toBe(true);
    expect(isCorrectionAct({ type: 'AwardGrant', data: correct({}).data })).toBe(false);
  });

  it('rejects a correction of an event not in the case', () => {
    const err = thrown(() => decideCorrection(correct({ correctsEventId: 'evt-other' }), history));
    expect(err).toBeInstanceOf(StatutoryRuleViolation);
    expect(err.code).toBe('CORRECTION_TARGET_UNKNOWN');
  });

  it('rejects a correction of a correction', () => {
    const first = on('2014-06-01', { type: RECORD_CORRECTED, data: correct({}).data }, 'evt-fix');
    const err = thrown(() =>
      decideCorrection(
        correct({ correctsEventId: 'evt-fix', field: 'reason', oldValue: correct({}).data.reason, newValue: 'x' }),
        [...history, first],
      ),
    );
    expect(err.code).toBe('CORRECTION_TARGET_UNKNOWN');
  });

  it('rejects an old value that is not what the record shows', () => {
    const err = thrown(() => decideCorrection(correct({ oldValue: 999 }), history));
    expect(err.code).toBe('CORRECTION_OLD_VALUE_MISMATCH');
  });

  it('compares against the record as already corrected', () => {
    const first = on('2014-06-01', { type: RECORD_CORRECTED, data: correct({}).data }, 'evt-fix');
    const err = thrown(() => decideCorrection(correct({ oldValue: 2500, newValue: 3000 }), [...history, first]));
    expect(err.code).toBe('CORRECTION_OLD_VALUE_MISMATCH');
    expect(decideCorrection(correct({ oldValue: 25000, newValue: 30000 }), [...history, first])).toHaveLength(1);
  });

  it('requires a reason', () => {
    const err = thrown(() => decideCorrection(correct({ reason: '  ' }), history));
    expect(err.code).toBe('CORRECTION_REASON_REQUIRED');
  });

  it('is applied by foldStream to the event it corrects, without touching the stored event', () => {
    const [fix] = decideCorrection(
      correct({ field: 'awardedOn', oldValue: '2014-04-10', newValue: '2014-04-11' }),
      history,
    );
    const stream = [...history, on('2014-06-01', fix, 'evt-fix')];
    const state = foldStream(grant, stream);
    expect(state).toMatchObject({ status: 'awarded', awardedOn: '2014-04-11' });
    expect((history[0].event as GrantAwarded).data.awardedOn).toBe('2014-04-10');
  });
});
