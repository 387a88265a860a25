import { deadlineStatus, withStatus } from '../core/deadlines';
import { on, spec } from '../testing/spec';
import { recordCoverage as decider } from './record-coverage.decider';
import type { DeclareRecordCoverage } from './record-coverage.commands';
import type { RecordCoverageEvent } from './record-coverage.events';
import { coverageWindowOf, recordCompleteFor } from './record-coverage.window';
import { foldStream } from '../core/fold';

type E = RecordCoverageEvent;
const panel = { id: 'a', name: 'Kent PCP officer', role: 'panel-secretariat', body: 'kent-pcp', forceArea: 'kent' };
const pcc = { ...panel, role: 'pcc-office', body: 'kent-opcc' };
const declared = on('2013-01-10', {
  type: 'RecordCoverageDeclared',
  data: {
    forceArea: 'kent',
    body: 'panel',
    completeFrom: '2012-11-22',
    completeTo: null,
    basis: 'Every agenda and minute since the first meeting',
    declaredOn: '2013-01-10',
  },
} as E);

describe('Deadline status says what the record shows', () => {
  const due = { dueOn: '2013-02-08', startsOn: '2013-02-01', completedOn: null };
  it('given a duty done by its date, when judged, then it was met', () => {
    expect(deadlineStatus({ ...due, completedOn: '2013-02-08' }, '2013-03-01')).toBe('met');
  });
  it('given a duty done after its date, when judged, then it was late (not missed)', () => {
    expect(deadlineStatus({ ...due, completedOn: '2013-02-09' }, '2013-03-01')).toBe('late');
    expect(deadlineStatus({ ...due, completedOn: '2013-02-09' }, '2013-03-01', true)).toBe('late');
  });
  it('given nothing on record after the date, when the record is not declared complete, then there is no record', () => {
    expect(deadlineStatus(due, '2013-02-09')).toBe('no_record');
  });
  it('given nothing on record after the date, when the record is declared complete, then the duty was missed', () => {
    expect(deadlineStatus(due, '2013-02-09', true)).toBe('missed');
  });
  it('given a duty not yet arisen or not yet due, when judged, then it is not yet due or outstanding', () => {
    expect(deadlineStatus(due, '2013-01-31', true)).toBe('not_yet_due');
    expect(deadlineStatus(due, '2013-02-08', true)).toBe('outstanding');
  });
});

describe('RecordCoverage (a body declares its record complete)', () => {
  /** The panel's declaration from 22 November 2012; each test changes only what its rule is about. */
  const declare = (change: Partial<DeclareRecordCoverage['data']> = {}): DeclareRecordCoverage => ({
    type: 'DeclareRecordCoverage',
    data: { forceArea: 'kent', body: 'panel', completeFrom: '2012-11-22', basis: 'x', ...change },
  });
  const onDay = (actor: typeof panel) => ({ effectiveOn: '2013-01-10', actor });

  it('given no declaration, when the panel declares its record complete from 22 November 2012, then coverage is recorded', () => {
    spec(decider)
      .given()
      .when(declare({ basis: 'Every agenda and minute since the first meeting' }), onDay(panel))
      .then([declared.event]);
  });

  it("given a PCC office key, when it declares the panel's record complete, then it is refused", () => {
    spec(decider).given().when(declare(), onDay(pcc)).thenThrows('RECORD_COVERAGE_NOT_OWN_BODY');
  });

  it.each([
    ['has not begun', { completeFrom: '2013-02-01' }],
    ['runs backwards', { completeFrom: '2012-12-01', completeTo: '2012-11-30' }],
  ])('given a period that %s, when declared, then it is refused', (_, period) => {
    spec(decider).given().when(declare(period), onDay(panel)).thenThrows('RECORD_COVERAGE_PERIOD_INVALID');
  });

  it('given a declaration, when it is withdrawn, then no window is in force and it cannot be revised', () => {
    const withdrawn = on('2013-03-01', {
      type: 'RecordCoverageWithdrawn',
      data: { reason: 'Minutes of January found missing', withdrawnOn: '2013-03-01' },
    } as E);
    expect(coverageWindowOf(foldStream(decider, [declared, withdrawn]))).toBeNull();
    spec(decider)
      .given(declared, withdrawn)
      .when({ type: 'ReviseRecordCoverage', data: { completeFrom: '2012-11-22', basis: 'x' } }, { actor: panel })
      .thenThrows('RECORD_COVERAGE_WITHDRAWN');
  });

  it("given the panel's coverage, when deadlines are judged, then only the panel's absent acts within the period are missed", () => {
    const window = coverageWindowOf(foldStream(decider, [declared]));
    const complete = recordCompleteFor(window ? [window] : [], 'kent');
    const base = { label: 'x', citation: 'x', confidence: 'confirmed' as const, startsOn: null, completedOn: null };
    const statuses = withStatus(
      [
        { ...base, key: 'panel.after', dueOn: '2013-02-08', owner: 'panel' },
        { ...base, key: 'panel.before', dueOn: '2012-10-01', owner: 'panel' },
        { ...base, key: 'pcc.after', dueOn: '2013-02-08', owner: 'pcc' },
      ],
      '2013-06-01',
      complete,
    ).map((d) => [d.key, d.status]);
    expect(statuses).toEqual([
      ['panel.after', 'missed'],
      ['panel.before', 'no_record'],
      ['pcc.after', 'no_record'],
    ]);
    expect(
      withStatus(
        [{ ...base, key: 'essex', dueOn: '2013-02-08', owner: 'panel' }],
        '2013-06-01',
        recordCompleteFor(window ? [window] : [], 'essex'),
      )[0].status,
    ).toBe('no_record');
  });
});
