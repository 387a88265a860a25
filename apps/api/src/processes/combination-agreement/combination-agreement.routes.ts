import type { CombinationAgreementCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { ApproveMergerRequest, BringAgreementIntoForceRequest, JoinAsSecretaryOfStateRequest, RequestMergerRequest, SignAgreementRequest, TerminateAgreementRequest, VaryAgreementRequest } from './combination-agreement.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/**
 * CSP mergers (CDA 1998 s.5A): request → every RA signs → each PCC enters → the Secretary of
 * State joins when the area spans police areas → in force → varied / terminated.
 */
export const combinationAgreementRoutes = routeTable<CombinationAgreementCommand>()('CSP mergers (CDA 1998 s.5A)', {
  RequestMerger: { path: 'force-areas/:area/mergers', body: RequestMergerRequest, summary: 'Responsible authorities ask to combine their areas (non-binding)' },
  SignAgreement: { path: 'mergers/:id/signatures', body: SignAgreementRequest, summary: 'A responsible authority signs the agreement' },
  ApproveMerger: { path: 'mergers/:id/pcc-approvals', body: ApproveMergerRequest, summary: 'A PCC enters the agreement on a s.5A(2) interests ground' },
  JoinAsSecretaryOfState: { path: 'mergers/:id/secretary-of-state', body: JoinAsSecretaryOfStateRequest, summary: 'The Secretary of State joins a cross-force agreement (s.5A(5)-(6))' },
  BringAgreementIntoForce: { path: 'mergers/:id/commencement', body: BringAgreementIntoForceRequest, summary: 'The agreement comes into force once every party has entered it' },
  VaryAgreement: { path: 'mergers/:id/variations', body: VaryAgreementRequest, summary: 'The parties vary the agreement in writing (s.5A(7))' },
  TerminateAgreement: { path: 'mergers/:id/termination', body: TerminateAgreementRequest, summary: 'The parties end the agreement in writing (s.5A(8))' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const MERGER = { id: 'dartford-thurrock' };
const AGREEMENT = { documentRef: 'AGR-2014-01', inWriting: true };
const PARTIES = ['Dartford Borough Council', 'Thurrock Council', 'pcc:essex', 'pcc:kent', 'secretary-of-state'];

/** A merger across Kent and Essex: both councils sign, both PCCs enter it, the Secretary of State joins, then it is in force. */
export const combinationAgreementExamples: ExampleStep[] = [
  {
    op: 'RequestMerger',
    name: 'dartford-thurrock',
    summary: 'Dartford asks to combine with Thurrock, across two police areas',
    params: { area: 'kent' },
    value: {
      caseId: 'dartford-thurrock',
      areas: [
        { name: 'Dartford', country: 'england', policeAreas: ['kent'] },
        { name: 'Thurrock', country: 'england', policeAreas: ['essex'] },
      ],
      requestingRAs: ['Dartford Borough Council'],
      responsibleAuthorities: ['Dartford Borough Council', 'Thurrock Council'],
      effectiveAt: '2014-01-06',
    },
  },
  {
    op: 'SignAgreement',
    name: 'dartford',
    summary: 'Dartford Borough Council signs',
    params: MERGER,
    value: { ...AGREEMENT, authority: 'Dartford Borough Council', effectiveAt: '2014-02-01' },
  },
  {
    op: 'SignAgreement',
    name: 'thurrock',
    summary: 'Thurrock Council signs',
    params: MERGER,
    value: { ...AGREEMENT, authority: 'Thurrock Council', effectiveAt: '2014-02-01' },
  },
  {
    op: 'ApproveMerger',
    name: 'kent',
    summary: 'The Kent PCC enters the agreement on a s.5A(2) interests ground',
    params: MERGER,
    value: { ...AGREEMENT, pcc: 'kent', interestsGrounds: ['reducing_crime_and_disorder'], reasons: 'One partnership for the Thames crossing towns removes duplicated tasking', effectiveAt: '2014-03-01' },
  },
  {
    op: 'ApproveMerger',
    name: 'essex',
    summary: "The Essex PCC enters it too; Kent holds the case, so a national key records Essex's entry",
    params: MERGER,
    value: { ...AGREEMENT, pcc: 'essex', interestsGrounds: ['reducing_crime_and_disorder'], reasons: 'One partnership for the Thames crossing towns', effectiveAt: '2014-03-03' },
    recordedBy: { role: 'admin', forceArea: '*' },
  },
  {
    op: 'JoinAsSecretaryOfState',
    name: 'dartford-thurrock',
    summary: 'The Secretary of State joins the cross-force agreement',
    params: MERGER,
    value: { ...AGREEMENT, interestsGrounds: ['reducing_reoffending'], reasons: 'Shared probation delivery across the estuary', cooperationArrangementsAdequate: true, effectiveAt: '2014-03-20' },
    recordedBy: { role: 'admin', forceArea: '*' },
  },
  {
    op: 'BringAgreementIntoForce',
    name: 'dartford-thurrock',
    summary: 'The agreement comes into force once every party has entered it',
    params: MERGER,
    value: { ...AGREEMENT, combinedAreaName: 'Dartford and Thurrock Community Safety Partnership', cooperationArrangements: 'Joint tasking group chaired alternately by the two PCCs', effectiveAt: '2014-04-01' },
  },
  {
    op: 'VaryAgreement',
    name: 'dartford-thurrock',
    summary: 'Every party agrees in writing to vary it',
    params: MERGER,
    value: { documentRef: 'AGR-2015-02', inWriting: true, variation: 'Adds the Swanscombe ward to the combined area', agreedBy: PARTIES, effectiveAt: '2015-01-10' },
  },
  {
    op: 'TerminateAgreement',
    name: 'dartford-thurrock',
    summary: 'Every party agrees in writing to end it',
    params: MERGER,
    value: { documentRef: 'AGR-2016-01', inWriting: true, reason: 'The two partnerships are to work separately again', agreedBy: PARTIES, effectiveAt: '2016-03-31' },
  },
];
