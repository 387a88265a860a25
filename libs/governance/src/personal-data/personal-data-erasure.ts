import { Inject, Injectable } from '@nestjs/common';
import { erasureAct } from '@ledger/domain';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import type { ApiActor } from '../auth/api-keys';
import type { CommandOutcome, PrepareCommand } from '../commands/execute-domain-command';
import { Ledger } from '../commands/ledger';
import { ComplaintPersonalData } from './complaint-personal-data';

/** What an erasure names: whose data goes, under what authority and why. */
export interface ErasureRequest {
  subjectId: string;
  authority: string;
  reason: string;
  effectiveAt?: string;
}

/**
 * Crypto-shredding a complainant (INTEGRITY.md), for the API and the command line alike, so
 * that the rule is written once. Who may erase is the act's permission, checked by
 * Ledger.record before any step of the act runs. The erasure itself runs as the act's prepare
 * step, once the log shows the act is new: the pure decider checks it (right subject, not yet
 * erased, authority and reason), then the subject's key and sealed values go, and the act
 * records every commitment the case holds. The vault goes first: if the append then fails, a
 * retry finds nothing left to erase and records the erasure; the reverse order could record
 * an erasure that never happened.
 */
@Injectable()
export class PersonalDataErasure {
  constructor(
    private readonly personal: ComplaintPersonalData,
    private readonly ledger: Ledger,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The prepare step of the erasure act on `caseId`, for a caller that records the act itself (the API). */
  prepare(caseId: string, actor: ApiActor, request: ErasureRequest): PrepareCommand {
    return () => this.eraseSubject(caseId, actor, request);
  }

  /** Checks the act with the decider, then erases: returns the commitments the act records. */
  private async eraseSubject(
    caseId: string,
    actor: ApiActor,
    request: ErasureRequest,
  ): Promise<{ commitments: string[] }> {
    const state = await this.personal.load(caseId, actor);
    const commitments = [...state.complainant.allCommitments];
    const { subjectId, authority, reason } = request;
    const command = erasureAct({ subjectId, commitments, authority, reason });
    this.personal.check(state, command, actor, request.effectiveAt);
    await this.personal.erase(subjectId);
    return { commitments };
  }

  /**
   * Erases and records without an HTTP request (the command line): the complaint is the one
   * `caseId` names, else the one whose complainant is the subject.
   */
  async erase(
    request: ErasureRequest & { caseId?: string },
    actor: ApiActor,
    correlationId: string,
  ): Promise<{ commitments: string[]; outcome: CommandOutcome }> {
    const caseId = request.caseId ?? (await this.findComplaint(request.subjectId));
    if (!caseId) throw new Error(`No complaint names data subject ${request.subjectId}`);
    const { subjectId, authority, reason, effectiveAt } = request;
    let commitments: string[] = [];
    const outcome = await this.ledger.record({
      caseId,
      command: erasureAct({ subjectId, authority, reason }),
      actor,
      effectiveAt,
      correlationId,
      classification: 'exempt:1,2',
      prepare: async () => {
        ({ commitments } = await this.eraseSubject(caseId, actor, request));
        return { commitments };
      },
    });
    return { commitments, outcome };
  }

  private async findComplaint(subjectId: string): Promise<string | null> {
    for await (const e of this.store.readAll()) {
      const c = (e.data as { complainant?: { subjectId?: string } }).complainant;
      if (e.type === 'ComplaintReceived' && c?.subjectId === subjectId) return String(e.metadata.caseId);
    }
    return null;
  }
}
