import { createTown } from "@kankei/core";
import { describe, expect, it } from "vitest";
import { formatSummary } from "../../src/commands/summary.js";

describe("kankei summary names (issue 11, item 6)", () => {
  it("shows a person without a name by their own id, not by the project that has the same id", () => {
    const town = createTown({
      town: { asOf: "2024-04-01" },
      people: [{ id: "1", origin: "local" }, { id: "2", name: "佐藤", origin: "outsider" }],
      projects: [{ id: "1", name: "Fan club" }, { id: "2", name: "Workation" }],
      roles: [
        { person: "1", project: "1", role: "initiator" },
        { person: "2", project: "2", role: "initiator" },
      ],
    });
    const text = formatSummary(town, "en");
    const initiators = text.split("\n").filter((l) => l.includes("initiator") || l.includes("Initiator"));
    expect(text).toContain("1 (local");
    expect(text).not.toMatch(/Fan club \(local/);
    expect(text).toContain("佐藤 (outsider");
    expect(initiators.length).toBeGreaterThan(0);
  });
});
