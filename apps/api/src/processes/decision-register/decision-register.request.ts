import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { Text, OptionalText, Flag, Choice, Pattern, OptionalSchedule12AParas, NullableChoice } from '../request-fields';

const ACCESS = ['open', 'exempt'] as const;
const PURPOSES = ['for_decision', 'for_information', 'for_noting'] as const;

/** The register's case id defaults to the police area: one register per PCC office. */
export class OpenDecisionRegisterRequest extends OpenCaseRequest {
  @Text(200, {
    example: 'Office of the Kent Police and Crime Commissioner',
    description: 'The PCC office whose register this is',
  })
  office!: string;
}

export class RecordDecisionRequest extends CommandRequest {
  @Text(100, { example: 'PCC/D/2013/004', description: 'Reference of the decision on the register' })
  decisionRef!: string;

  @Text(500, { example: 'Commissioning of victim services 2013-14', description: 'Title of the decision' })
  title!: string;

  @Text(200, { example: 'Police and Crime Commissioner', description: 'Who made the decision' })
  decisionMaker!: string;

  @Flag({ example: true, description: 'A decision of significant public interest (SI 2011/3050 Sch para 5)' })
  significantPublicInterest!: boolean;

  @Flag({ example: false, description: 'Made at a meeting' })
  madeAtMeeting!: boolean;

  @OptionalText(200, {
    example: 'PCC/DR/2013/004',
    description: 'The written record of the decision; required for one of significant public interest',
    nullable: true,
  })
  recordDocumentRef?: string | null;
}

export class PublishSpecifiedInformationRequest extends CommandRequest {
  @Pattern(/^[1-8](\([a-z]\))?$/, {
    example: '5',
    description:
      'Paragraph of the Specified Information Order Schedule (as made): 1-8 with an optional letter, e.g. "5", "3(f)" or "8" (independent custody visitors)',
  })
  orderPara!: string;

  @Text(2000, {
    example: 'Decision record: commissioning of victim services 2013-14',
    description: 'What was published',
  })
  description!: string;

  @OptionalText(2000, { example: 'https://www.kent-pcc.gov.uk/decisions/2013-004', nullable: true })
  url?: string | null;

  @OptionalText(100, {
    example: 'PCC/D/2013/004',
    description: 'The decision whose record this is (para 5 only)',
    nullable: true,
  })
  decisionRef?: string | null;

  @OptionalText(200, {
    example: 'PCC/DR/2013/004',
    description: 'The document published',
    nullable: true,
  })
  documentRef?: string | null;
}

export class ClassifyDocumentRequest extends CommandRequest {
  @Text(200, { example: 'PCC/DR/2013/004', description: 'Reference of the document' })
  documentRef!: string;

  @Text(500, { example: 'Victim services: commissioning decision', description: 'Title of the document' })
  title!: string;

  @Choice({ example: 'exempt', enum: ACCESS, description: 'Access under LGA 1972 Sch 12A' })
  access!: (typeof ACCESS)[number];

  @OptionalSchedule12AParas({
    example: [3],
    description: 'Schedule 12A Part 1 paragraphs relied on when exempt',
    type: [Number],
  })
  exemptParas?: number[];

  @OptionalText(5000, {
    example: 'Tender prices would prejudice the re-procurement',
    description: 'Why the public interest in keeping it exempt outweighs disclosure (Sch 12A Part 2)',
    nullable: true,
  })
  publicInterestReason?: string | null;

  @NullableChoice({
    example: 'for_decision',
    enum: PURPOSES,
    nullable: true,
    description: 'What the paper is for (separate from access)',
  })
  purpose!: (typeof PURPOSES)[number] | null;
}

export class ReclassifyDocumentRequest extends CommandRequest {
  @Text(200, { example: 'PCC/DR/2013/004', description: 'Reference of a document already classified' })
  documentRef!: string;

  @Choice({ example: 'open', enum: ACCESS, description: 'The new access' })
  access!: (typeof ACCESS)[number];

  @OptionalSchedule12AParas({ example: [], description: 'Schedule 12A Part 1 paragraphs when exempt', type: [Number] })
  exemptParas?: number[];

  @OptionalText(5000, {
    example: 'Tender prices are still commercially sensitive',
    description: 'Public-interest reason; needed when the document stays exempt',
    nullable: true,
  })
  publicInterestReason?: string | null;

  @Text(5000, {
    example: 'The contract has been awarded; the prices are no longer sensitive',
    description: 'Why the access changes',
  })
  reason!: string;
}
