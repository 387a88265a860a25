import { COMPLAINT_CLASSIFICATION, type ComplaintCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { erasePersonalData, receiveComplaint, updateComplainant } from './complaint.sealing';
import * as requests from './complaint.request';

/**
 * Complaints about the PCC or deputy handled by the panel (PRSRA 2011 Sch 7; SI 2012/62).
 * The complainant's details arrive in clear and are sealed in the personal-data vault
 * before the append; the log holds `{ subjectId, commitments }` only. Every complaint event
 * carries the complaint's classification (Sch 12A paras 1-2).
 */
export const complaintRoutes = routeTable<ComplaintCommand>()(
  'Complaints (PRSRA 2011 Sch 7; SI 2012/62)',
  requests,
  {
    ReceiveComplaint: {
      path: 'force-areas/:area/complaints',
      summary: 'The panel receives a complaint about the PCC or deputy PCC (the complainant is sealed, never stored)',
      run: receiveComplaint,
    },
    RecordComplaint: { path: 'complaints/:id/recording', summary: 'The panel records the complaint (reg 9)' },
    DecideNotToRecord: {
      path: 'complaints/:id/non-recording-decision',
      summary: 'The panel decides not to record the complaint, with grounds (reg 10)',
    },
    ReferToIPCC: {
      path: 'complaints/:id/referral',
      summary: 'The panel refers the complaint to the IPCC (reg 13; late referral is flagged)',
    },
    RecordReferralBack: {
      path: 'complaints/:id/referral-back',
      summary: 'The IPCC refers the complaint back to the panel (reg 14(2))',
    },
    DisapplyRequirements: {
      path: 'complaints/:id/disapplication',
      summary: 'The panel sets the requirements aside on a reg 15(3) ground',
    },
    StartInformalResolution: {
      path: 'complaints/:id/informal-resolution',
      summary: 'Informal resolution starts (reg 28)',
    },
    RecordInformalResolutionOutcome: {
      path: 'complaints/:id/informal-resolution/outcome',
      summary: 'The outcome of informal resolution is recorded (reg 28(12)-(13))',
    },
    WithdrawComplaint: {
      path: 'complaints/:id/withdrawal',
      summary: 'The complainant withdraws the complaint (reg 16)',
    },
    UpdateComplainant: {
      path: 'complaints/:id/complainant-updates',
      summary: 'The complainant was kept informed; new contact details are sealed (regs 32-33)',
      run: updateComplainant,
    },
    ErasePersonalData: {
      path: 'complaints/:id/erasure',
      summary: 'Erase the complainant’s personal data (key deleted; commitments and proofs stay)',
      run: erasePersonalData,
    },
  },
  { classification: COMPLAINT_CLASSIFICATION },
);
