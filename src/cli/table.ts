import Table from "cli-table3";
import pc from "picocolors";

/** A terminal table that is plain when colours are off (NO_COLOR, pipes, CI logs). */
export function table(head: string[]): InstanceType<typeof Table> {
  return pc.isColorSupported ? new Table({ head }) : new Table({ head, style: { head: [], border: [] } });
}
