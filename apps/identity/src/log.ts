/** One structured log line. Callers pass no personal data: no emails, names, passwords or tokens. */
export type Log = (entry: Record<string, unknown>) => void;

export const jsonLog: Log = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), app: "identity", ...entry })}\n`);
};
