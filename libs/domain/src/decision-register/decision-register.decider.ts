import { assertNever, decideOnCase, Decider, DecisionContext, requireNewCase, unopened } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import { Access, validateSourceDocument } from '../core/provenance';
import { PROCESS_ORDER, requireRule } from '../core/rules';
import type { DecisionRegisterCommand, DocumentAccess, OpenDecisionRegister } from './decision-register.commands';
import { pick } from '../core/pick';
import { DECISION_REGISTER_EVENT_TYPES, DecisionRegisterEvent, RecordedAccess } from './decision-register.events';
import {
  DECISION_RECORD_PUBLICATION_INVALID,
  DECISION_SPI_RECORD_REQUIRED,
  DOCUMENT_CLASSIFICATION_INVALID,
  DOCUMENT_EXEMPT_PUBLIC_INTEREST_REQUIRED,
  DOCUMENT_RECLASSIFICATION_REASON_REQUIRED,
  SPECIFIED_INFORMATION_PARA_UNKNOWN,
} from './decision-register.rules';
import { nonBlank } from '../core/text';

export interface RegisteredDecision {
  decisionRef: string;
  significantPublicInterest: boolean;
  decidedOn: IsoDate;
  recordPublishedOn: IsoDate | null;
}

export interface RegisteredDocument {
  access: Access;
  exemptParas: number[];
}

/** One register per PCC office (caseId = police area). */
export type DecisionRegisterState =
  | { status: 'none' }
  | {
      status: 'open';
      forceArea: string;
      decisions: Record<string, RegisteredDecision>;
      documents: Record<string, RegisteredDocument>;
      publications: number;
    };
/**
 * Paragraphs 1-8 of the SI 2011/3050 Schedule Part 1 (as made; para 8 is independent
 * custody visitors, published quarterly under para 13), optionally with a sub-paragraph
 * letter: "5", "3(f)", "8".
 */
const ORDER_PARA_RE = /^[1-8](\([a-z]\))?$/;

/** Decisions of significant public interest whose record has not been published (SI 2011/3050 Sch para 5). */
export function unpublishedSignificantDecisions(state: DecisionRegisterState): RegisteredDecision[] {
  if (state.status === 'none') return [];
  return Object.values(state.decisions).filter((d) => d.significantPublicInterest && d.recordPublishedOn === null);
}

/**
 * A document's access as an event records it (paras deduplicated and sorted), once it passes
 * the Sch 12A checks that classifying and reclassifying share.
 */
function checkedClassification(d: DocumentAccess): RecordedAccess {
  const { access, publicInterestReason, documentRef: ref } = d;
  const exemptParas = [...new Set(d.exemptParas ?? [])].sort((a, b) => a - b);
  const problems = validateSourceDocument({
    ref,
    title: ref,
    body: '',
    date: null,
    access,
    exemptParas,
    purpose: null,
  });
  requireRule(DOCUMENT_CLASSIFICATION_INVALID, problems.length === 0, `Document ${ref}: ${problems.join('; ')}.`);
  requireRule(
    DOCUMENT_EXEMPT_PUBLIC_INTEREST_REQUIRED,
    access === 'open' || nonBlank(publicInterestReason),
    `Document ${ref} is exempt: record why the public interest in keeping it exempt outweighs disclosure.`,
  );
  return { access, exemptParas, publicInterestReason: publicInterestReason ?? null };
}

/** A copy whose collections the caller may change without touching `state`'s. */
function ownCopy(state: DecisionRegisterState): DecisionRegisterState {
  return state.status === 'none'
    ? state
    : { ...state, decisions: { ...state.decisions }, documents: { ...state.documents } };
}

/** Changes the register's collections in place: O(1) per event (see Decider.evolveOwned). */
function evolveOwned(state: DecisionRegisterState, event: DecisionRegisterEvent): DecisionRegisterState {
  if (event.type === 'DecisionRegisterOpened')
    return { status: 'open', forceArea: event.data.forceArea, decisions: {}, documents: {}, publications: 0 };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DecisionRecorded': {
      const d = event.data;
      state.decisions[d.decisionRef] = {
        ...pick(d, 'decisionRef', 'significantPublicInterest', 'decidedOn'),
        recordPublishedOn: null,
      };
      return state;
    }
    case 'SpecifiedInformationPublished': {
      const ref = event.data.decisionRef;
      const decision = ref ? state.decisions[ref] : undefined;
      if (ref && decision)
        state.decisions[ref] = { ...decision, recordPublishedOn: decision.recordPublishedOn ?? event.data.publishedOn };
      return { ...state, publications: state.publications + 1 };
    }
    case 'DocumentClassified':
    case 'DocumentReclassified':
      state.documents[event.data.documentRef] = { access: event.data.access, exemptParas: event.data.exemptParas };
      return state;
    default:
      return assertNever(event, 'event');
  }
}

function decideOpenDecisionRegister(
  command: OpenDecisionRegister,
  state: DecisionRegisterState,
  ctx: DecisionContext,
): DecisionRegisterEvent[] {
  requireNewCase(state, 'This register is already open.');
  return [
    {
      type: 'DecisionRegisterOpened',
      data: { forceArea: command.data.forceArea, office: command.data.office, openedOn: ctx.effectiveOn },
    },
  ];
}

export const decisionRegister: Decider<DecisionRegisterState, DecisionRegisterCommand, DecisionRegisterEvent> = {
  aggregateType: 'DecisionRegister',
  streamPrefix: 'decision-register',
  eventTypes: DECISION_REGISTER_EVENT_TYPES,
  /*
   * Decision register (PRSRA 2011 s.11; SI 2011/3050; Sch 12A): the PCC office's own register.
   */
  commands: {
    OpenDecisionRegister: {
      label: 'The commissioner opens the register of decisions',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.11; SI 2011/3050',
      creates: true,
    },
    RecordDecision: {
      label: 'The commissioner records a decision',
      body: 'pcc',
      legalBasis: 'SI 2011/3050 Sch para 5',
    },
    PublishSpecifiedInformation: {
      label: 'The commissioner publishes information the law requires to be published',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.11; SI 2011/3050',
    },
    ClassifyDocument: {
      label: 'The commissioner decides whether a document is open to the public',
      body: 'pcc',
      legalBasis: 'LGA 1972 Sch 12A (as applied by SI 2012/2734)',
    },
    ReclassifyDocument: {
      label: 'The commissioner changes whether a document is open to the public',
      body: 'pcc',
      legalBasis: 'LGA 1972 Sch 12A (as applied by SI 2012/2734)',
    },
  },

  initialState: unopened,

  evolve: (state, event) => evolveOwned(ownCopy(state), event),
  evolveOwned,

  decide: decideOnCase<DecisionRegisterState, DecisionRegisterCommand, DecisionRegisterEvent, 'OpenDecisionRegister'>(
    'OpenDecisionRegister',
    decideOpenDecisionRegister,
    'There is no decision register for this office yet.',
    {
      RecordDecision: (command, state, ctx) => {
        const d = command.data;
        requireRule(
          PROCESS_ORDER,
          nonBlank(d.decisionRef) && !state.decisions[d.decisionRef],
          `Decision ${d.decisionRef} is already on the register (or has no reference).`,
        );
        requireRule(
          DECISION_SPI_RECORD_REQUIRED,
          !d.significantPublicInterest || nonBlank(d.recordDocumentRef),
          'A decision of significant public interest needs its written record, for publication under para 5.',
        );
        return [
          {
            type: 'DecisionRecorded',
            data: {
              ...pick(d, 'decisionRef', 'title', 'decisionMaker', 'significantPublicInterest', 'madeAtMeeting'),
              recordDocumentRef: d.recordDocumentRef ?? null,
              decidedOn: ctx.effectiveOn,
            },
          },
        ];
      },
      PublishSpecifiedInformation: (command, state, ctx) => {
        const d = command.data;
        requireRule(
          SPECIFIED_INFORMATION_PARA_UNKNOWN,
          ORDER_PARA_RE.test(d.orderPara),
          `"${d.orderPara}" is not a paragraph of the Specified Information Order (1-7, e.g. "5" or "3(f)").`,
        );
        const ref = d.decisionRef ?? null;
        requireRule(
          DECISION_RECORD_PUBLICATION_INVALID,
          ref === null || (!!state.decisions[ref] && d.orderPara.startsWith('5')),
          ref && !state.decisions[ref]
            ? `Decision ${ref} is not on this register.`
            : 'A decision record is published under paragraph 5.',
        );
        return [
          {
            type: 'SpecifiedInformationPublished',
            data: {
              ...pick(d, 'orderPara', 'description'),
              url: d.url ?? null,
              decisionRef: ref,
              documentRef: d.documentRef ?? null,
              publishedOn: ctx.effectiveOn,
            },
          },
        ];
      },
      ClassifyDocument: (command, state, ctx) => {
        const d = command.data;
        requireRule(
          PROCESS_ORDER,
          nonBlank(d.documentRef) && !state.documents[d.documentRef],
          `Document ${d.documentRef} is already classified: reclassify it instead.`,
        );
        return [
          {
            type: 'DocumentClassified',
            data: {
              ...pick(d, 'documentRef', 'title'),
              ...checkedClassification(d),
              purpose: d.purpose,
              classifiedOn: ctx.effectiveOn,
            },
          },
        ];
      },
      ReclassifyDocument: (command, state, ctx) => {
        const d = command.data;
        const current = state.documents[d.documentRef];
        requireRule(
          DOCUMENT_RECLASSIFICATION_REASON_REQUIRED,
          !!current && nonBlank(d.reason),
          current
            ? 'Give the reason for changing the document’s access.'
            : `Document ${d.documentRef} has not been classified.`,
        );
        return [
          {
            type: 'DocumentReclassified',
            data: {
              documentRef: d.documentRef,
              ...checkedClassification(d),
              previousAccess: current.access,
              previousExemptParas: current.exemptParas,
              reason: d.reason.trim(),
              reclassifiedOn: ctx.effectiveOn,
            },
          },
        ];
      },
    },
  ),
};
