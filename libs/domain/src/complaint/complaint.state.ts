import { IsoDate } from '../core/calendar';
import { ComplaintAgainst } from './complaint.events';

/*
 * A complaint's state, and the statuses in which it is still open (SI 2012/62).
 */
/**
 * DOMAIN.md §4.12: Received → Recorded | NotRecorded → ReferredToIPCC → ReferredBack |
 * Disapplied | InformalResolution → Resolved; Withdrawn at any open point.
 * There is deliberately no "investigation" step for the panel (Sch 7 para 3(2)):
 * investigation is the IPCC's, after a referral.
 */
export type ComplaintStatus =
  | 'received'
  | 'recorded'
  | 'not_recorded'
  | 'referred_to_ipcc'
  | 'referred_back'
  | 'disapplied'
  | 'informal_resolution'
  | 'resolved'
  | 'withdrawn';

export interface ComplainantState {
  subjectId: string;
  /** Current field path → commitment (replaced by ComplainantUpdated). */
  commitments: { [fieldPath: string]: string };
  /** Every commitment this case has ever held for the subject. */
  allCommitments: string[];
  erased: boolean;
}

export type ComplaintState =
  | { status: 'none' }
  | {
      status: ComplaintStatus;
      forceArea: string;
      against: ComplaintAgainst;
      complainant: ComplainantState;
      criminalAllegation: boolean;
      /** Day it first became clear the complaint must be referred (criminal on its face: receipt). */
      criminalClearOn: IsoDate | null;
      receivedOn: IsoDate;
      recordedOn: IsoDate | null;
      referralDueOn: IsoDate | null;
      referredOn: IsoDate | null;
      outcomePublished: boolean;
    };

export type Received = Exclude<ComplaintState, { status: 'none' }>;
