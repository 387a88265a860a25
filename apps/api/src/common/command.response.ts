import { ApiProperty } from '@nestjs/swagger';

export class RecordedActDto {
  @ApiProperty({ example: '01938a6e-7c1f-7b3e-9a53-2f3c0d9b1e77' }) eventId!: string;
  @ApiProperty({ example: 'PreceptVetoed' }) type!: string;
  @ApiProperty({ example: '2' }) revision!: string;
  @ApiProperty({ example: '184', description: 'Opaque global position' }) position!: string;
  @ApiProperty({ example: [], description: 'Late and unconfirmed-rule findings recorded on the act' })
  findings!: object[];
}

export class CommandResponseDto {
  @ApiProperty({ example: 'kent-2013-14' }) caseId!: string;
  @ApiProperty({ example: 'precept-cycle:kent-2013-14' }) stream!: string;
  @ApiProperty({ example: '2', description: 'Stream revision after the act; also the ETag' }) revision!: string;
  @ApiProperty({ type: [RecordedActDto] }) events!: RecordedActDto[];
}
