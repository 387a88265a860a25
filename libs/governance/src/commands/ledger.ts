import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { actOf } from '@ledger/domain';
import { mayExecute } from '../auth/permissions';
import { Forbidden, InvalidCommand } from '../errors';
import { CommandOutcome, ExecuteDomainCommand } from './execute-domain-command';

/** One act to record: the command and who acts, plus the envelope's facts. The process comes from the catalogue. */
export type ActToRecord = Omit<ExecuteDomainCommand['input'], 'aggregateType'> & {
  /** Only for an act that works on any case (a correction): the process of the case it acts on. */
  aggregateType?: string;
};

/**
 * The one way an act reaches the log, for the API, the command line and the demo and test
 * loaders alike: it names the act's process from the catalogue, checks that the actor's role
 * may record it, and sends it over the CommandBus to the one handler (fold, facts from other
 * streams, force-area scope, decision, envelope, append with one retry).
 */
@Injectable()
export class Ledger {
  constructor(private readonly commands: CommandBus) {}

  async record(act: ActToRecord): Promise<CommandOutcome> {
    const type = act.command.type;
    const aggregateType = actOf(type)?.aggregateType ?? act.aggregateType;
    if (!aggregateType) throw new InvalidCommand(`Unknown act ${type}`, 'command');
    // Imported history records who the source says acted; a live act must be one the actor's role may record.
    if (act.recordedAt === undefined && !mayExecute(act.actor.role, type))
      throw new Forbidden(`The ${act.actor.role} role may not record ${type}`);
    return this.commands.execute(new ExecuteDomainCommand({ ...act, aggregateType }));
  }
}
