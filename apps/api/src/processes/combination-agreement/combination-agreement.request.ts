import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { IsPoliceAreaList, IsRequiredObject } from '../../common/fields';

const COUNTRIES = ['england', 'wales'] as const;
/** CDA 1998 s.5A(2). */
const INTERESTS_GROUNDS = ['reducing_crime_and_disorder', 'reducing_reoffending', 'combating_substance_misuse'] as const;
type InterestsGround = (typeof INTERESTS_GROUNDS)[number];

export class CombinedAreaDto {
  @ApiProperty({ example: 'Dartford', description: 'Local government area' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'england', enum: COUNTRIES, description: 'A combination covers areas in England only' })
  @IsIn(COUNTRIES)
  country!: (typeof COUNTRIES)[number];

  @ApiProperty({ example: ['kent'], description: 'Police areas the area lies in', type: [String] })
  @IsPoliceAreaList()
  policeAreas!: string[];
}

/** Every step after the request is made in writing (s.5A(7)-(8)). */
class WrittenStepRequest extends CommandRequest {
  @ApiProperty({ example: 'AGR-2014-01', description: 'The written document this step is made by' })
  @IsString()
  @Length(1, 200)
  documentRef!: string;

  @ApiProperty({ example: true, description: 'Made in writing (s.5A(7)-(8)); false is refused' })
  @IsBoolean()
  inWriting!: boolean;
}

export class RequestMergerRequest extends OpenCaseRequest {
  @ApiProperty({ type: [CombinedAreaDto], description: 'Two or more local government areas in England' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsRequiredObject()
  @ValidateNested({ each: true })
  @Type(() => CombinedAreaDto)
  areas!: CombinedAreaDto[];

  @ApiProperty({ example: ['Dartford Borough Council'], description: 'Authorities making the (non-binding) request', type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  requestingRAs!: string[];

  @ApiProperty({ example: ['Dartford Borough Council', 'Thurrock Council', 'Kent Police', 'Essex Police'], description: 'Every responsible authority for the areas: each must sign', type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  responsibleAuthorities!: string[];
}

export class SignAgreementRequest extends WrittenStepRequest {
  @ApiProperty({ example: 'Thurrock Council', description: 'The responsible authority signing' })
  @IsString()
  @Length(1, 200)
  authority!: string;
}

export class ApproveMergerRequest extends WrittenStepRequest {
  @ApiProperty({ example: 'kent', description: 'Police area of the PCC entering the agreement' })
  @Matches(/^[a-z][a-z0-9-]{1,60}$/)
  pcc!: string;

  @ApiProperty({ example: ['reducing_crime_and_disorder'], enum: INTERESTS_GROUNDS, isArray: true, description: 'The s.5A(2) interests the PCC considers the merger serves' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(INTERESTS_GROUNDS, { each: true })
  interestsGrounds!: InterestsGround[];

  @ApiProperty({ example: 'One partnership for the Thames crossing towns removes duplicated tasking', description: 'Why' })
  @IsString()
  @Length(1, 5000)
  reasons!: string;
}

export class JoinAsSecretaryOfStateRequest extends WrittenStepRequest {
  @ApiProperty({ example: ['reducing_reoffending'], enum: INTERESTS_GROUNDS, isArray: true, description: 'The s.5A(2) interests the Secretary of State is satisfied the merger serves' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(INTERESTS_GROUNDS, { each: true })
  interestsGrounds!: InterestsGround[];

  @ApiProperty({ example: 'Shared probation delivery across the estuary', description: 'Why' })
  @IsString()
  @Length(1, 5000)
  reasons!: string;

  @ApiProperty({ example: true, description: 'Satisfied the co-operation arrangements between the PCCs are adequate (s.5A(6))' })
  @IsBoolean()
  cooperationArrangementsAdequate!: boolean;
}

export class BringAgreementIntoForceRequest extends WrittenStepRequest {
  @ApiProperty({ example: 'Dartford and Thurrock Community Safety Partnership', description: 'Name of the combined area' })
  @IsString()
  @Length(1, 200)
  combinedAreaName!: string;

  @ApiPropertyOptional({ type: String, example: 'Joint tasking group chaired alternately by the two PCCs', description: 'Co-operation arrangements between the PCCs; required when the area spans police areas', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  cooperationArrangements?: string | null;
}

export class VaryAgreementRequest extends WrittenStepRequest {
  @ApiProperty({ example: 'Adds the Swanscombe ward to the combined area', description: 'The variation' })
  @IsString()
  @Length(1, 5000)
  variation!: string;

  @ApiProperty({ example: ['Dartford Borough Council', 'Thurrock Council', 'pcc:kent', 'pcc:essex', 'secretary-of-state'], description: 'Parties agreeing: RA names, pcc:<police area>, secretary-of-state', type: [String] })
  @IsArray()
  @ArrayMaxSize(60)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  agreedBy!: string[];
}

export class TerminateAgreementRequest extends WrittenStepRequest {
  @ApiProperty({ example: 'The two partnerships are to work separately again', description: 'Why the agreement ends' })
  @IsString()
  @Length(1, 5000)
  reason!: string;

  @ApiProperty({ example: ['Dartford Borough Council', 'Thurrock Council', 'pcc:kent', 'pcc:essex', 'secretary-of-state'], description: 'Parties agreeing: RA names, pcc:<police area>, secretary-of-state', type: [String] })
  @IsArray()
  @ArrayMaxSize(60)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  agreedBy!: string[];
}
