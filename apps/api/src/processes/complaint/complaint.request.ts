import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmptyObject, IsOptional, ValidateNested } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { Text, OptionalText, Day, OptionalDay, Flag, OptionalFlag, Choice, Pattern, Nested } from '../request-fields';

/** Complaint records hold personal data: LGA 1972 Sch 12A paras 1-2 (the domain's COMPLAINT_CLASSIFICATION). */
const EXEMPT = 'exempt:1,2';
const CLASSIFICATION_DOC = {
  example: EXEMPT,
  enum: [EXEMPT],
  description: 'Complaint records are always exempt:1,2 (Sch 12A paras 1-2); any other value is refused',
};

const REFERRAL_TYPES = ['serious_complaint', 'conduct_matter', 'call_in'] as const;
const REG15_GROUNDS = [
  'a_staff_conduct_only',
  'b_out_of_time',
  'c_already_complained',
  'd_anonymous',
  'e_vexatious',
  'f_repetitious',
] as const;
const RESOLVERS = ['panel', 'sub_committee', 'member', 'other_person'] as const;

/** Base for every complaint act: the classification can only be the complaint's. */
class ComplaintActRequest extends CommandRequest {
  @ApiPropertyOptional(CLASSIFICATION_DOC)
  @IsOptional()
  @IsIn([EXEMPT])
  override classification?: string = undefined;
}

/**
 * The complainant's details in clear. They are sealed in the personal-data vault and only
 * their commitments reach the record; the values are never stored in the log, logged or
 * returned.
 */
export class ComplainantDetailsDto {
  @Text(200, { example: 'Jane Example', description: 'Complainant’s name (sealed; never stored in the record)' })
  name!: string;

  @OptionalText(500, {
    type: String,
    example: 'jane@example.org',
    description: 'Contact details: e-mail, telephone or address (sealed)',
    nullable: true,
  })
  contact?: string | null;
}

export class ComplainantChangesDto {
  @OptionalText(200, { example: 'Jane Example', description: 'New name (sealed)' })
  name?: string;

  @OptionalText(500, { example: '1 High Street, Maidstone ME14 1AA', description: 'New contact details (sealed)' })
  contact?: string;
}

export class ReceiveComplaintRequest extends OpenCaseRequest {
  @ApiPropertyOptional(CLASSIFICATION_DOC)
  @IsOptional()
  @IsIn([EXEMPT])
  override classification?: string = undefined;

  @Text(200, { example: 'Kent and Medway Police and Crime Panel', description: 'The panel handling the complaint' })
  panel!: string;

  @Choice({ example: 'PCC', enum: ['PCC', 'DPCC'], description: 'Whom the complaint is about' })
  against!: 'PCC' | 'DPCC';

  @Nested(ComplainantDetailsDto, {
    type: ComplainantDetailsDto,
    description: 'Sealed in the vault; the record holds a subject id and commitments only',
  })
  complainant!: ComplainantDetailsDto;

  @Flag({
    example: false,
    description: 'Does the complaint, on its face, allege a criminal offence? (decides the route)',
  })
  criminalAllegation!: boolean;

  @Text(2000, {
    example: 'Conduct of the PCC at a public meeting',
    description: 'Short description, written without personal data',
  })
  subjectMatter!: string;
}

export class RecordComplaintRequest extends ComplaintActRequest {
  @OptionalFlag({
    type: Boolean,
    example: false,
    description: 'Confirms or changes whether a criminal offence is alleged',
    nullable: true,
  })
  criminalAllegation?: boolean | null;

  @OptionalText(5000, {
    example: 'The complainant withdrew the allegation of fraud on 3 March; what remains is about conduct',
    description: 'Required when a complaint received as alleging a crime is recorded as not alleging one',
    nullable: true,
  })
  reassessmentReason?: string | null;
}

export class DecideNotToRecordRequest extends ComplaintActRequest {
  @Text(5000, {
    example: 'The complaint is about the chief constable, not the PCC',
    description: 'Grounds for not recording (reg 10)',
  })
  grounds!: string;

  @Day({ format: 'date', example: '2013-03-05', description: 'Day the complainant was told' })
  notifiedOn!: string;
}

export class ReferToIpccRequest extends ComplaintActRequest {
  @Choice({
    example: 'serious_complaint',
    enum: REFERRAL_TYPES,
    description: 'A serious complaint is one alleging a criminal offence',
  })
  type!: (typeof REFERRAL_TYPES)[number];

  @OptionalDay({
    format: 'date',
    example: '2013-03-04',
    description: 'Day it first became clear the complaint must be referred (reg 13(3)); defaults from the case',
    nullable: true,
  })
  becameClearOn?: string | null;

  @Flag({ example: true, description: 'The complainant was told of the referral' })
  complainantNotified!: boolean;

  @Flag({ example: true, description: 'The office holder complained about was told' })
  officeHolderNotified!: boolean;
}

export class RecordReferralBackRequest extends ComplaintActRequest {
  @OptionalText(100, { example: '2013/004512', description: 'The IPCC’s reference', nullable: true })
  ipccReference?: string | null;
}

export class DisapplyRequirementsRequest extends ComplaintActRequest {
  @Choice({ example: 'f_repetitious', enum: REG15_GROUNDS, description: 'The reg 15(3) ground relied on' })
  reg15Ground!: (typeof REG15_GROUNDS)[number];

  @Text(5000, { example: 'Substantially the same as a complaint resolved in January', description: 'Reasons' })
  reasons!: string;

  @Choice({ example: 'no_action', enum: ['handle_as_panel_sees_fit', 'no_action'] })
  action!: 'handle_as_panel_sees_fit' | 'no_action';
}

export class StartInformalResolutionRequest extends ComplaintActRequest {
  @Choice({ example: 'sub_committee', enum: RESOLVERS, description: 'Who conducts it for the panel (reg 28(3))' })
  conductedBy!: (typeof RESOLVERS)[number];

  @Text(200, { example: 'Complaints sub-committee', description: 'Name of the body or person conducting it' })
  conductedByName!: string;

  @Flag({ example: false, description: 'Is that person a relevant office holder? (refused if so, reg 28(4))' })
  isRelevantOfficeHolder!: boolean;
}

export class RecordInformalResolutionOutcomeRequest extends ComplaintActRequest {
  @OptionalDay({
    format: 'date',
    example: '2013-04-20',
    description: 'Day the outcome record was copied to both sides',
    nullable: true,
  })
  copiedToBothOn?: string | null;

  @Flag({
    example: false,
    description: 'Publish the outcome record (needs a public-interest finding, reg 28(12)-(13))',
  })
  publish!: boolean;

  @OptionalText(5000, { example: 'The conduct concerned a public meeting', nullable: true })
  publicInterestReason?: string | null;
}

export class WithdrawComplaintRequest extends ComplaintActRequest {}

export class UpdateComplainantRequest extends ComplaintActRequest {
  @Text(2000, {
    example: 'The referral to the IPCC',
    description: 'What the complainant was told (regs 32-33); no personal data',
  })
  informedOf!: string;

  @ApiPropertyOptional({ type: ComplainantChangesDto, description: 'New details, if any: sealed like the originals' })
  @IsOptional()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => ComplainantChangesDto)
  complainant?: ComplainantChangesDto;
}

export class ErasePersonalDataRequest extends ComplaintActRequest {
  @Pattern(/^[A-Za-z0-9._:-]{1,100}$/, {
    example: '3f1d2c7e-8a41-4b6e-9c1f-2a7d9e0b3c55',
    description: 'The data subject (from the ComplaintReceived event): named to confirm whose data goes',
  })
  subjectId!: string;

  @Text(500, {
    example: 'UK GDPR art 17(1)(a): no longer necessary; retention period ended',
    description: 'Authority the erasure is made under',
  })
  authority!: string;

  @Text(2000, { example: 'Case closed more than six years ago', description: 'Why' })
  reason!: string;
}
