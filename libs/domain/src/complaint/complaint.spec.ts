import {
  criminalReceived,
  criminalRecorded,
  irStarted,
  receive,
  received,
  recorded,
  referToIpcc,
  referredBack,
  referredToIpcc,
  startBySubCommittee,
  startInformally,
} from '../testing/complaint';
import { on, spec } from '../testing/spec';
import { deadlinesAsAt, foldStream } from '../core/fold';
import { complaint as decider } from './complaint.decider';
import type { ReceiveComplaint } from './complaint.commands';
import { COMPLAINT_EVENT_TYPES } from './complaint.events';

describe('Complaint (PRSRA 2011 Sch 7; SI 2012/62)', () => {
  it('receives a complaint with the complainant as commitments only, held exempt (Sch 12A paras 1-2)', () => {
    const [e] = spec(decider).given().when(receive, { effectiveOn: '2014-03-03' }).then([received]);
    expect(JSON.stringify(e)).not.toMatch(/@|Smith/);
  });

  it('rejects a complainant carried in clear', () => {
    const withName = {
      ...receive,
      data: { ...receive.data, complainant: { ...receive.data.complainant, name: 'Jane Smith' } },
    } as ReceiveComplaint;
    spec(decider).given().when(withName).thenThrows('COMPLAINT_PERSONAL_DATA_IN_CLEAR');
    const emailId = {
      ...receive,
      data: { ...receive.data, complainant: { subjectId: 'jane@example.org', commitments: {} } },
    };
    spec(decider).given().when(emailId).thenThrows('COMPLAINT_PERSONAL_DATA_IN_CLEAR');
    const clearValue = {
      ...receive,
      data: {
        ...receive.data,
        complainant: { subjectId: 'subj-1', commitments: { 'complainant.name': 'Jane Smith' } },
      },
    };
    spec(decider).given().when(clearValue).thenThrows('COMPLAINT_PERSONAL_DATA_IN_CLEAR');
  });

  it('has no panel investigation event (Sch 7 para 3(2))', () => {
    expect(Object.keys(COMPLAINT_EVENT_TYPES).filter((t) => /investigat/i.test(t))).toEqual([]);
  });

  it('records a complaint, and a decision not to record needs grounds (reg 10)', () => {
    spec(decider)
      .given(received)
      .when({ type: 'RecordComplaint', data: {} }, { effectiveOn: '2014-03-04' })
      .then([recorded]);
    spec(decider)
      .given(received)
      .when({ type: 'DecideNotToRecord', data: { grounds: ' ', notifiedOn: '2014-03-05' } })
      .thenThrows('COMPLAINT_NOT_RECORDED_GROUNDS_REQUIRED');
    spec(decider)
      .given(received)
      .when(
        { type: 'DecideNotToRecord', data: { grounds: 'Not about the conduct of the PCC', notifiedOn: '2014-03-05' } },
        { effectiveOn: '2014-03-05' },
      )
      .then([
        {
          type: 'ComplaintNotRecorded',
          data: { grounds: 'Not about the conduct of the PCC', notifiedOn: '2014-03-05', decidedOn: '2014-03-05' },
        },
      ]);
  });

  it('flags (⚠️) a criminal complaint recorded after the day following receipt', () => {
    spec(decider)
      .given(on('2014-03-03', criminalReceived))
      .when({ type: 'RecordComplaint', data: {} }, { effectiveOn: '2014-03-04' })
      .thenFlags();
    const [e] = spec(decider)
      .given(on('2014-03-03', criminalReceived))
      .when({ type: 'RecordComplaint', data: {} }, { effectiveOn: '2014-03-06' })
      .thenFlags('COMPLAINT_RECORDING_LATE');
    expect(e.findings?.[0].confidence).toBe('unconfirmed');
  });

  it('refers a criminal allegation by the end of the next day, and flags a late referral', () => {
    spec(decider)
      .given(on('2014-03-03', criminalReceived), on('2014-03-04', criminalRecorded))
      .when(referToIpcc, { effectiveOn: '2014-03-04' })
      .then([referredToIpcc]);
    const [late] = spec(decider)
      .given(on('2014-03-03', criminalReceived), on('2014-03-04', criminalRecorded))
      .when(referToIpcc, { effectiveOn: '2014-03-07' })
      .thenFlags('COMPLAINT_REFERRAL_LATE');
    expect(late.type).toBe('ComplaintReferredToIPCC');
  });

  it('refers as a serious complaint only a criminal allegation', () => {
    spec(decider).given(received, recorded).when(referToIpcc).thenThrows('COMPLAINT_REFERRAL_NOT_CRIMINAL');
  });

  it('never informally resolves or sets aside a criminal allegation', () => {
    spec(decider)
      .given(criminalReceived, criminalRecorded)
      .when(startInformally('panel', 'Panel'))
      .thenThrows('COMPLAINT_CRIMINAL_MUST_BE_REFERRED');
    spec(decider)
      .given(criminalReceived, criminalRecorded)
      .when({
        type: 'DisapplyRequirements',
        data: { reg15Ground: 'e_vexatious', reasons: 'Abusive', action: 'no_action' },
      })
      .thenThrows('COMPLAINT_CRIMINAL_MUST_BE_REFERRED');
  });

  it('given a criminal allegation the IPCC referred back (SI 2012/62 reg 14(2)(a)), when the panel starts informal resolution, then it is recorded in the same case (regs 27-28(1))', () => {
    spec(decider)
      .given(criminalReceived, criminalRecorded, referredToIpcc, referredBack)
      .when(startBySubCommittee, { effectiveOn: '2014-04-10' })
      .then([{ ...irStarted, data: { ...irStarted.data, startedOn: '2014-04-10' } }]);
  });

  it('records the IPCC referring a complaint back', () => {
    spec(decider)
      .given(criminalReceived, criminalRecorded, referredToIpcc)
      .when({ type: 'RecordReferralBack', data: { ipccReference: 'IPCC/2014/001' } }, { effectiveOn: '2014-04-01' })
      .then([referredBack]);
  });

  it('shows the recording and referral deadlines as at any date', () => {
    const state = foldStream(decider, [on('2014-03-03', criminalReceived)]);
    const at = (d: string) => Object.fromEntries(deadlinesAsAt(decider, state, d).map((x) => [x.key, x.status]));
    expect(at('2014-03-04')).toEqual({ 'complaint.recording': 'outstanding', 'complaint.referral': 'outstanding' });
    expect(at('2014-03-05')).toEqual({ 'complaint.recording': 'no_record', 'complaint.referral': 'no_record' });
    expect(deadlinesAsAt(decider, foldStream(decider, [on('2014-03-03', received)]), '2014-06-01')).toEqual([]);
  });

  it('records a criminal allegation as not criminal only with a stated reason, and keeps the reason on the act', () => {
    spec(decider)
      .given(on('2014-03-03', criminalReceived))
      .when({ type: 'RecordComplaint', data: { criminalAllegation: false } }, { effectiveOn: '2014-03-04' })
      .thenThrows('COMPLAINT_CRIMINAL_DOWNGRADE_REASON');
    const [e] = spec(decider)
      .given(on('2014-03-03', criminalReceived))
      .when(
        {
          type: 'RecordComplaint',
          data: { criminalAllegation: false, reassessmentReason: 'The complainant withdrew the fraud allegation' },
        },
        { effectiveOn: '2014-03-04' },
      )
      .thenFlags('COMPLAINT_CRIMINAL_DOWNGRADE_REASON');
    expect(e.findings![0].message).toContain('withdrew the fraud allegation');
    // Confirming the allegation needs no reason.
    spec(decider)
      .given(on('2014-03-03', criminalReceived))
      .when({ type: 'RecordComplaint', data: { criminalAllegation: true } }, { effectiveOn: '2014-03-04' })
      .thenFlags();
  });
});
