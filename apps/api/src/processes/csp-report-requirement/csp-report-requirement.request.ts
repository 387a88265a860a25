import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { Text, OptionalText, OptionalDay, Flag, NonEmptyNestedList, PoliceAreas } from '../request-fields';

export class CspAreaDto {
  @Text(200, { example: 'Medway', description: 'Local government area or combined area' })
  name!: string;

  @PoliceAreas({ example: ['kent'], description: 'Police areas the area lies in' })
  policeAreas!: string[];
}

export class ReportMatterDto {
  @Text(2000, { example: 'Delivery of the anti-social behaviour strategy' })
  description!: string;

  @Flag({ example: false, description: 'Concerns a devolved Welsh function (excluded by CDA s.7(1), with s.5(8))' })
  devolvedWelshFunction!: boolean;
}

export class RequestReportRequest extends OpenCaseRequest {
  @NonEmptyNestedList(CspAreaDto, 50, { type: [CspAreaDto] })
  areas!: CspAreaDto[];

  @NonEmptyNestedList(ReportMatterDto, 50, { type: [ReportMatterDto] })
  matters!: ReportMatterDto[];

  @Text(5000, {
    example: 'ASB targets were missed two years running',
    description: 's.7(1A)(a): why the PCC is not satisfied',
  })
  notSatisfiedReason!: string;

  @Text(5000, {
    example: 'A short written report is the least burdensome way to understand the delays',
    description: 's.7(1A)(b): why a report is reasonable and proportionate',
  })
  proportionalityReason!: string;

  @OptionalText(2000, { example: 'Written report of no more than 10 pages', nullable: true })
  form?: string | null;

  @OptionalDay({
    format: 'date',
    example: '2013-06-30',
    description: 'Date set in the requirement for the report',
    nullable: true,
  })
  dueOn?: string | null;
}

export class JoinReportRequirementRequest extends CommandRequest {
  @Text(64, {
    example: 'essex',
    description: 'The police area whose PCC joins the requirement (CDA 1998 s.7(5)(b)); the key must act for it',
  })
  policeArea!: string;
}

export class SubmitReportRequest extends CommandRequest {
  @Text(200, { example: 'Medway Community Safety Partnership' })
  submittedBy!: string;

  @PoliceAreas({
    example: ['kent'],
    description: 'Police areas whose PCC received the report (s.7(5))',
  })
  sentTo!: string[];
}

export class PublishReportRequest extends CommandRequest {
  @OptionalText(2000, { example: 'https://www.kent-pcc.gov.uk/reports/medway-csp-2013', nullable: true })
  url?: string | null;
}
