import { decodeCursor, encodeCursor, InvalidCursor } from './cursor';
import { mergeClassification, isVisible } from './classification';
import { dayOf } from './projections/cases.projection';
import { diffDeadlines } from './projections/cases.tables';
import { decisionFields, publicationTarget } from './projections/decision-fields';
import { inView, validateView } from './time-view';
import { keyDatesOf, statusOf } from './projections/case-record';

const spec = (key: string, over: object = {}) => ({
  key,
  label: key,
  dueOn: '2013-06-30',
  citation: 'x',
  confidence: 'confirmed' as const,
  startsOn: '2013-05-01',
  completedOn: null,
  owner: 'csp',
  ...over,
});

describe('classification', () => {
  it('keeps the most restrictive, uniting Sch 12A paragraphs', () => {
    expect(mergeClassification('open', 'open')).toBe('open');
    expect(mergeClassification('open', 'exempt:2')).toBe('exempt:2');
    expect(mergeClassification('exempt:3', 'exempt:1,2')).toBe('exempt:1,2,3');
    expect(mergeClassification('exempt:1', 'personal')).toBe('personal');
    expect(isVisible('exempt:1', 'open')).toBe(false);
    expect(isVisible('exempt:1', 'all')).toBe(true);
  });
});

describe('deadline diff (which deadline an act triggered or discharged)', () => {
  it('names triggered, discharged, changed and withdrawn deadlines', () => {
    expect(diffDeadlines([], [spec('a')])).toEqual([{ key: 'a', relation: 'triggered' }]);
    expect(diffDeadlines([spec('a')], [spec('a', { completedOn: '2013-06-01' })])).toEqual([
      { key: 'a', relation: 'discharged' },
    ]);
    expect(diffDeadlines([spec('a')], [spec('a', { dueOn: '2013-07-31' })])).toEqual([
      { key: 'a', relation: 'changed' },
    ]);
    expect(diffDeadlines([spec('a')], [])).toEqual([{ key: 'a', relation: 'withdrawn' }]);
    expect(diffDeadlines([spec('a')], [spec('a')])).toEqual([]);
  });
});

describe('time views', () => {
  it('filters acts by both clocks, and corrections by recordedOn only', () => {
    const act = { type: 'ReportSubmitted', effectiveOn: '2013-07-05', recordedOn: '2013-07-05' };
    const fix = { type: 'RecordCorrected', effectiveOn: '2013-09-01', recordedOn: '2013-09-01' };
    expect(inView(act, { asAt: '2013-07-04' })).toBe(false);
    expect(inView(act, { asAt: '2013-07-05' })).toBe(true);
    expect(inView(fix, { asAt: '2013-08-01' })).toBe(true);
    expect(inView(fix, { recordedOn: '2013-08-01' })).toBe(false);
    expect(inView(act, { asAt: '2014-01-01', recordedOn: '2013-07-04' })).toBe(false);
    expect(() => validateView({ asAt: '1 Feb 2013' })).toThrow(RangeError);
  });

  it('reads the UTC day of dates and date-times', () => {
    expect(dayOf('2013-02-01')).toBe('2013-02-01');
    expect(dayOf('2013-02-01T23:30:00.000Z')).toBe('2013-02-01');
    expect(dayOf('2013-02-01T23:30:00+01:00')).toBe('2013-02-01');
  });
});

describe('generic case fields', () => {
  it('derives status and key dates from any decider state', () => {
    expect(statusOf({ status: 'required' }, true)).toBe('required');
    expect(statusOf({}, true)).toBe('open');
    expect(statusOf(null, false)).toBe('unknown');
    expect(
      keyDatesOf({ requestedOn: '2013-05-01', dueOn: '2013-06-30', name: 'x', count: 3 }, '2013-05-01', '2013-07-05'),
    ).toEqual({ openedOn: '2013-05-01', lastActOn: '2013-07-05', requestedOn: '2013-05-01', dueOn: '2013-06-30' });
  });
});

describe('decision register fields, read defensively', () => {
  it('accepts either spelling of significance and finds the title and reference', () => {
    expect(decisionFields({ significantPublicInterest: true, title: 'T', decisionRef: 'D1' })).toEqual({
      significant: true,
      title: 'T',
      decisionRef: 'D1',
      publishedOn: null,
    });
    expect(decisionFields({ significant_public_interest: false, subject: 'S' })).toEqual({
      significant: false,
      title: 'S',
      decisionRef: null,
      publishedOn: null,
    });
    expect(decisionFields({ publication: { publishedOn: '2013-02-10' } }).publishedOn).toBe('2013-02-10');
  });

  it('links a publication to the decision it names, and ignores other paragraphs and unnamed para 5 items', () => {
    expect(publicationTarget({ orderPara: '5', decisionRef: 'D1' })).toEqual({
      isDecisionPublication: true,
      names: 'D1',
    });
    expect(publicationTarget({ orderPara: '3(f)', decisionRef: null }).isDecisionPublication).toBe(false);
    expect(publicationTarget({ orderPara: '5', decisionRef: null }).isDecisionPublication).toBe(false);
    expect(publicationTarget({ url: 'x' })).toEqual({ isDecisionPublication: true, names: null });
  });
});

describe('cursors', () => {
  it('are opaque, round-trip, and belong to one listing', () => {
    const c = encodeCursor('trail', ['2013-02-01', 42]);
    expect(c).not.toContain('2013');
    expect(decodeCursor('trail', c)).toEqual(['2013-02-01', 42]);
    expect(decodeCursor('trail', null)).toBeNull();
    expect(() => decodeCursor('cases', c)).toThrow(InvalidCursor);
    expect(() => decodeCursor('cases', '%%%')).toThrow(InvalidCursor);
  });

  it('refuse any key of the wrong shape: a cursor is client input', () => {
    const raw = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
    const crafted: Array<[Parameters<typeof decodeCursor>[0], unknown]> = [
      ['cases', { k: 'cases', v: [{}, {}] }],
      ['cases', { k: 'cases', v: ['2013-01-01'] }],
      ['cases', { k: 'cases', v: ['2013-01-01', 'x', 'y'] }],
      ['cases', { k: 'cases', v: ['2013-01-01', 7] }],
      ['cases', { k: 'cases', v: ['a\u0000', 'b'] }],
      ['cases', { k: 'cases', v: ['x'.repeat(301), 'b'] }],
      ['timeline', { k: 'timeline', v: ['abc'] }],
      ['timeline', { k: 'timeline', v: [1.5] }],
      ['timeline', { k: 'timeline', v: [{}] }],
      ['timeline', { k: 'timeline', v: [-1] }],
      ['timeline', { k: 'timeline', v: [1e30] }],
      ['trail', { k: 'trail', v: ['2013-01-01', '3'] }],
      ['decisions', { k: 'decisions', v: [null, 3] }],
      ['deadlines', { k: 'deadlines', v: [[], {}, null] }],
      ['cases', ['cases', []]],
      ['cases', null],
      ['cases', 'cases'],
    ];
    for (const [kind, v] of crafted) expect(() => decodeCursor(kind, raw(v))).toThrow(InvalidCursor);
    expect(decodeCursor('timeline', encodeCursor('timeline', [12]))).toEqual([12]);
    expect(
      decodeCursor('deadlines', encodeCursor('deadlines', ['2013-06-30', 'csp-report-requirement:x', 'report'])),
    ).toEqual(['2013-06-30', 'csp-report-requirement:x', 'report']);
  });
});
