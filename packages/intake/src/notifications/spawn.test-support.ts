import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./outbox-worker.test-support.ts", import.meta.url));
const packageRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface OutboxProcess {
  child: ChildProcessWithoutNullStreams;
  /** Resolves once the process has opened the database. */
  ready: Promise<void>;
  /** Resolves with everything the process printed, once it exits (for any reason). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
}

/** Starts outbox-worker.test-support.ts in its own Node process (tests only). */
export function spawnOutboxProcess(args: string[]): OutboxProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: packageRoot,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let signalReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    signalReady = resolve;
  });
  child.stdout.on("data", (chunk) => {
    out += chunk;
    if (out.includes("ready\n")) signalReady();
  });
  child.stderr.on("data", (chunk) => {
    err += chunk;
  });
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    out: string;
    err: string;
  }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, out, err })));
  return { child, ready, exited };
}
