import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { CommandResponseDto } from './command.response';

const problem = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });

/** The responses every command endpoint can give. */
export function CommandResponses(creates: boolean) {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retry-safe key: the same key and body replay the original response',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'ETag of the revision this act was decided on; a stale one gets 412',
    }),
    ApiHeader({ name: 'X-Request-Id', required: false, description: 'Correlation id recorded on the events' }),
    creates
      ? ApiResponse({ status: 201, description: 'Recorded; the case was opened', type: CommandResponseDto })
      : ApiResponse({ status: 200, description: 'Recorded', type: CommandResponseDto }),
    problem(400, 'Invalid request: each bad field and why'),
    problem(401, 'No valid API key'),
    problem(403, 'The role or force area may not record this act'),
    problem(404, 'No such case'),
    problem(409, 'The case changed concurrently, or the Idempotency-Key was used for another request'),
    problem(412, 'If-Match does not match the current revision'),
    problem(413, 'Body over the limit'),
    problem(415, 'Body is not JSON'),
    problem(422, 'A statutory rule was broken: code, citation and message'),
    problem(429, 'Too many requests'),
  );
}
