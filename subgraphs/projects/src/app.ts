// Assembles the projects service from its configuration; used by main.ts and by the tests.
import { startEventBus, type EventBus, type ConsumerHandle } from '@anze/events';
import { startSubgraph, createLogger, type RunningSubgraph } from '@anze/server-kit';
import type { ProjectsConfig } from './config.ts';
import { projectsOrm } from './orm.ts';
import type { ProjectsContext } from './context.ts';
import manifest from './manifest.ts';
import { startEnterpriseConsumer } from './events/enterprise-consumer.ts';
import { startInsuranceConsumers } from './events/insurance-consumer.ts';
import { exportProjects } from './exports/projects-export.ts';
import { CountCache } from './domain/count-cache.ts';

export interface ProjectsService extends RunningSubgraph {
  bus: EventBus;
  consumer: ConsumerHandle;
  /** underwriting's applications and policies → the projects' insurance. */
  insuranceConsumers: ConsumerHandle[];
}

export async function startProjects(config: ProjectsConfig): Promise<ProjectsService> {
  const log = createLogger({ service: 'projects' });
  const orm = await projectsOrm(config.databaseUrl);
  const em = orm.em;
  const bus = await startEventBus({
    name: 'projects',
    config,
    em,
    logger: log,
  });
  const consumer = await startEnterpriseConsumer({
    js: bus.js,
    stream: bus.stream,
    prefix: bus.prefix,
    em,
    logger: log,
  });
  const insuranceConsumers = await startInsuranceConsumers({
    js: bus.js,
    stream: bus.stream,
    prefix: bus.prefix,
    em,
    logger: log,
  });
  const counts = new CountCache(config.countCacheEntries);
  const service = await startSubgraph<ProjectsContext>({
    manifest,
    orm,
    config,
    logger: log,
    extendContext: (base) => ({ ...base, config, counts }),
    gatewayRoutes: { '/exports/projects': exportProjects },
    eventBus: bus,
    onClose: [() => consumer.stop(), ...insuranceConsumers.map((c) => () => c.stop())],
  });
  return { ...service, bus, consumer, insuranceConsumers };
}
