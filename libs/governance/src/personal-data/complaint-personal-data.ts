import { Inject, Injectable, Logger } from '@nestjs/common';
import { PersonalDataVault } from '@ledger/audit';
import { complaint, ComplaintCommand, ComplaintState, foldStream } from '@ledger/domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '@ledger/event-store';
import type { ApiActor } from '../auth/api-keys';
import { CaseNotFound, InvalidCommand } from '../errors';
import { streamId, toStoredDomainEvent } from '../stored-event';

/** Clear personal fields as the complaints officer sends them, keyed by commitment path. */
export type ClearFields = Record<string, string>;

/** Where a commitment sits in an entry (RFC 6901): the vault binds the sealed value to it. */
const pointer = (...segments: string[]) =>
  '/' + segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * Seals and erases complainants' personal data (INTEGRITY.md). The log holds only
 * `{ subjectId, commitments }`; (salt, value) goes to the vault under the subject's key,
 * bound to the event id chosen before the append. Plaintext is never logged or returned.
 */
@Injectable()
export class ComplaintPersonalData {
  private readonly log = new Logger(ComplaintPersonalData.name);
  constructor(
    private readonly vault: PersonalDataVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * Seals each field for the event `eventId`; `at` is the path of the commitments map in the
   * event data (e.g. ['complainant', 'commitments']). Returns path → hex commitment.
   */
  async seal(subjectId: string, eventId: string, at: string[], fields: ClearFields): Promise<Record<string, string>> {
    const commitments: Record<string, string> = {};
    for (const [path, value] of Object.entries(fields)) {
      const { commitment } = await this.vault.seal({
        subjectId,
        eventId,
        fieldPath: pointer('data', ...at, path),
        value,
      });
      commitments[path] = commitment.toString('hex');
    }
    return commitments;
  }

  /** Crypto-shreds the subject: key and sealed rows go, the WAL/dead tuples are purged. */
  async erase(subjectId: string): Promise<void> {
    await this.vault.erase(subjectId);
  }

  /**
   * Clean-up after a command that sealed for `eventId` and then failed: unless the log holds
   * the event after all (the failure came after the commit), the sealed rows go, and with
   * `subjectId` the subject opened for it, leaving no trace of the refused request. The
   * caller's error is what the client sees, so this only logs its own failure.
   */
  async discardUnrecorded(stream: string, eventId: string, subjectId?: string): Promise<void> {
    try {
      for await (const e of this.store.readStream(stream)) if (e.eventId === eventId) return;
      await this.vault.discard(eventId, subjectId);
    } catch (e) {
      this.log.error(`Could not withdraw the sealed fields of refused event ${eventId}: ${(e as Error).message}`);
    }
  }

  /**
   * The complaint's current state, with the same not-found and force-area checks as the
   * command handler: used to check an act with the pure decider *before* touching the
   * vault (erasure cannot be undone, and sealed rows cannot be removed one by one).
   */
  async load(caseId: string, actor: ApiActor): Promise<Exclude<ComplaintState, { status: 'none' }>> {
    const stream = streamId(complaint.streamPrefix, caseId);
    const history: RecordedEvent[] = [];
    for await (const e of this.store.readStream(stream)) history.push(e);
    if (history.length === 0) throw new CaseNotFound(stream);
    const forceArea = String(history[0].metadata.forceArea ?? '');
    // As the command handler: another area's case is answered as one that does not exist.
    if (actor.forceArea !== '*' && actor.forceArea !== forceArea) throw new CaseNotFound(stream);
    const state = foldStream(complaint, history.map(toStoredDomainEvent));
    if (state.status === 'none') throw new CaseNotFound(stream);
    return state;
  }

  /** Runs the pure decider on the current state: throws StatutoryRuleViolation (422) if the act would be refused. */
  check(state: ComplaintState, command: ComplaintCommand, actor: ApiActor, effectiveAt: string | undefined): void {
    const now = new Date().toISOString();
    // The handler checks this too, but only after the vault has been touched.
    if (effectiveAt !== undefined && effectiveAt.slice(0, 10) > now.slice(0, 10))
      throw new InvalidCommand(
        'effectiveAt cannot be in the future: the ledger records acts that have happened',
        'effectiveAt',
      );
    complaint.decide(command, state, {
      now,
      effectiveOn: (effectiveAt ?? now).slice(0, 10),
      actor: {
        id: actor.id,
        name: actor.name,
        role: actor.role,
        body: actor.body,
        forceArea: actor.forceArea === '*' ? null : actor.forceArea,
      },
    });
  }
}
