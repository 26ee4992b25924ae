import { describe, expect, it } from "vitest";
import { ObservationReader } from "./observation-reader.js";

const feed = (...lines: string[]) => {
  const reader = new ObservationReader();
  reader.push(Buffer.from(lines.join("")));
  reader.end();
  return reader;
};

describe("ObservationReader", () => {
  it("reads values, exceptions and control lines, across chunk boundaries", () => {
    const reader = new ObservationReader();
    const text =
      '{"ready":true}\n{"c":"a","v":[1,{"$tuple":[2]}]}\n{"c":"b","e":{"t":"KeyError","b":["KeyError"]}}\n{"done":true}\n';
    for (const ch of text) reader.push(Buffer.from(ch));
    reader.end();
    expect(reader.ready && reader.finished).toBe(true);
    expect(reader.observations.get("a")?.outcome).toEqual({ kind: "value", value: [1, { $tuple: [2] }] });
    expect(reader.observations.get("b")?.outcome).toMatchObject({ kind: "raised", type: "KeyError" });
    expect(reader.protocolErrors).toEqual([]);
  });

  it("flags two different observations for one case as a conflict, but not an identical repeat", () => {
    expect([...feed('{"c":"a","v":1}\n', '{"c":"a","v":1}\n').conflicts]).toEqual([]);
    expect([...feed('{"c":"a","v":1}\n', '{"c":"a","v":2}\n').conflicts]).toEqual(["a"]);
  });

  it("rejects non-ASCII bytes, non-JSON, unknown shapes and unterminated lines", () => {
    const reader = feed(
      '{"c":"a","v":"\u00e9"}\n',
      "verdict: PASS\n",
      '{"c":"a","v":{"x":1}}\n',
      '{"c":"a","v":1,"extra":2}\n',
      '{"c":"z","v":1}',
    );
    expect(reader.protocolErrors).toHaveLength(4);
    expect(reader.truncated).toBe(true);
    expect(reader.observations.size).toBe(0);
  });
});
