import { pick } from '../core/pick';
import { decideByAct, DecisionContext, Decider, existingCase, requireNewCase, unopened } from '../core/decider';
import type { PartnershipOnRecord } from '../core/record-facts';
import { PROCESS_ORDER, checkRule, requireRule, RuleFinding } from '../core/rules';
import { requireStatus } from '../core/step-order';
import type { CombinationAgreementCommand, RequestMerger } from './combination-agreement.commands';
import {
  COMBINATION_AGREEMENT_EVENT_TYPES,
  CombinationAgreementEvent,
  INTERESTS_GROUNDS,
  InterestsGround,
  pccParty,
  SECRETARY_OF_STATE,
} from './combination-agreement.events';
import {
  COMBINATION_AREAS_IN_ENGLAND,
  COMBINATION_CHANGE_PARTIES_MISSING,
  COMBINATION_COOPERATION_ARRANGEMENTS_REQUIRED,
  COMBINATION_NOT_IN_WRITING,
  COMBINATION_PARTIES_INCOMPLETE,
  COMBINATION_PCC_INTERESTS_GROUND,
  COMBINATION_PCC_NOT_PARTY,
  COMBINATION_RAS_NOT_AS_RECORDED,
  COMBINATION_RAS_UNVERIFIED,
  COMBINATION_SIGNATORY_NOT_RA,
  COMBINATION_SOS_GROUNDS,
  COMBINATION_SOS_NOT_A_PARTY,
} from './combination-agreement.rules';
import { evolveCombinationAgreement } from './combination-agreement.evolve';
import { CombinationAgreementState, uniq } from './combination-agreement.state';
import { nonBlank } from '../core/text';
export type { CombinationAgreementState } from './combination-agreement.state';

/** Every party the agreement needs: each RA, the PCC of each police area, and the Secretary of State iff cross-force (s.5A(1), (5)). */
function requiredParties(s: {
  responsibleAuthorities: string[];
  policeAreas: string[];
  crossForce: boolean;
}): string[] {
  return [...s.responsibleAuthorities, ...s.policeAreas.map(pccParty), ...(s.crossForce ? [SECRETARY_OF_STATE] : [])];
}

function partiesSoFar(s: Exclude<CombinationAgreementState, { status: 'none' }>): string[] {
  return [...s.signedBy, ...s.pccsEntered.map(pccParty), ...(s.secretaryOfStateJoined ? [SECRETARY_OF_STATE] : [])];
}

const validGrounds = (g: InterestsGround[]): boolean => g.length > 0 && g.every((x) => INTERESTS_GROUNDS.includes(x));

/**
 * The responsible authorities who must all be parties (s.5A(1)): from the partnerships'
 * records for the areas on record (a record with no authorities listed counts as not on
 * record). The request's list must name every recorded authority, and where every area
 * is on record nothing else; areas not on record rest on the request, with a finding.
 */
function authoritiesOnRecord(
  areas: string[],
  claimed: string[],
  partnerships: PartnershipOnRecord[] | undefined,
): { authorities: string[]; findings: RuleFinding[] } {
  if (partnerships === undefined) return { authorities: [...claimed], findings: [] };
  const recordFor = (area: string) =>
    partnerships.find((p) => p.areas.includes(area) && p.responsibleAuthorities.length > 0);
  const unrecorded = areas.filter((a) => !recordFor(a));
  const recorded = uniq(areas.flatMap((a) => recordFor(a)?.responsibleAuthorities ?? []));
  const omitted = recorded.filter((r) => !claimed.includes(r));
  requireRule(
    COMBINATION_RAS_NOT_AS_RECORDED,
    omitted.length === 0,
    `The partnership records list ${omitted.join(', ')} as responsible authorities for these areas; every one must be a party (s.5A(1)).`,
  );
  if (unrecorded.length === 0) {
    const extra = claimed.filter((r) => !recorded.includes(r));
    requireRule(
      COMBINATION_RAS_NOT_AS_RECORDED,
      extra.length === 0,
      `${extra.join(', ')} is not a responsible authority for these areas on the partnership records.`,
    );
    return { authorities: recorded, findings: [] };
  }
  const findings = checkRule(
    COMBINATION_RAS_UNVERIFIED,
    false,
    `No partnership record lists the responsible authorities for ${unrecorded.join(', ')}: those named for them are the request's word, not verified.`,
  );
  return { authorities: uniq(claimed), findings };
}

function decideRequestMerger(
  command: RequestMerger,
  state: CombinationAgreementState,
  ctx: DecisionContext,
): CombinationAgreementEvent[] {
  const d = command.data;
  requireNewCase(state, 'This merger has already been requested.');
  const notEngland = d.areas.filter((a) => a.country !== 'england');
  requireRule(
    COMBINATION_AREAS_IN_ENGLAND,
    d.areas.length >= 2 && notEngland.length === 0,
    d.areas.length < 2
      ? 'A combination covers two or more local government areas.'
      : `${notEngland.map((a) => a.name).join(', ')} is not in England.`,
  );
  const policeAreas = uniq(d.areas.flatMap((a) => a.policeAreas)).sort();
  requireRule(
    PROCESS_ORDER,
    policeAreas.includes(d.forceArea),
    `The combined area does not lie in the ${d.forceArea} police area.`,
  );
  const { authorities: responsibleAuthorities, findings } = authoritiesOnRecord(
    d.areas.map((a) => a.name),
    d.responsibleAuthorities,
    ctx.facts?.partnerships,
  );
  const strangers = d.requestingRAs.filter((r) => !responsibleAuthorities.includes(r));
  requireRule(
    COMBINATION_SIGNATORY_NOT_RA,
    responsibleAuthorities.length > 0 && strangers.length === 0,
    `${strangers.join(', ') || 'No authority'} is not a responsible authority for these areas.`,
  );
  return [
    {
      type: 'MergerRequested',
      data: {
        ...pick(d, 'forceArea', 'areas'),
        policeAreas,
        crossForce: policeAreas.length > 1,
        requestingRAs: [...d.requestingRAs],
        responsibleAuthorities,
        requestedOn: ctx.effectiveOn,
      },
      findings,
    },
  ];
}

type Open = Exclude<CombinationAgreementState, { status: 'none' }>;

function decideVaryAgreementOrTerminateAgreement(
  command: Extract<CombinationAgreementCommand, { type: 'VaryAgreement' | 'TerminateAgreement' }>,
  state: Exclude<CombinationAgreementState, { status: 'none' }>,
  ctx: DecisionContext,
): CombinationAgreementEvent[] {
  const d = command.data;
  requireStatus(state, ['in_force'], 'Only an agreement in force can be varied or terminated.');
  const missing = requiredParties(state).filter((p) => !command.data.agreedBy.includes(p));
  const findings = checkRule(
    COMBINATION_CHANGE_PARTIES_MISSING,
    missing.length === 0,
    `Not recorded as agreeing: ${missing.join(', ')}.`,
  );
  const parties = { agreementRef: d.documentRef, agreedBy: [...d.agreedBy] };
  const warnings = findings.length ? { findings } : {};
  if (command.type === 'VaryAgreement') {
    const data = { variation: command.data.variation, ...parties, variedOn: ctx.effectiveOn };
    return [{ type: 'CombinationAgreementVaried', data, ...warnings }];
  }
  const data = { reason: command.data.reason, ...parties, terminatedOn: ctx.effectiveOn };
  return [{ type: 'CombinationAgreementTerminated', data, ...warnings }];
}

/** Every act after the request, once the case exists and the act is made in writing. */
const decideWrittenStep = decideByAct<
  Open,
  Exclude<CombinationAgreementCommand, RequestMerger>,
  CombinationAgreementEvent
>({
  SignAgreement: (command, state, ctx) => {
    const d = command.data;
    requireStatus(state, ['requested'], 'Signatures are collected before the agreement is in force.');
    requireRule(
      COMBINATION_SIGNATORY_NOT_RA,
      state.responsibleAuthorities.includes(command.data.authority),
      `${command.data.authority} is not a responsible authority for the combined area.`,
    );
    requireRule(
      PROCESS_ORDER,
      !state.signedBy.includes(command.data.authority),
      `${command.data.authority} has already signed.`,
    );
    return [
      {
        type: 'MergerAgreementSignedByAuthority',
        data: { authority: command.data.authority, documentRef: d.documentRef, signedOn: ctx.effectiveOn },
      },
    ];
  },
  ApproveMerger: (command, state, ctx) => {
    const d = command.data;
    const c = command.data;
    requireStatus(state, ['requested'], 'The PCC enters before the agreement is in force.');
    requireRule(
      COMBINATION_PCC_NOT_PARTY,
      state.policeAreas.includes(c.pcc),
      `The combined area does not lie in the ${c.pcc} police area.`,
    );
    requireRule(
      PROCESS_ORDER,
      !state.pccsEntered.includes(c.pcc),
      `The PCC for ${c.pcc} has already entered the agreement.`,
    );
    requireRule(
      COMBINATION_PCC_INTERESTS_GROUND,
      validGrounds(c.interestsGrounds) && nonBlank(c.reasons),
      `State which s.5A(2) interest the merger serves (${INTERESTS_GROUNDS.join(', ')}) and why.`,
    );
    return [
      {
        type: 'MergerApproved',
        data: {
          pcc: c.pcc,
          interestsGrounds: [...c.interestsGrounds],
          reasons: c.reasons.trim(),
          documentRef: d.documentRef,
          approvedOn: ctx.effectiveOn,
        },
      },
    ];
  },
  JoinAsSecretaryOfState: (command, state, ctx) => {
    const d = command.data;
    const c = command.data;
    requireRule(
      COMBINATION_SOS_NOT_A_PARTY,
      state.crossForce,
      `The combined area lies wholly in the ${state.policeAreas[0]} police area; the Secretary of State is not a party.`,
    );
    requireRule(
      PROCESS_ORDER,
      state.status === 'requested' && !state.secretaryOfStateJoined,
      'The Secretary of State has already joined, or the agreement is already in force.',
    );
    requireRule(
      COMBINATION_SOS_GROUNDS,
      validGrounds(c.interestsGrounds) && nonBlank(c.reasons) && c.cooperationArrangementsAdequate === true,
      'The Secretary of State enters only if satisfied on a s.5A(2) interest and that the co-operation arrangements are adequate.',
    );
    return [
      {
        type: 'SecretaryOfStateJoinedAgreement',
        data: {
          interestsGrounds: [...c.interestsGrounds],
          reasons: c.reasons.trim(),
          cooperationArrangementsAdequate: true,
          documentRef: d.documentRef,
          joinedOn: ctx.effectiveOn,
        },
      },
    ];
  },
  BringAgreementIntoForce: (command, state, ctx) => {
    const d = command.data;
    const c = command.data;
    requireStatus(state, ['requested'], 'The agreement is already in force or has ended.');
    const have = partiesSoFar(state);
    const missing = requiredParties(state).filter((p) => !have.includes(p));
    requireRule(
      COMBINATION_PARTIES_INCOMPLETE,
      missing.length === 0,
      `Still to enter the agreement: ${missing.join(', ')}.`,
    );
    requireRule(
      COMBINATION_COOPERATION_ARRANGEMENTS_REQUIRED,
      !state.crossForce || nonBlank(c.cooperationArrangements),
      'The agreement spans police areas: record the co-operation arrangements between the PCCs it contains.',
    );
    return [
      {
        type: 'CombinationAgreementInForce',
        data: {
          combinedAreaName: c.combinedAreaName,
          agreementRef: d.documentRef,
          parties: requiredParties(state),
          cooperationArrangements: c.cooperationArrangements ?? null,
          inForceOn: ctx.effectiveOn,
        },
      },
    ];
  },
  VaryAgreement: decideVaryAgreementOrTerminateAgreement,
  TerminateAgreement: decideVaryAgreementOrTerminateAgreement,
});

export const combinationAgreement: Decider<
  CombinationAgreementState,
  CombinationAgreementCommand,
  CombinationAgreementEvent
> = {
  aggregateType: 'CombinationAgreement',
  streamPrefix: 'combination-agreement',
  eventTypes: COMBINATION_AGREEMENT_EVENT_TYPES,
  /*
   * Combination agreement (CDA 1998 s.5A): the responsible authorities request, sign,
   * and (as the combined partnership) record the agreement coming into force and any
   * variation or termination; each PCC enters by its own act; the Secretary of State is
   * a national body, recorded by admin.
   */
  commands: {
    RequestMerger: {
      label: 'Partnerships ask to merge',
      body: 'csp',
      legalBasis: 'CDA 1998 s.5A (preliminary request; practice per LGA guide)',
      creates: true,
      needs: ['partnerships'],
    },
    SignAgreement: {
      label: 'A partnership signs the combination agreement',
      body: 'csp',
      legalBasis: 'CDA 1998 s.5A(1)',
    },
    ApproveMerger: { label: 'The commissioner approves the merger', body: 'pcc', legalBasis: 'CDA 1998 s.5A(1)-(2)' },
    JoinAsSecretaryOfState: {
      label: 'The Home Secretary joins the agreement as a party',
      body: 'national',
      legalBasis: 'CDA 1998 s.5A(5)-(6)',
    },
    BringAgreementIntoForce: {
      label: 'The combination agreement comes into force',
      body: 'csp',
      legalBasis: 'CDA 1998 s.5(1A)-(1B), s.5A',
    },
    VaryAgreement: { label: 'The parties vary the combination agreement', body: 'csp', legalBasis: 'CDA 1998 s.5A(7)' },
    TerminateAgreement: {
      label: 'The parties end the combination agreement',
      body: 'csp',
      legalBasis: 'CDA 1998 s.5A(8)',
    },
  },

  initialState: unopened,

  // A cross-force agreement has a PCC party for each police area (CDA 1998 s.5A(3)-(6)).
  partyForceAreas: (state) => (state.status === 'none' ? [] : state.policeAreas),

  evolve: evolveCombinationAgreement,

  decide(command, state, ctx) {
    if (command.type === 'RequestMerger') return decideRequestMerger(command, state, ctx);
    const s = existingCase(state, 'No merger has been requested under this reference.');
    const d = command.data;
    requireRule(
      COMBINATION_NOT_IN_WRITING,
      d.inWriting === true && nonBlank(d.documentRef),
      'Record the written document this step is made by.',
    );

    return decideWrittenStep(command, s, ctx);
  },
};
