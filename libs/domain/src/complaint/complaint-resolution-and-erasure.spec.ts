import { C1, C2, irStarted, received, recorded, startBySubCommittee, startInformally } from '../testing/complaint';
import { on, spec } from '../testing/spec';
import { foldStream } from '../core/fold';
import { complaint as decider, ComplaintState } from './complaint.decider';

describe('Complaint: disapplication, informal resolution, withdrawal and erasure (PRSRA 2011 Sch 7; SI 2012/62)', () => {
  it('disapplies only on a reg 15 ground', () => {
    spec(decider)
      .given(received, recorded)
      .when({
        type: 'DisapplyRequirements',
        data: { reg15Ground: 'z_because' as never, reasons: 'x', action: 'no_action' },
      })
      .thenThrows('COMPLAINT_DISAPPLICATION_GROUND_REQUIRED');
    spec(decider)
      .given(received, recorded)
      .when(
        {
          type: 'DisapplyRequirements',
          data: { reg15Ground: 'f_repetitious', reasons: 'Same complaint as ref 2013/4', action: 'no_action' },
        },
        { effectiveOn: '2014-03-20' },
      )
      .then([
        {
          type: 'ComplaintDisapplied',
          data: {
            reg15Ground: 'f_repetitious',
            reasons: 'Same complaint as ref 2013/4',
            action: 'no_action',
            decidedOn: '2014-03-20',
          },
        },
      ]);
  });

  it('never delegates informal resolution to a relevant office holder (reg 28(4))', () => {
    spec(decider)
      .given(received, recorded)
      .when(startInformally('other_person', 'Deputy PCC', true))
      .thenThrows('COMPLAINT_RESOLVER_IS_OFFICE_HOLDER');
    spec(decider).given(received, recorded).when(startBySubCommittee, { effectiveOn: '2014-03-10' }).then([irStarted]);
  });

  it('publishes an outcome record only with a public-interest finding (reg 28(12)-(13))', () => {
    const reason = 'Concerns the conduct of public meetings';
    /** Given an informal resolution under way, the panel records its outcome, copied to both on 2 April. */
    const recordOutcome = (data: { publish: boolean; publicInterestReason?: string }) =>
      spec(decider)
        .given(received, recorded, irStarted)
        .when(
          { type: 'RecordInformalResolutionOutcome', data: { copiedToBothOn: '2014-04-02', ...data } },
          { effectiveOn: '2014-04-10' },
        );
    const recordedOutcome = (published: boolean, publicInterestReason: string | null) => ({
      type: 'InformalResolutionOutcomeRecorded' as const,
      data: { recordedOn: '2014-04-10', copiedToBothOn: '2014-04-02', published, publicInterestReason },
    });
    recordOutcome({ publish: true }).thenThrows('COMPLAINT_PUBLISHED_WITHOUT_PUBLIC_INTEREST');
    recordOutcome({ publish: true, publicInterestReason: reason }).then([recordedOutcome(true, reason)]);
    recordOutcome({ publish: false }).then([recordedOutcome(false, null)]);
  });

  it('withdraws an open complaint only', () => {
    spec(decider)
      .given(received)
      .when({ type: 'WithdrawComplaint', data: {} }, { effectiveOn: '2014-03-05' })
      .then([{ type: 'ComplaintWithdrawn', data: { withdrawnOn: '2014-03-05' } }]);
    spec(decider)
      .given(received, { type: 'ComplaintWithdrawn', data: { withdrawnOn: '2014-03-05' } })
      .when({ type: 'WithdrawComplaint', data: {} })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider).given().when({ type: 'WithdrawComplaint', data: {} }).thenThrows('CASE_NOT_FOUND');
  });

  it('keeps the complainant informed, with new details only as commitments', () => {
    const C3 = 'c'.repeat(64);
    spec(decider)
      .given(received)
      .when(
        {
          type: 'UpdateComplainant',
          data: { informedOf: 'Complaint recorded', commitments: { 'complainant.email': C3 } },
        },
        { effectiveOn: '2014-03-04' },
      )
      .then([
        {
          type: 'ComplainantUpdated',
          data: { informedOf: 'Complaint recorded', commitments: { 'complainant.email': C3 }, updatedOn: '2014-03-04' },
        },
      ]);
    spec(decider)
      .given(received)
      .when({
        type: 'UpdateComplainant',
        data: { informedOf: 'x', commitments: { 'complainant.email': 'jane@example.org' } },
      })
      .thenThrows('COMPLAINT_PERSONAL_DATA_IN_CLEAR');
  });

  it('erases personal data: the case marks the complainant as erased and keeps the commitments', () => {
    const erase = {
      type: 'ErasePersonalData' as const,
      data: {
        subjectId: 'subj-0001',
        commitments: [C1, C2],
        authority: 'Data protection officer decision DP-7',
        reason: 'Retention period ended',
      },
    };
    const [e] = spec(decider)
      .given(received)
      .when(erase, { effectiveOn: '2020-01-10' })
      .then([{ type: 'PersonalDataErased', data: { ...erase.data, erasedOn: '2020-01-10' } }]);
    const state = foldStream(decider, [on('2014-03-03', received), on('2020-01-10', e)]) as Exclude<
      ComplaintState,
      { status: 'none' }
    >;
    expect(state.complainant.erased).toBe(true);
    expect(state.complainant.commitments).toEqual({ 'complainant.name': C1, 'complainant.email': C2 });
    spec(decider).given(received, e).when(erase).thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given(received, e)
      .when({
        type: 'UpdateComplainant',
        data: { informedOf: 'x', commitments: { 'complainant.name': 'd'.repeat(64) } },
      })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('rejects erasure of an unknown subject or commitment, or without authority', () => {
    spec(decider)
      .given(received)
      .when({
        type: 'ErasePersonalData',
        data: { subjectId: 'subj-9', commitments: [C1], authority: 'DPO', reason: 'r' },
      })
      .thenThrows('PERSONAL_DATA_SUBJECT_UNKNOWN');
    spec(decider)
      .given(received)
      .when({
        type: 'ErasePersonalData',
        data: { subjectId: 'subj-0001', commitments: ['f'.repeat(64)], authority: 'DPO', reason: 'r' },
      })
      .thenThrows('PERSONAL_DATA_SUBJECT_UNKNOWN');
    spec(decider)
      .given(received)
      .when({
        type: 'ErasePersonalData',
        data: { subjectId: 'subj-0001', commitments: [C1], authority: ' ', reason: 'r' },
      })
      .thenThrows('PERSONAL_DATA_ERASURE_AUTHORITY_REQUIRED');
  });
});
