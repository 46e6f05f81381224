export {
  startScheduler,
  type Scheduler,
  type SchedulerOptions,
  type ScheduleOptions,
  type RetryPolicy,
  type Handler,
  type JobContext,
  type JobData,
  type Queues,
  type SchedulerLogger,
} from './scheduler.ts';
export { startDeadlineQueue, type DeadlineQueue, type DeadlineQueueOptions } from './deadline.ts';
