import type { ProcessLabels } from '../core/labels';
import type { DecisionRegisterState } from './decision-register.decider';

export const decisionRegisterLabels: ProcessLabels = {
  aggregateType: 'DecisionRegister',
  name: 'Register of decisions and published information',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    open: 'Open',
  } satisfies Record<DecisionRegisterState['status'], string>,
  events: {
    DecisionRegisterOpened: 'Decision register opened',
    DecisionRecorded: 'Decision recorded',
    SpecifiedInformationPublished: 'Information the commissioner must publish was published',
    DocumentClassified: 'Document marked open or exempt',
    DocumentReclassified: 'Document marking changed',
  },
  fields: {
    office: 'Office',
    openedOn: 'Opened on',
    decisionRef: 'Decision reference',
    decisionMaker: 'Decision maker',
    significantPublicInterest: 'Of significant public interest',
    madeAtMeeting: 'Made at a meeting',
    recordDocumentRef: 'Record of the decision',
    orderPara: 'Paragraph of the Specified Information Order',
    classifiedOn: 'Marked on',
    previousAccess: 'Access before',
    previousExemptParas: 'Schedule 12A paragraphs before',
    reclassifiedOn: 'Changed on',
  },
};
