import type { LimitsSpec } from "../core/task.js";

/** Concrete limits for one sandboxed execution, derived from suite and task limits. */
export interface ExecutionLimits {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly memoryBytes: number;
  readonly outputBytes: number;
  readonly observationBytes: number;
  readonly processes: number;
  readonly fileSizeBytes: number;
  readonly openFiles: number;
  readonly tmpfsBytes: number;
}

export const DEFAULT_LIMITS: Required<LimitsSpec> = {
  cpu_floor_seconds: 2,
  cpu_factor: 5,
  memory_mb: 1024,
  output_kb: 1024,
  observations_mb: 256,
  processes: 32,
  file_size_mb: 16,
  open_files: 64,
  tmpfs_mb: 64,
};

const MB = 1024 * 1024;

/**
 * Limits for a candidate: CPU is max(floor, factor × the reference's CPU time), so a verdict does
 * not depend on machine load; the wall clock is only a backstop for sleeping or blocked code.
 */
export function executionLimits(spec: LimitsSpec, referenceCpuMs?: number): ExecutionLimits {
  const s = { ...DEFAULT_LIMITS, ...stripUndefined(spec) };
  const floorMs = s.cpu_floor_seconds * 1000;
  // RLIMIT_CPU counts whole seconds, so the limit is rounded up to what the kernel enforces.
  const cpuMs =
    Math.ceil(Math.max(floorMs, referenceCpuMs === undefined ? 0 : s.cpu_factor * referenceCpuMs) / 1000) *
    1000;
  return {
    cpuMs,
    wallMs: cpuMs * 3 + 2000,
    memoryBytes: s.memory_mb * MB,
    outputBytes: s.output_kb * 1024,
    observationBytes: s.observations_mb * MB,
    processes: s.processes,
    fileSizeBytes: s.file_size_mb * MB,
    openFiles: s.open_files,
    tmpfsBytes: s.tmpfs_mb * MB,
  };
}

/** Limits for trusted work (references, validators, conversion): generous CPU, same isolation. */
export function trustedLimits(spec: LimitsSpec): ExecutionLimits {
  return executionLimits({ ...spec, cpu_floor_seconds: Math.max(120, spec.cpu_floor_seconds ?? 0) });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
