import { decideOnCase, Decider, requireNewCase, unopened } from '../core/decider';
import { evolveOnCase } from '../core/evolve-on-case';
import { addDays, endOfMonth, IsoDate, isOnOrBefore } from '../core/calendar';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { flagLate, PROCESS_ORDER, requireRule } from '../core/rules';
import type { GrantCommand } from './grant.commands';
import { GRANT_EVENT_TYPES, GrantEvent } from './grant.events';
import {
  GRANT_AMOUNT_INVALID,
  GRANT_OPINION_REQUIRED,
  GRANT_PUBLICATION_LATE,
  GRANT_REPAYMENT_NO_CONDITION,
} from './grant.rules';
import { nonBlank } from '../core/text';
import { pick } from '../core/pick';

/** DOMAIN.md §4.13: Awarded → Published → (RepaymentRequired)*. */
export type GrantState =
  | { status: 'none' }
  | {
      status: 'awarded' | 'published';
      forceArea: string;
      conditions: string[];
      awardedOn: IsoDate;
      publicationDueOn: IsoDate | null;
      publishedOn: IsoDate | null;
      repayments: number;
    };

/**
 * The monthly publication cycle (SI 2011/3050 Sch para 14: monthly, as soon as practicable
 * after the month ends). Our due date: the last day of the month after the award month.
 */
export function grantPublicationDueOn(awardedOn: IsoDate): IsoDate {
  return endOfMonth(addDays(endOfMonth(awardedOn), 1));
}

export const grant: Decider<GrantState, GrantCommand, GrantEvent> = {
  aggregateType: 'Grant',
  streamPrefix: 'grant',
  eventTypes: GRANT_EVENT_TYPES,
  /*
   * Grant (PRSRA 2011 s.9; SI 2011/3050): the PCC's.
   */
  commands: {
    AwardGrant: {
      label: 'The commissioner awards a crime and disorder grant',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.9',
      creates: true,
    },
    PublishGrant: {
      label: 'The commissioner publishes the grant',
      body: 'pcc',
      legalBasis: 'SI 2011/3050 Sch para 3(f)',
    },
    RequireGrantRepayment: {
      label: 'The commissioner requires the grant to be repaid',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.9(2)',
    },
  },

  initialState: unopened,

  evolve: evolveOnCase<GrantState, GrantEvent, 'GrantAwarded'>(
    {
      GrantAwarded: ({ data }) => ({
        status: 'awarded',
        ...pick(data, 'forceArea', 'conditions', 'awardedOn', 'publicationDueOn'),
        publishedOn: null,
        repayments: 0,
      }),
    },
    {
      GrantPublished: ({ data }, s) => ({ ...s, status: 'published', publishedOn: data.publishedOn }),
      GrantRepaymentRequired: (_, s) => ({ ...s, repayments: s.repayments + 1 }),
    },
  ),

  decide: decideOnCase<GrantState, GrantCommand, GrantEvent, 'AwardGrant'>(
    'AwardGrant',
    (command, state, ctx) => {
      const d = command.data;
      requireNewCase(state, 'This grant is already on the record.');
      requireRule(
        GRANT_OPINION_REQUIRED,
        nonBlank(d.recipient) && nonBlank(d.purpose) && nonBlank(d.reasons),
        'Record the recipient, the purpose and why the grant will help reduce crime and disorder (s.9).',
      );
      requireRule(
        GRANT_AMOUNT_INVALID,
        d.amount === null || (Number.isFinite(d.amount) && d.amount > 0),
        `${d.amount} is not a valid grant amount.`,
      );
      const known = d.awardDateKnown ?? true;
      return [
        {
          type: 'GrantAwarded',
          data: {
            forceArea: d.forceArea,
            recipient: d.recipient.trim(),
            amount: d.amount,
            purpose: d.purpose.trim(),
            conditions: [...d.conditions],
            reasons: d.reasons.trim(),
            period: d.period ?? null,
            awardedOn: ctx.effectiveOn,
            awardDateKnown: known,
            publicationDueOn: known ? grantPublicationDueOn(ctx.effectiveOn) : null,
          },
        },
      ];
    },
    'No grant under this reference.',
    {
      PublishGrant: (command, s, ctx) => {
        requireRule(PROCESS_ORDER, s.status === 'awarded', 'This grant has already been published.');
        const findings = s.publicationDueOn
          ? flagLate(
              GRANT_PUBLICATION_LATE,
              isOnOrBefore(ctx.effectiveOn, s.publicationDueOn),
              `Awarded on ${s.awardedOn}; due in the monthly publication by ${s.publicationDueOn}; published ${ctx.effectiveOn}.`,
            )
          : [];
        return [
          { type: 'GrantPublished', data: { publishedOn: ctx.effectiveOn, url: command.data.url ?? null }, findings },
        ];
      },
      RequireGrantRepayment: (command, s, ctx) => {
        const d = command.data;
        requireRule(
          GRANT_REPAYMENT_NO_CONDITION,
          s.conditions.includes(d.conditionRelied) && nonBlank(d.reason),
          `"${d.conditionRelied}" is not a condition of this grant.`,
        );
        return [
          {
            type: 'GrantRepaymentRequired',
            data: {
              amount: d.amount ?? null,
              conditionRelied: d.conditionRelied,
              reason: d.reason.trim(),
              requiredOn: ctx.effectiveOn,
            },
          },
        ];
      },
    },
  ),

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none' || !state.publicationDueOn) return [];
    return [
      deadlineOf(GRANT_PUBLICATION_LATE, {
        key: 'grant.publication',
        label: 'Publish the grant (recipient, purpose, conditions, reasons) in the monthly cycle',
        dueOn: state.publicationDueOn,
        startsOn: state.awardedOn,
        completedOn: state.publishedOn,
        owner: 'pcc',
      }),
    ];
  },
};
