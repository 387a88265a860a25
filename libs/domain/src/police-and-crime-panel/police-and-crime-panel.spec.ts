import { deadlinesAsAt, foldStream } from '../core/fold';
import { on, spec } from '../testing/spec';
import type { CooptMember } from './police-and-crime-panel.commands';
import { panelCompositionAt, policeAndCrimePanel as decider, rosterAt } from './police-and-crime-panel.decider';
import type { PoliceAndCrimePanelEvent } from './police-and-crime-panel.events';

const councils = [
  'Kent County Council',
  'Medway Council',
  'Ashford',
  'Canterbury',
  'Dartford',
  'Dover',
  'Gravesham',
  'Maidstone',
  'Sevenoaks',
  'Shepway',
  'Swale',
  'Thanet',
  'Tonbridge and Malling',
  'Tunbridge Wells',
];
const established: PoliceAndCrimePanelEvent = {
  type: 'PanelEstablished',
  data: {
    forceArea: 'kent',
    name: 'Kent and Medway Police and Crime Panel',
    aliases: ['Kent Police and Crime Panel'],
    country: 'england',
    councils,
    relevantNumber: 14,
    establishedOn: '2012-06-01',
  },
};
const small: PoliceAndCrimePanelEvent = {
  type: 'PanelEstablished',
  data: { ...established.data, councils: ['A', 'B'], relevantNumber: 10 } as never,
};
const appointed = (i: number, council = councils[i % councils.length], date = '2012-07-01') =>
  on(date, {
    type: 'MemberAppointed',
    data: { memberId: `c${i}`, person: `Cllr ${i}`, council, politicalGroup: null, appointedOn: date },
  } as PoliceAndCrimePanelEvent);
const coopted = (i: number, councillorOfArea = false, date = '2012-07-01') =>
  on(date, {
    type: 'MemberCoopted',
    data: {
      memberId: `i${i}`,
      person: `Independent ${i}`,
      independent: !councillorOfArea,
      councillorOfArea,
      homeOfficeNotifiedOn: null,
      cooptedOn: date,
    },
  } as PoliceAndCrimePanelEvent);
const coopt = (over: Partial<CooptMember['data']> = {}): CooptMember => ({
  type: 'CooptMember',
  data: {
    memberId: 'i9',
    person: 'Jane Doe',
    independent: true,
    councillorOfArea: false,
    isCommissioner: false,
    disqualifyingRoles: [],
    ...over,
  },
});

describe('PoliceAndCrimePanel (PRSRA 2011 Sch 6)', () => {
  it('is established with the relevant number of councillors: 10, or the number of councils if 11 or more', () => {
    spec(decider)
      .given()
      .when(
        {
          type: 'EstablishPanel',
          data: {
            forceArea: 'kent',
            name: established.data.name,
            aliases: ['Kent Police and Crime Panel'],
            country: 'england',
            councils,
          },
        },
        { effectiveOn: '2012-06-01' },
      )
      .then([established]);
    const [e] = spec(decider)
      .given()
      .when({ type: 'EstablishPanel', data: { forceArea: 'x', name: 'X', country: 'england', councils: ['A', 'B'] } })
      .events();
    expect(e.type === 'PanelEstablished' && e.data.relevantNumber).toBe(10);
  });

  it('keeps both names of the Kent panel as aliases of one aggregate', () => {
    spec(decider)
      .given(established)
      .when({ type: 'AddPanelAlias', data: { alias: 'Kent PCP' } })
      .then([{ type: 'PanelAliasAdded', data: { alias: 'Kent PCP' } }]);
    spec(decider)
      .given(established)
      .when({ type: 'AddPanelAlias', data: { alias: 'Kent Police and Crime Panel' } })
      .thenThrows('PANEL_MEMBERSHIP_CHANGE_INVALID');
  });

  it('flags arrangements notified after 16 July 2012 (SI 2012/1433 reg 3(3))', () => {
    spec(decider)
      .given(established)
      .when({ type: 'NotifyPanelArrangements', data: {} }, { effectiveOn: '2012-07-16' })
      .thenFlags();
    spec(decider)
      .given(established)
      .when({ type: 'NotifyPanelArrangements', data: {} }, { effectiveOn: '2012-07-17' })
      .thenFlags('PANEL_ARRANGEMENTS_NOTIFIED_LATE');
    const state = foldStream(decider, [on('2012-06-01', established)]);
    expect(deadlinesAsAt(decider, state, '2012-07-20')[0].status).toBe('no_record');
  });

  it('never admits the PCC as a member (para 21)', () => {
    spec(decider)
      .given(established)
      .when({
        type: 'AppointMember',
        data: { memberId: 'c1', person: 'Ann Barnes', council: 'Maidstone', isCommissioner: true },
      })
      .thenThrows('PANEL_COMMISSIONER_CANNOT_BE_MEMBER');
    spec(decider)
      .given(established)
      .when(coopt({ isCommissioner: true }))
      .thenThrows('PANEL_COMMISSIONER_CANNOT_BE_MEMBER');
  });

  it('appoints councillors only from the councils of the area, up to the relevant number', () => {
    spec(decider)
      .given(established)
      .when(
        {
          type: 'AppointMember',
          data: {
            memberId: 'c1',
            person: 'Cllr 1',
            council: 'Maidstone',
            politicalGroup: 'Conservative',
            isCommissioner: false,
          },
        },
        { effectiveOn: '2012-07-01' },
      )
      .then([
        {
          type: 'MemberAppointed',
          data: {
            memberId: 'c1',
            person: 'Cllr 1',
            council: 'Maidstone',
            politicalGroup: 'Conservative',
            appointedOn: '2012-07-01',
          },
        },
      ]);
    spec(decider)
      .given(established)
      .when({
        type: 'AppointMember',
        data: { memberId: 'c1', person: 'Cllr 1', council: 'Thurrock', isCommissioner: false },
      })
      .thenThrows('PANEL_COUNCIL_NOT_IN_AREA');
    const full = Array.from({ length: 14 }, (_, i) => appointed(i));
    spec(decider)
      .given(on('2012-06-01', established), ...full)
      .when({
        type: 'AppointMember',
        data: { memberId: 'c99', person: 'Cllr 99', council: 'Dover', isCommissioner: false },
      })
      .thenThrows('PANEL_COUNCILLOR_SEATS_FULL');
  });

  it('rejects a person already serving, and a leaver who is not serving', () => {
    spec(decider)
      .given(on('2012-06-01', established), appointed(1))
      .when({
        type: 'AppointMember',
        data: { memberId: 'c1', person: 'Cllr 1', council: 'Dover', isCommissioner: false },
      })
      .thenThrows('PANEL_MEMBERSHIP_CHANGE_INVALID');
    spec(decider)
      .given(established)
      .when({ type: 'RecordMemberLeft', data: { memberId: 'c1', reason: 'resigned' } })
      .thenThrows('PANEL_MEMBERSHIP_CHANGE_INVALID');
  });

  it('co-opts an eligible independent member', () => {
    spec(decider)
      .given(established)
      .when(coopt(), { effectiveOn: '2012-08-01' })
      .then([
        {
          type: 'MemberCoopted',
          data: {
            memberId: 'i9',
            person: 'Jane Doe',
            independent: true,
            councillorOfArea: false,
            homeOfficeNotifiedOn: null,
            cooptedOn: '2012-08-01',
          },
        },
      ]);
  });

  it('bars OPCC staff, police staff and parliamentarians from co-option (para 22)', () => {
    spec(decider)
      .given(established)
      .when(coopt({ disqualifyingRoles: ['mp'] }))
      .thenThrows('PANEL_COOPTEE_DISQUALIFIED');
    spec(decider)
      .given(established)
      .when(coopt({ disqualifyingRoles: ['opcc_staff'] }))
      .thenThrows('PANEL_COOPTEE_DISQUALIFIED');
  });

  it('co-opts no more than the co-opted number (2 unless resolved otherwise)', () => {
    spec(decider)
      .given(on('2012-06-01', established), coopted(1), coopted(2))
      .when(coopt())
      .thenThrows('PANEL_COOPTED_SEATS_FULL');
  });

  it('with two co-optees, neither may be a councillor of the area (para 23)', () => {
    spec(decider)
      .given(established)
      .when(coopt({ councillorOfArea: true, independent: false, unanimousPanelAgreement: true }))
      .thenThrows('PANEL_COOPTED_COUNCILLOR_BALANCE');
  });

  it('with three or more, a councillor only if two others are not, and only unanimously', () => {
    const three = on('2012-07-01', {
      type: 'CoOptedNumberResolved',
      data: { number: 3, secretaryOfStateAgreedOn: '2012-06-20', resolvedOn: '2012-07-01' },
    } as PoliceAndCrimePanelEvent);
    const s = [on('2012-06-01', small), three];
    spec(decider)
      .given(...s, coopted(1), coopted(2))
      .when(coopt({ councillorOfArea: true, independent: false }))
      .thenThrows('PANEL_COOPTED_COUNCILLOR_NEEDS_UNANIMITY');
    spec(decider)
      .given(...s, coopted(1), coopted(2))
      .when(coopt({ councillorOfArea: true, independent: false, unanimousPanelAgreement: true }))
      .thenFlags();
    spec(decider)
      .given(...s, coopted(1, true))
      .when(coopt({ councillorOfArea: true, independent: false, unanimousPanelAgreement: true }))
      .thenThrows('PANEL_COOPTED_COUNCILLOR_BALANCE');
  });

  it('given three co-opted seats and no co-optee in post, when a councillor is co-opted first, then it is refused: para 23 counts the other co-optees in post, not the seats', () => {
    const three = on('2012-07-01', {
      type: 'CoOptedNumberResolved',
      data: { number: 3, secretaryOfStateAgreedOn: '2012-06-20', resolvedOn: '2012-07-01' },
    } as PoliceAndCrimePanelEvent);
    const err = spec(decider)
      .given(on('2012-06-01', small), three)
      .when(coopt({ councillorOfArea: true, independent: false, unanimousPanelAgreement: true }))
      .thenThrows('PANEL_COOPTED_COUNCILLOR_BALANCE');
    expect(err.message).toMatch(/0 are/);
  });

  describe('the commissioner is never a member, judged from the office record (Sch 6 para 21)', () => {
    const office = (holder: string | null) => ({
      facts: {
        election: {
          caseId: 'kent-2012',
          pollDate: '2012-11-15',
          kind: 'ordinary' as const,
          electedPerson: 'Ann Barnes',
          holder,
          status: 'in_office' as const,
          acting: null,
        },
      },
      effectiveOn: '2013-06-01',
    });
    const appoint = {
      type: 'AppointMember' as const,
      data: { memberId: 'c9', person: 'Ann Barnes', council: 'Kent County Council', isCommissioner: false },
    };
    it('given Ann Barnes in office on record, when she is appointed to the panel with isCommissioner false, then it is refused', () => {
      spec(decider)
        .given(on('2012-06-01', established))
        .when(appoint, office('Ann Barnes'))
        .thenThrows('PANEL_COMMISSIONER_CANNOT_BE_MEMBER');
      spec(decider)
        .given(on('2012-06-01', established))
        .when({ ...appoint, data: { ...appoint.data, person: 'Cllr Other' } }, office('Ann Barnes'))
        .thenFlags();
    });
    it("given no commissioner on record after 22 November 2012, then the caller's word is taken with a ⚠️ finding", () => {
      spec(decider)
        .given(on('2012-06-01', established))
        .when(
          { ...appoint, data: { ...appoint.data, person: 'Cllr Other' } },
          { facts: { election: null }, effectiveOn: '2013-06-01' },
        )
        .thenFlags('PANEL_COMMISSIONER_UNVERIFIED');
      spec(decider)
        .given(on('2012-06-01', established))
        .when(
          { ...appoint, data: { ...appoint.data, person: 'Cllr Other' } },
          { facts: { election: null }, effectiveOn: '2012-10-01' },
        )
        .thenFlags();
    });
  });

  it('resolves extra co-optees only with Secretary of State agreement and within 20 members', () => {
    spec(decider)
      .given(small)
      .when({ type: 'ResolveCoOptedNumber', data: { number: 4 } })
      .thenThrows('PANEL_EXTRA_COOPTEES_NEED_SOS_AGREEMENT');
    spec(decider)
      .given(small)
      .when(
        { type: 'ResolveCoOptedNumber', data: { number: 4, secretaryOfStateAgreedOn: '2012-09-01' } },
        { effectiveOn: '2012-09-05' },
      )
      .then([
        {
          type: 'CoOptedNumberResolved',
          data: { number: 4, secretaryOfStateAgreedOn: '2012-09-01', resolvedOn: '2012-09-05' },
        },
      ]);
    spec(decider)
      .given(established)
      .when(
        { type: 'ResolveCoOptedNumber', data: { number: 7, secretaryOfStateAgreedOn: '2012-09-01' } },
        { effectiveOn: '2012-09-05' },
      )
      .thenThrows('PANEL_TOTAL_EXCEEDS_20');
    spec(decider)
      .given(small)
      .when({ type: 'ResolveCoOptedNumber', data: { number: 1 } })
      .thenThrows('PANEL_COOPTED_NUMBER_BELOW_TWO');
  });

  it('adopts rules of procedure with a possible quorum (para 25)', () => {
    spec(decider)
      .given(established)
      .when(
        { type: 'AdoptRulesOfProcedure', data: { quorumRule: { minimumPresent: 3, text: '3 voting Members' } } },
        { effectiveOn: '2012-09-01' },
      )
      .then([
        {
          type: 'RulesOfProcedureAdopted',
          data: {
            quorumRule: { minimumPresent: 3, text: '3 voting Members' },
            documentRef: null,
            adoptedOn: '2012-09-01',
          },
        },
      ]);
    spec(decider)
      .given(established)
      .when({ type: 'AdoptRulesOfProcedure', data: { quorumRule: { minimumPresent: 0, text: 'none' } } })
      .thenThrows('PANEL_QUORUM_RULE_INVALID');
  });

  it('reconstructs the roster for any past date, for veto counts', () => {
    const left = on('2013-01-10', {
      type: 'MemberLeft',
      data: { memberId: 'c2', reason: 'lost seat', leftOn: '2013-01-10' },
    } as PoliceAndCrimePanelEvent);
    const history = [
      on('2012-06-01', established),
      ...Array.from({ length: 10 }, (_, i) => appointed(i)),
      coopted(1),
      coopted(2, false, '2012-12-01'),
      left,
    ];
    const state = foldStream(decider, history);
    expect(rosterAt(state, '2012-06-30')).toHaveLength(0);
    expect(rosterAt(state, '2012-11-22')).toHaveLength(11);
    expect(rosterAt(state, '2013-01-09')).toHaveLength(12);
    expect(rosterAt(state, '2013-01-10').map((m) => m.memberId)).not.toContain('c2');
    expect(rosterAt(state, '2013-01-10').filter((m) => m.kind === 'coopted')).toHaveLength(2);
    expect(panelCompositionAt(state, '2013-02-01')).toMatchObject({
      councillors: 9,
      coopted: 2,
      total: 11,
      relevantNumber: 14,
      councillorVacancies: 5,
      cooptedVacancies: 0,
    });
    spec(decider)
      .given(...history)
      .when({ type: 'RecordMemberLeft', data: { memberId: 'c3', reason: 'resigned' } }, { effectiveOn: '2013-02-01' })
      .then([{ type: 'MemberLeft', data: { memberId: 'c3', reason: 'resigned', leftOn: '2013-02-01' } }]);
  });

  it('counts a member from the day of appointment or co-option, and not from the day of leaving', () => {
    const left = on('2013-01-10', {
      type: 'MemberLeft',
      data: { memberId: 'c2', reason: 'lost seat', leftOn: '2013-01-10' },
    } as PoliceAndCrimePanelEvent);
    const state = foldStream(decider, [
      on('2012-06-01', established),
      ...Array.from({ length: 10 }, (_, i) => appointed(i)),
      coopted(1),
      coopted(2, false, '2012-12-01'),
      left,
    ]);
    expect(rosterAt(state, '2012-11-30').map((m) => m.memberId)).not.toContain('i2');
    expect(rosterAt(state, '2012-12-01').map((m) => m.memberId)).toContain('i2');
    expect(rosterAt(state, '2013-01-09').map((m) => m.memberId)).toContain('c2');
    expect(rosterAt(state, '2013-01-10').map((m) => m.memberId)).not.toContain('c2');
  });

  it('rejects steps before the panel is established', () => {
    spec(decider).given().when(coopt()).thenThrows('CASE_NOT_FOUND');
    spec(decider)
      .given(established)
      .when({ type: 'EstablishPanel', data: { forceArea: 'kent', name: 'x', country: 'england', councils } })
      .thenThrows('CASE_ALREADY_EXISTS');
  });
});
