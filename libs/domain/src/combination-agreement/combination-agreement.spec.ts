import { spec } from '../testing/spec';
import { combinationAgreement as decider } from './combination-agreement.decider';
import type { RequestMerger } from './combination-agreement.commands';
import type { MergerRequested } from './combination-agreement.events';
import { englishArea } from '../testing/kent-cases';

const request: RequestMerger = {
  type: 'RequestMerger',
  data: {
    forceArea: 'kent',
    areas: [englishArea('Dartford'), englishArea('Gravesham')],
    requestingRAs: ['Dartford BC'],
    responsibleAuthorities: ['Dartford BC', 'Gravesham BC', 'Kent Police'],
  },
};
/** The request naming Kent Fire and Rescue too, which the partnerships' records may not show. */
const withFireAndRescue: RequestMerger = {
  ...request,
  data: {
    ...request.data,
    responsibleAuthorities: ['Dartford BC', 'Gravesham BC', 'Kent Police', 'Kent Fire and Rescue'],
  },
};
const requested: MergerRequested = {
  type: 'MergerRequested',
  data: { ...request.data, policeAreas: ['kent'], crossForce: false, requestedOn: '2014-01-06' },
};
/** The same request with Thurrock (Essex) in place of Gravesham: a merger across two police areas. */
const crossRequested: MergerRequested = {
  type: 'MergerRequested',
  data: {
    ...requested.data,
    areas: [request.data.areas[0], englishArea('Thurrock', 'essex')],
    policeAreas: ['essex', 'kent'],
    crossForce: true,
    responsibleAuthorities: ['Dartford BC', 'Thurrock Council'],
  },
};
const w = { documentRef: 'AGR-1', inWriting: true };
const signed = (authority: string) => ({
  type: 'MergerAgreementSignedByAuthority' as const,
  data: { authority, documentRef: 'AGR-1', signedOn: '2014-02-01' },
});
const approved = (pcc: string) => ({
  type: 'MergerApproved' as const,
  data: {
    pcc,
    interestsGrounds: ['reducing_crime_and_disorder' as const],
    reasons: 'One partnership for one town',
    documentRef: 'AGR-1',
    approvedOn: '2014-03-01',
  },
});
const sosJoined = {
  type: 'SecretaryOfStateJoinedAgreement' as const,
  data: {
    interestsGrounds: ['reducing_reoffending' as const],
    reasons: 'Shared probation delivery',
    cooperationArrangementsAdequate: true,
    documentRef: 'AGR-1',
    joinedOn: '2014-03-10',
  },
};
const allKent = [requested, signed('Dartford BC'), signed('Gravesham BC'), signed('Kent Police'), approved('kent')];

describe("merger parties from the partnerships' records (CDA 1998 s.5A(1))", () => {
  const records = {
    partnerships: [
      {
        caseId: 'dartford-csp',
        areas: ['Dartford'],
        responsibleAuthorities: ['Dartford BC', 'Kent Police', 'Kent Fire and Rescue'],
      },
      { caseId: 'gravesham-csp', areas: ['Gravesham'], responsibleAuthorities: ['Gravesham BC', 'Kent Police'] },
    ],
  };
  it("given both partnerships on record, when the request leaves out Kent Fire and Rescue, then it is refused; when it names no list of its own beyond the record, the record's authorities are the parties", () => {
    const err = spec(decider)
      .given()
      .when(request, { effectiveOn: '2014-01-06', facts: records })
      .thenThrows('COMBINATION_RAS_NOT_AS_RECORDED');
    expect(err.message).toMatch(/Kent Fire and Rescue/);
    const [e] = spec(decider)
      .given()
      .when(withFireAndRescue, { effectiveOn: '2014-01-06', facts: records })
      .thenFlags();
    expect(e.data).toMatchObject({
      responsibleAuthorities: ['Dartford BC', 'Kent Police', 'Kent Fire and Rescue', 'Gravesham BC'],
    });
  });
  it("given only Dartford on record, then the request's list is used for Gravesham with a ⚠️ finding naming it", () => {
    const [e] = spec(decider)
      .given()
      .when(withFireAndRescue, { effectiveOn: '2014-01-06', facts: { partnerships: [records.partnerships[0]] } })
      .thenFlags('COMBINATION_RAS_UNVERIFIED');
    expect(e.findings?.[0].message).toMatch(/Gravesham/);
  });
});

describe('CombinationAgreement (CDA 1998 s.5A)', () => {
  it('records a non-binding request for two English areas', () => {
    spec(decider).given().when(request, { effectiveOn: '2014-01-06' }).then([requested]);
    spec(decider).given(requested).when(request).thenThrows('CASE_ALREADY_EXISTS');
  });

  it('covers areas in England only, two or more of them', () => {
    spec(decider)
      .given()
      .when({
        ...request,
        data: {
          ...request.data,
          areas: [request.data.areas[0], { name: 'Newport', country: 'wales', policeAreas: ['kent'] }],
        },
      })
      .thenThrows('COMBINATION_AREAS_IN_ENGLAND');
    spec(decider)
      .given()
      .when({ ...request, data: { ...request.data, areas: [request.data.areas[0]] } })
      .thenThrows('COMBINATION_AREAS_IN_ENGLAND');
  });

  it('is signed by the responsible authorities only, in writing', () => {
    spec(decider)
      .given(requested)
      .when({ type: 'SignAgreement', data: { ...w, authority: 'Dartford BC' } }, { effectiveOn: '2014-02-01' })
      .then([signed('Dartford BC')]);
    spec(decider)
      .given(requested)
      .when({ type: 'SignAgreement', data: { ...w, authority: 'Medway Council' } })
      .thenThrows('COMBINATION_SIGNATORY_NOT_RA');
    spec(decider)
      .given(requested)
      .when({ type: 'SignAgreement', data: { documentRef: 'AGR-1', inWriting: false, authority: 'Dartford BC' } })
      .thenThrows('COMBINATION_NOT_IN_WRITING');
    spec(decider)
      .given(requested, signed('Dartford BC'))
      .when({ type: 'SignAgreement', data: { ...w, authority: 'Dartford BC' } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('lets the PCC enter only on an interests ground', () => {
    spec(decider)
      .given(requested)
      .when(
        {
          type: 'ApproveMerger',
          data: {
            ...w,
            pcc: 'kent',
            interestsGrounds: ['reducing_crime_and_disorder'],
            reasons: 'One partnership for one town',
          },
        },
        { effectiveOn: '2014-03-01' },
      )
      .then([approved('kent')]);
    spec(decider)
      .given(requested)
      .when({ type: 'ApproveMerger', data: { ...w, pcc: 'kent', interestsGrounds: [], reasons: 'Saves money' } })
      .thenThrows('COMBINATION_PCC_INTERESTS_GROUND');
    spec(decider)
      .given(requested)
      .when({
        type: 'ApproveMerger',
        data: { ...w, pcc: 'essex', interestsGrounds: ['reducing_reoffending'], reasons: 'x' },
      })
      .thenThrows('COMBINATION_PCC_NOT_PARTY');
  });

  it('comes into force only when every required party has entered', () => {
    spec(decider)
      .given(requested, signed('Dartford BC'), approved('kent'))
      .when({ type: 'BringAgreementIntoForce', data: { ...w, combinedAreaName: 'Dartford and Gravesham' } })
      .thenThrows('COMBINATION_PARTIES_INCOMPLETE');
    spec(decider)
      .given(...allKent)
      .when(
        { type: 'BringAgreementIntoForce', data: { ...w, combinedAreaName: 'Dartford and Gravesham' } },
        { effectiveOn: '2014-04-01' },
      )
      .then([
        {
          type: 'CombinationAgreementInForce',
          data: {
            combinedAreaName: 'Dartford and Gravesham',
            agreementRef: 'AGR-1',
            parties: ['Dartford BC', 'Gravesham BC', 'Kent Police', 'pcc:kent'],
            cooperationArrangements: null,
            inForceOn: '2014-04-01',
          },
        },
      ]);
  });

  it('makes the Secretary of State a party if and only if the area spans police areas', () => {
    spec(decider)
      .given(...allKent)
      .when({
        type: 'JoinAsSecretaryOfState',
        data: { ...w, interestsGrounds: ['reducing_reoffending'], reasons: 'x', cooperationArrangementsAdequate: true },
      })
      .thenThrows('COMBINATION_SOS_NOT_A_PARTY');
    const crossAll = [
      crossRequested,
      signed('Dartford BC'),
      signed('Thurrock Council'),
      approved('kent'),
      approved('essex'),
    ];
    spec(decider)
      .given(...crossAll)
      .when({
        type: 'BringAgreementIntoForce',
        data: { ...w, combinedAreaName: 'Thames Gateway', cooperationArrangements: 'Joint PCC board' },
      })
      .thenThrows('COMBINATION_PARTIES_INCOMPLETE');
    spec(decider)
      .given(...crossAll)
      .when({
        type: 'JoinAsSecretaryOfState',
        data: {
          ...w,
          interestsGrounds: ['reducing_reoffending'],
          reasons: 'x',
          cooperationArrangementsAdequate: false,
        },
      })
      .thenThrows('COMBINATION_SOS_GROUNDS');
    spec(decider)
      .given(...crossAll)
      .when(
        {
          type: 'JoinAsSecretaryOfState',
          data: {
            ...w,
            interestsGrounds: ['reducing_reoffending'],
            reasons: 'Shared probation delivery',
            cooperationArrangementsAdequate: true,
          },
        },
        { effectiveOn: '2014-03-10' },
      )
      .then([sosJoined]);
    spec(decider)
      .given(...crossAll, sosJoined)
      .when({ type: 'BringAgreementIntoForce', data: { ...w, combinedAreaName: 'Thames Gateway' } })
      .thenThrows('COMBINATION_COOPERATION_ARRANGEMENTS_REQUIRED');
    const [e] = spec(decider)
      .given(...crossAll, sosJoined)
      .when({
        type: 'BringAgreementIntoForce',
        data: { ...w, combinedAreaName: 'Thames Gateway', cooperationArrangements: 'Joint PCC board' },
      })
      .events();
    expect(e.type).toBe('CombinationAgreementInForce');
    expect(e.type === 'CombinationAgreementInForce' && e.data.parties).toContain('secretary-of-state');
  });

  it('works out from the areas whether the combined area spans police areas (s.5A(3))', () => {
    const cross: RequestMerger = {
      type: 'RequestMerger',
      data: {
        ...request.data,
        areas: crossRequested.data.areas,
        requestingRAs: ['Dartford BC'],
        responsibleAuthorities: ['Dartford BC', 'Thurrock Council'],
      },
    };
    spec(decider).given().when(cross, { effectiveOn: '2014-01-06' }).then([crossRequested]);
    const [single] = spec(decider).given().when(request, { effectiveOn: '2014-01-06' }).events();
    expect(single.type === 'MergerRequested' && single.data.crossForce).toBe(false);
  });

  it('needs every PCC whose police area the combined area lies in, not just one (s.5A(1), (3))', () => {
    for (const [present, absent] of [
      ['kent', 'essex'],
      ['essex', 'kent'],
    ]) {
      const err = spec(decider)
        .given(crossRequested, signed('Dartford BC'), signed('Thurrock Council'), approved(present), sosJoined)
        .when({
          type: 'BringAgreementIntoForce',
          data: { ...w, combinedAreaName: 'Thames Gateway', cooperationArrangements: 'Joint PCC board' },
        })
        .thenThrows('COMBINATION_PARTIES_INCOMPLETE');
      expect(err.message).toContain(`pcc:${absent}`);
    }
  });

  it('is varied or terminated by written agreement, warning (⚠️) if a party is not recorded as agreeing', () => {
    const inForce = {
      type: 'CombinationAgreementInForce' as const,
      data: {
        combinedAreaName: 'DG',
        agreementRef: 'AGR-1',
        parties: [],
        cooperationArrangements: null,
        inForceOn: '2014-04-01',
      },
    };
    const all = ['Dartford BC', 'Gravesham BC', 'Kent Police', 'pcc:kent'];
    spec(decider)
      .given(...allKent, inForce)
      .when(
        {
          type: 'VaryAgreement',
          data: { ...w, documentRef: 'AGR-1/V1', variation: 'Add a youth sub-group', agreedBy: all },
        },
        { effectiveOn: '2015-01-01' },
      )
      .thenFlags();
    spec(decider)
      .given(...allKent, inForce)
      .when({ type: 'TerminateAgreement', data: { ...w, reason: 'Demerge', agreedBy: ['Dartford BC'] } })
      .thenFlags('COMBINATION_CHANGE_PARTIES_MISSING');
    spec(decider)
      .given(...allKent, inForce)
      .when({
        type: 'TerminateAgreement',
        data: { documentRef: '', inWriting: true, reason: 'Demerge', agreedBy: all },
      })
      .thenThrows('COMBINATION_NOT_IN_WRITING');
    spec(decider)
      .given(...allKent)
      .when({ type: 'VaryAgreement', data: { ...w, variation: 'x', agreedBy: all } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });
});
