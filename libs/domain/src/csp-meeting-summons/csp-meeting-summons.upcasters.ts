import type { Upcaster } from '../core/upcasting';

/**
 * MeetingSummonsIssued v1 → v2: v2 records the number of representatives each authority
 * must send (reg 14A(2)(b)). A v1 summons did not record one, so it reads as null: the
 * summons specified no number.
 */
export const upcastMeetingSummonsIssuedV1: Upcaster = (data) => ({
  ...data,
  repsPerAuthority: data.repsPerAuthority ?? null,
});
