import { deadlineOf } from './deadlines';
import { specRule } from '../testing/spec-rule';

const LATE = specRule('SPEC_DEADLINE_OF_LATE', 's.10(2)', 'unconfirmed', 'deadline', 'Done after the due date.');

describe('deadlineOf', () => {
  it('cites the rule it enforces, with the rule’s confidence, and keeps every other field', () => {
    const spec = deadlineOf(LATE, {
      key: 'spec.report',
      label: 'Report',
      dueOn: '2024-03-01',
      startsOn: '2024-02-01',
      completedOn: null,
      owner: 'panel',
    });
    expect(spec).toEqual({
      key: 'spec.report',
      label: 'Report',
      dueOn: '2024-03-01',
      citation: 'Spec Act s.10(2)',
      confidence: 'unconfirmed',
      startsOn: '2024-02-01',
      completedOn: null,
      owner: 'panel',
    });
  });

  it('lists the fields in the order the deadline views have always shown them', () => {
    const spec = deadlineOf(LATE, {
      owner: 'pcc',
      completedOn: '2024-01-02',
      startsOn: null,
      dueOn: '2024-01-05',
      label: 'L',
      key: 'k',
    });
    expect(Object.keys(spec)).toEqual([
      'key',
      'label',
      'dueOn',
      'citation',
      'confidence',
      'startsOn',
      'completedOn',
      'owner',
    ]);
  });
});
