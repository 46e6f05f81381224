// The demo world's issued policies at a size, each with the plan version it was issued under — what underwriting's
// seed issues on the same day, for the subgraphs whose demo data hangs on policies (claims).
import { DEMO_SIZES, demoEnterprises, demoProjects, type DemoSize } from './world.ts';
import { DEMO_BROKERS, DEMO_INSURERS, demoPlans, type DemoPlan } from './market.ts';
import { demoInsurance, type DemoPolicy } from './insurance.ts';

export function* demoPolicies(size: DemoSize, now: Date): Generator<{ policy: DemoPolicy; plan: DemoPlan }> {
  const { enterprises, projects } = DEMO_SIZES[size];
  const plans = demoPlans();
  const byId = new Map(plans.map((p) => [p.id, p]));
  const world = demoProjects(projects, demoEnterprises(enterprises));
  for (const s of demoInsurance(world, DEMO_INSURERS, DEMO_BROKERS, plans, now))
    if (s.policy) yield { policy: s.policy, plan: byId.get(s.policy.planId)! };
}
