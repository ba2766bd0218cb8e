import { runCli } from './run.ts';

/** `npm run cli -- <command>`: administration without the web UI (tenants, passwords, backups). */
runCli(process.argv.slice(2), process.env, console).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
