import { appointed, coopt, coopted, councils, established, small } from '../testing/kent-panel';
import { deadlinesAsAt, foldStream } from '../core/fold';
import { on, spec } from '../testing/spec';
import { policeAndCrimePanel as decider } from './police-and-crime-panel.decider';
import type { PoliceAndCrimePanelEvent } from './police-and-crime-panel.events';
import { doneLate } from '../testing/late';

describe('PoliceAndCrimePanel (PRSRA 2011 Sch 6)', () => {
  /** The panel resolves, with the Secretary of State's agreement, to have three co-opted seats. */
  const three = on('2012-07-01', {
    type: 'CoOptedNumberResolved',
    data: { number: 3, secretaryOfStateAgreedOn: '2012-06-20', resolvedOn: '2012-07-01' },
  } as PoliceAndCrimePanelEvent);
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
    const notify = { type: 'NotifyPanelArrangements' as const, data: {} };
    doneLate(decider, [established], notify, { lastDay: '2012-07-16', lateOn: '2012-07-17' }).thenFlags(
      'PANEL_ARRANGEMENTS_NOTIFIED_LATE',
    );
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
    const err = spec(decider)
      .given(on('2012-06-01', small), three)
      .when(coopt({ councillorOfArea: true, independent: false, unanimousPanelAgreement: true }))
      .thenThrows('PANEL_COOPTED_COUNCILLOR_BALANCE');
    expect(err.message).toMatch(/0 are/);
  });
});
