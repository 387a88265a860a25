import { appointed, coopt, coopted, councils, established, small } from '../testing/kent-panel';
import { foldStream } from '../core/fold';
import { on, spec } from '../testing/spec';
import { panelCompositionAt, policeAndCrimePanel as decider, rosterAt } from './police-and-crime-panel.decider';
import type { PoliceAndCrimePanelEvent } from './police-and-crime-panel.events';

describe('PoliceAndCrimePanel: the commissioner, extra co-optees, procedure and the roster over time (PRSRA 2011 Sch 6)', () => {
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
