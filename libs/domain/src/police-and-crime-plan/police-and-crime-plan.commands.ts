import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { CopyRecipientKind } from './police-and-crime-plan.events';
import type { PublicationUrl } from '../publication';

export type DraftPlan = Command<
  'DraftPlan',
  {
    forceArea: string;
    title: string;
    /**
     * Optional. The election is taken from the force area's record; a poll date sent here
     * must match it, and is used (with a finding) only when no election is on record.
     */
    electionPollDate?: IsoDate | null;
  }
>;
export type ConsultChiefConstable = Command<'ConsultChiefConstable', Record<string, never>>;
export type SendDraftToPanel = Command<'SendDraftToPanel', Record<string, never>>;
export type MakePlanReport = Command<'MakePlanReport', { recommendations: string[] }>;
export type PublishPlanResponse = Command<'PublishPlanResponse', PublicationUrl>;
interface IssueData {
  /** Who issues: an acting commissioner cannot issue or vary a plan (s.62(4)). */
  issuedBy: 'commissioner' | 'acting_commissioner';
  /** True if the issued text differs from the draft sent to the panel. */
  changedFromDraft: boolean;
  /** With no panel report: the PCC's record that the reasonable time allowed has passed (s.5(6)(c)). */
  reasonableTimeElapsed?: boolean;
}
export type IssuePlan = Command<'IssuePlan', IssueData & { periodFrom: IsoDate; periodTo: IsoDate }>;
export type PublishPlan = Command<'PublishPlan', PublicationUrl>;
export type SendPlanCopy = Command<'SendPlanCopy', { recipient: string; recipientKind: CopyRecipientKind }>;
export type DraftPlanVariation = Command<'DraftPlanVariation', { description: string }>;
export type IssuePlanVariation = Command<'IssuePlanVariation', IssueData>;

export type PoliceAndCrimePlanCommand =
  | DraftPlan
  | ConsultChiefConstable
  | SendDraftToPanel
  | MakePlanReport
  | PublishPlanResponse
  | IssuePlan
  | PublishPlan
  | SendPlanCopy
  | DraftPlanVariation
  | IssuePlanVariation;
