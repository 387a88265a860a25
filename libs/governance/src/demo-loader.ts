import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { kentDemoScript, resolveStepRefs, ScriptStep, syntheticDemoScript } from '@ledger/domain';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import type { ApiActor, ApiRole } from './auth/api-keys';
import type { CommandOutcome } from './commands/execute-domain-command';
import { Ledger } from './commands/ledger';
import type { LedgerConfig } from './config';
import { LEDGER_CONFIG } from './governance.module.tokens';

/**
 * Loads a command script (DOMAIN.md §6 and the synthetic set) through the ledger's one
 * application service, as the API records acts, so every act passes the statutory rules. Each step's
 * id is its Idempotency-Key, so loading twice writes nothing new.
 */
export async function loadScript(
  ledger: Ledger,
  name: string,
  steps: ScriptStep[],
  onStep?: (i: number, total: number) => void,
): Promise<number> {
  const byStep = new Map<string, CommandOutcome>();
  let appended = 0;
  for (const [i, step] of steps.entries()) {
    const command = resolveStepRefs(step.command, (id, n) => byStep.get(id)?.events[n]?.eventId);
    const actor: ApiActor = {
      id: step.actor.id,
      name: step.actor.name,
      role: step.actor.role as ApiRole,
      body: step.actor.body,
      forceArea: step.actor.forceArea ?? '*',
    };
    const outcome: CommandOutcome = await ledger.record({
      aggregateType: step.aggregateType,
      caseId: step.caseId,
      command,
      actor,
      effectiveAt: step.effectiveOn,
      recordedAt: step.recordedAt,
      idempotencyKey: `${name}:${step.stepId}`,
      correlationId: `${name}:${step.stepId}`,
      classification: step.classification,
      provenance: step.provenance,
    });
    byStep.set(step.stepId, outcome);
    appended += outcome.events.length;
    onStep?.(i + 1, steps.length);
  }
  return appended;
}

export const DEMO_SCRIPTS: Array<{ name: string; steps: () => ScriptStep[] }> = [
  { name: 'kent-2012-2015', steps: kentDemoScript },
  { name: 'synthetic', steps: syntheticDemoScript },
];

/** On first start with an empty store, loads the Kent demo (LOAD_DEMO=false turns it off). */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoLoader');
  constructor(
    private readonly ledger: Ledger,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.loadDemo) return;
    if ((await this.store.headPosition()) !== null) return;
    let total = 0;
    for (const s of DEMO_SCRIPTS) total += await loadScript(this.ledger, s.name, s.steps());
    this.logger.log(
      `Loaded the Kent 2012-2015 demo timeline and the labelled synthetic set: ${total} events (LOAD_DEMO=false turns this off)`,
    );
  }
}
