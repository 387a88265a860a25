// Stream naming and reading stored events back live in the domain, shared with the read side.
export { deciderForStream, streamId, toStoredDomainEvent } from '@ledger/domain';
