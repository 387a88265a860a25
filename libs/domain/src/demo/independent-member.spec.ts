import { independentMember } from './independent-member';

describe('independentMember()', () => {
  it('co-opts an independent member with no disqualifying role, its fields in the order the events store them', () => {
    expect(Object.entries(independentMember('m11', 'Independent Member A'))).toEqual([
      ['memberId', 'm11'],
      ['person', 'Independent Member A'],
      ['independent', true],
      ['councillorOfArea', false],
      ['isCommissioner', false],
      ['disqualifyingRoles', []],
    ]);
  });
});
