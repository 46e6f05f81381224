// The gateway in a process of its own, for the benchmark (not used in production: `gateway/src/main.ts` is). Forked
// by bench/src/gateway.ts with an IPC channel: it receives the identity URL in its environment, starts the real
// gateway in production mode on an ephemeral port, sends `{ url }` to the parent, and stops on the message 'stop'
// (then exits, which also writes a CPU profile when forked with --cpu-prof).
import { TEST_GATEWAY_SECRET } from '@anze/testing';
import { createLogger } from '@anze/server-kit';
import { startGateway } from '@anze/gateway/server';

const identityUrl = process.env.BENCH_IDENTITY_URL;
if (!identityUrl || !process.send) throw new Error('forked by bench/src/gateway.ts only');

const gateway = await startGateway({
  port: 0,
  host: '127.0.0.1',
  production: true,
  gatewaySecret: TEST_GATEWAY_SECRET,
  subgraphUrls: { identity: identityUrl },
  logger: createLogger({ service: 'gateway' }, 'warn'),
});
process.on('message', (message) => {
  // 'cpu': this process's CPU time so far (µs, user + system), so the parent can divide a run's share by its requests.
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send!({ cpuUs: user + system });
  }
  if (message === 'stop') gateway.stop().finally(() => process.exit(0));
});
// The parent going away (Ctrl-C, crash) must not leave the gateway running.
process.on('disconnect', () => {
  gateway.stop().finally(() => process.exit(0));
});
process.send({ url: gateway.url });
