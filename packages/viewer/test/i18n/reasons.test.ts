import { successionRisk } from "@kankei/core";
import { describe, expect, it } from "vitest";
import { candidateReasons, departureReason } from "../../src/i18n/reasons.js";
import { exampleTown } from "../fixtures/example-town.js";

describe("reasons in the coordinator's language", () => {
  const town = exampleTown();
  const risk = successionRisk(town);

  it("give one Japanese line per part the core's English reasons list", () => {
    for (const p of risk.projects) {
      for (const c of p.candidates) {
        const ja = candidateReasons(c, risk.options, "ja");
        const en = candidateReasons(c, risk.options, "en");
        expect(ja.length).toBe(en.length);
        expect(ja[0]).toMatch(/: 基礎 /);
        if (c.parts.tie > 0) expect(ja.some((r) => r.includes("紐帯: +"))).toBe(true);
        if (c.parts.prior > 0) expect(en.some((r) => r.startsWith("has been an initiator"))).toBe(true);
      }
    }
  });

  it("say why an initiator may leave: the posting's end inside the horizon, else the sector's hazard", () => {
    for (const p of risk.projects) {
      for (const i of p.initiators) {
        const text = departureReason(town.person(i.id), i.q, risk.date, risk.options, "en");
        if (i.q === 1) expect(text).toMatch(/^posting or term ends on \d{4}-\d{2}-\d{2}$/);
        else expect(text).toMatch(/^yearly chance of leaving for /);
      }
    }
  });
});
