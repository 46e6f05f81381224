// `npm start`: the whole platform on this machine, in one command. See packages/devstack/README.md.

import { relative, resolve } from 'node:path';
import { accountsTable } from './accounts.ts';
import { killAllSync } from './process.ts';
import { REPO_ROOT, startPlatform, type Platform } from './platform.ts';

const dataDir = resolve(process.env.ANZE_DATA_DIR || resolve(REPO_ROOT, '.anze'));
const ac = new AbortController();
let platform: Platform | undefined;
let signals = 0;
let shuttingDown = false;

function say(s: string): void {
  process.stdout.write(`${s}\n`);
}

function onSignal(sig: NodeJS.Signals): void {
  signals++;
  if (signals > 1) {
    say(`\n${sig} again: killing everything now.`);
    killAllSync();
    process.exit(130);
  }
  say(`\n${sig}: stopping (press Ctrl-C again to kill at once)…`);
  shuttingDown = true;
  ac.abort(new Error(`interrupted by ${sig}`));
  void platform?.stop().then(() => {
    say('Stopped.');
    process.exit(0);
  });
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const t0 = Date.now();
say(`Anze dev stack — data in ${relative(process.cwd(), dataDir) || '.'}`);
say(`  PostgreSQL: ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded (port 54329)'}`);
say(`  NATS:       ${process.env.NATS_URL ? 'NATS_URL' : 'nats-server (port 4223)'}\n`);

try {
  platform = await startPlatform({
    dataDir,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(process.env.NATS_URL ? { natsUrl: process.env.NATS_URL } : {}),
    ...(process.env.GATEWAY_SECRET ? { gatewaySecret: process.env.GATEWAY_SECRET } : {}),
    web: 'dev',
    signal: ac.signal,
  });
} catch (e) {
  if (shuttingDown) {
    // platform.stop() ran inside startPlatform
    say('Stopped.');
    process.exit(0);
  }
  process.stderr.write(`\n✖ Start-up failed: ${(e as Error).message}\n`);
  process.exit(1);
}

const p = platform;
const web = p.webUrl ?? 'http://localhost:8080';
say('');
say(`Anze is running (${((Date.now() - t0) / 1000).toFixed(1)} s):`);
say(`  web          ${web}`);
say(`  GraphQL IDE  ${p.ideUrl ?? `${web}/ide`}`);
say(`  gateway      ${p.gatewayUrl.replace('127.0.0.1', 'localhost')}`);
if (p.postgres) say(`  PostgreSQL   ${p.databaseUrl.replace(/:[^:@/]*@/, ':<secrets.json>@')}`);
if (p.nats) say(`  NATS         ${p.natsUrl}`);
say('');
if (p.demoAccounts.length) {
  say('Demo accounts:');
  say(accountsTable(p.demoAccounts, dataDir));
} else {
  say(`(no ${relative(process.cwd(), resolve(dataDir, 'demo-accounts.json'))} — did the identity seed run?)`);
}
say('\nCtrl-C stops everything.\n');

const crash = await p.exited;
if (!shuttingDown) {
  process.stderr.write(
    `\n✖ ${crash.name} exited unexpectedly (${crash.signal ?? `code ${crash.code}`}); stopping everything.\n`,
  );
  await p.stop();
  process.stderr.write(`✖ ${crash.name} died.\n`);
  process.exit(1);
}
