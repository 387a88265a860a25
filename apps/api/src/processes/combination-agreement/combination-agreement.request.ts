import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import {
  Text,
  OptionalText,
  Flag,
  TextList,
  NonEmptyTextList,
  Choice,
  NonEmptyNestedList,
  PoliceAreas,
  ChoiceList,
  PoliceArea,
} from '../request-fields';

const COUNTRIES = ['england', 'wales'] as const;
/** CDA 1998 s.5A(2). */
const INTERESTS_GROUNDS = [
  'reducing_crime_and_disorder',
  'reducing_reoffending',
  'combating_substance_misuse',
] as const;
type InterestsGround = (typeof INTERESTS_GROUNDS)[number];

export class CombinedAreaDto {
  @Text(200, { example: 'Dartford', description: 'Local government area' })
  name!: string;

  @Choice({ example: 'england', enum: COUNTRIES, description: 'A combination covers areas in England only' })
  country!: (typeof COUNTRIES)[number];

  @PoliceAreas({ example: ['kent'], description: 'Police areas the area lies in' })
  policeAreas!: string[];
}

/** The parties agreeing to a variation or to the end of the agreement. */
const AgreedBy = () =>
  TextList(60, 200, {
    example: ['Dartford Borough Council', 'Thurrock Council', 'pcc:kent', 'pcc:essex', 'secretary-of-state'],
    description: 'Parties agreeing: RA names, pcc:<police area>, secretary-of-state',
  });

/** Every step after the request is made in writing (s.5A(7)-(8)). */
class WrittenStepRequest extends CommandRequest {
  @Text(200, { example: 'AGR-2014-01', description: 'The written document this step is made by' })
  documentRef!: string;

  @Flag({ example: true, description: 'Made in writing (s.5A(7)-(8)); false is refused' })
  inWriting!: boolean;
}

export class RequestMergerRequest extends OpenCaseRequest {
  @NonEmptyNestedList(CombinedAreaDto, 50, {
    type: [CombinedAreaDto],
    description: 'Two or more local government areas in England',
  })
  areas!: CombinedAreaDto[];

  @NonEmptyTextList(50, 200, {
    example: ['Dartford Borough Council'],
    description: 'Authorities making the (non-binding) request',
  })
  requestingRAs!: string[];

  @NonEmptyTextList(50, 200, {
    example: ['Dartford Borough Council', 'Thurrock Council', 'Kent Police', 'Essex Police'],
    description: 'Every responsible authority for the areas: each must sign',
  })
  responsibleAuthorities!: string[];
}

export class SignAgreementRequest extends WrittenStepRequest {
  @Text(200, { example: 'Thurrock Council', description: 'The responsible authority signing' })
  authority!: string;
}

export class ApproveMergerRequest extends WrittenStepRequest {
  @PoliceArea({ example: 'kent', description: 'Police area of the PCC entering the agreement' })
  pcc!: string;

  @ChoiceList(1, 3, {
    example: ['reducing_crime_and_disorder'],
    enum: INTERESTS_GROUNDS,
    description: 'The s.5A(2) interests the PCC considers the merger serves',
  })
  interestsGrounds!: InterestsGround[];

  @Text(5000, {
    example: 'One partnership for the Thames crossing towns removes duplicated tasking',
    description: 'Why',
  })
  reasons!: string;
}

export class JoinAsSecretaryOfStateRequest extends WrittenStepRequest {
  @ChoiceList(1, 3, {
    example: ['reducing_reoffending'],
    enum: INTERESTS_GROUNDS,
    description: 'The s.5A(2) interests the Secretary of State is satisfied the merger serves',
  })
  interestsGrounds!: InterestsGround[];

  @Text(5000, { example: 'Shared probation delivery across the estuary', description: 'Why' })
  reasons!: string;

  @Flag({
    example: true,
    description: 'Satisfied the co-operation arrangements between the PCCs are adequate (s.5A(6))',
  })
  cooperationArrangementsAdequate!: boolean;
}

export class BringAgreementIntoForceRequest extends WrittenStepRequest {
  @Text(200, {
    example: 'Dartford and Thurrock Community Safety Partnership',
    description: 'Name of the combined area',
  })
  combinedAreaName!: string;

  @OptionalText(5000, {
    example: 'Joint tasking group chaired alternately by the two PCCs',
    description: 'Co-operation arrangements between the PCCs; required when the area spans police areas',
    nullable: true,
  })
  cooperationArrangements?: string | null;
}

export class VaryAgreementRequest extends WrittenStepRequest {
  @Text(5000, { example: 'Adds the Swanscombe ward to the combined area', description: 'The variation' })
  variation!: string;

  @AgreedBy()
  agreedBy!: string[];
}

export class TerminateAgreementRequest extends WrittenStepRequest {
  @Text(5000, { example: 'The two partnerships are to work separately again', description: 'Why the agreement ends' })
  reason!: string;

  @AgreedBy()
  agreedBy!: string[];
}
