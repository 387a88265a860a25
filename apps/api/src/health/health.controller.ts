import { Controller, Get, Inject, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { READINESS_PROBES, ReadinessProbe } from './readiness';
import { ReadAccess } from '../common/read-access';

@ApiTags('Health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READINESS_PROBES) private readonly probes: ReadinessProbe[],
  ) {}

  /** The process is up. */
  @Get('live')
  @ReadAccess('anyone')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** The store answers, and every background runner (projections, sealer) is healthy. */
  @Get('ready')
  @ReadAccess('anyone')
  @HealthCheck()
  ready() {
    return this.health.check([
      async () => {
        const s = this.indicator.check('store');
        try {
          await this.store.ping();
          return s.up({ backend: this.store.backend });
        } catch (e) {
          return s.down({ backend: this.store.backend, error: (e as Error).message });
        }
      },
      ...this.probes.map((p) => async () => {
        const s = this.indicator.check(p.name);
        const r = await p.check();
        return r.ok ? s.up(r.details) : s.down(r.details);
      }),
    ]);
  }
}
