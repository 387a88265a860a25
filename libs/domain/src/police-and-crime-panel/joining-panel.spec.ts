import type { DecisionContext } from '../core/decider';
import { joiningPanel, type Established, type Membership } from './police-and-crime-panel.state';
import { codeOf } from '../testing/violation';

const member: Membership = {
  memberId: 'm1',
  person: 'Cllr Serving',
  kind: 'councillor',
  council: 'A',
  politicalGroup: null,
  independent: null,
  councillorOfArea: true,
  from: '2012-07-01',
  to: null,
};
const panel: Established = {
  status: 'established',
  forceArea: 'x',
  name: 'X Panel',
  aliases: [],
  country: 'england',
  councils: ['A'],
  relevantNumber: 10,
  cooptedNumber: 2,
  establishedOn: '2012-06-01',
  arrangementsNotifiedOn: null,
  quorumRule: null,
  quorumRules: [],
  memberships: [member],
};
// Before the first commissioners took office: the commissioner check has nothing to compare.
const ctx: DecisionContext = {
  now: '2012-08-01T00:00:00Z',
  effectiveOn: '2012-08-01',
  actor: { id: 'a', name: 'Secretariat', role: 'panel_secretariat', body: 'panel', forceArea: 'x' },
};

describe('joiningPanel (Sch 6 paras 4, 21)', () => {
  it('returns no findings for a new member who is not the commissioner', () => {
    expect(joiningPanel(panel, { memberId: 'm2', person: 'New', isCommissioner: false }, ctx)).toEqual([]);
  });

  it('refuses the commissioner, and someone already serving', () => {
    const newcomer = { memberId: 'm2', person: 'New', isCommissioner: false };
    expect(codeOf(() => joiningPanel(panel, { ...newcomer, isCommissioner: true }, ctx))).toBe(
      'PANEL_COMMISSIONER_CANNOT_BE_MEMBER',
    );
    expect(
      codeOf(() => joiningPanel(panel, { memberId: 'm1', person: 'Cllr Serving', isCommissioner: false }, ctx)),
    ).toBe('PANEL_MEMBERSHIP_CHANGE_INVALID');
  });
});
