import { pick } from '../core/pick';
import { evolveOnCase } from '../core/evolve-on-case';
import { ComplaintEvent } from './complaint.events';
import { ComplaintState } from './complaint.state';

/** What a complaint has not had done to it when it arrives. */
const NOT_YET_HANDLED = { recordedOn: null, referralDueOn: null, referredOn: null, outcomePublished: false } as const;

/** The case after one more of its events (pure: `state` is not changed). */
export const evolveComplaint = evolveOnCase<ComplaintState, ComplaintEvent, 'ComplaintReceived'>(
  {
    ComplaintReceived: ({ data: d }) => {
      const { commitments } = d.complainant;
      const complainant = {
        ...pick(d.complainant, 'subjectId', 'commitments'),
        allCommitments: Object.values(commitments),
      };
      return {
        status: 'received',
        ...pick(d, 'forceArea', 'against'),
        complainant: { ...complainant, erased: false },
        criminalAllegation: d.criminalAllegation,
        criminalClearOn: d.criminalAllegation ? d.receivedOn : null,
        receivedOn: d.receivedOn,
        ...NOT_YET_HANDLED,
      };
    },
  },
  {
    ComplaintRecorded: ({ data }, s) => ({
      ...s,
      status: 'recorded',
      ...pick(data, 'recordedOn', 'criminalAllegation'),
      criminalClearOn: data.criminalAllegation ? (s.criminalClearOn ?? data.recordedOn) : null,
    }),
    ComplaintNotRecorded: (_, s) => ({ ...s, status: 'not_recorded' }),
    ComplaintReferredToIPCC: ({ data }, s) => ({
      ...s,
      status: 'referred_to_ipcc',
      ...pick(data, 'referralDueOn', 'referredOn'),
    }),
    ComplaintReferredBack: (_, s) => ({ ...s, status: 'referred_back' }),
    ComplaintDisapplied: (_, s) => ({ ...s, status: 'disapplied' }),
    InformalResolutionStarted: (_, s) => ({ ...s, status: 'informal_resolution' }),
    InformalResolutionOutcomeRecorded: ({ data }, s) => ({
      ...s,
      status: 'resolved',
      outcomePublished: data.published,
    }),
    ComplaintWithdrawn: (_, s) => ({ ...s, status: 'withdrawn' }),
    ComplainantUpdated: ({ data }, s) => {
      const next = data.commitments;
      if (!next) return s;
      const all = [...new Set([...s.complainant.allCommitments, ...Object.values(next)])];
      return {
        ...s,
        complainant: {
          ...s.complainant,
          commitments: { ...s.complainant.commitments, ...next },
          allCommitments: all,
        },
      };
    },
    PersonalDataErased: (_, s) => ({ ...s, complainant: { ...s.complainant, erased: true } }),
  },
);
