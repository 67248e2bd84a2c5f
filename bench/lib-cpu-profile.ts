// PROFILE=<file.cpuprofile>: a CPU profile of just the measured part of an in-process benchmark (no
// start-up, no warm-up), for chrome://inspect or any .cpuprofile viewer.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";

/** Runs `measured` under the profiler when PROFILE names a file; returns its result either way. */
export async function profiled<T>(measured: () => Promise<T>): Promise<T> {
  const file = process.env.PROFILE;
  if (!file) return measured();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  const result = await measured();
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
  return result;
}
