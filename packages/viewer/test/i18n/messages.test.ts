import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGS, MESSAGES, formatFigure, formatShare, languageOf, message, roleLabel } from "../../src/i18n/messages.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the message tables", () => {
  it("have the same keys in Japanese and English", () => {
    expect(Object.keys(MESSAGES.ja).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it("have no empty message", () => {
    for (const lang of LANGS) for (const [key, text] of Object.entries(MESSAGES[lang])) expect(text.trim(), `${lang}.${key}`).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect(placeholders(MESSAGES.ja[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it("say the Japanese interface in Japanese", () => {
    expect(MESSAGES.ja.riskTitle).toBe("後継リスク");
    expect(MESSAGES.ja.standIns).toBe("代役");
    expect(roleLabel("ja", "cooperator")).toBe("協力者");
    expect(roleLabel("ja", null)).toBe("役割なし");
  });
});

describe("message", () => {
  it("fills every placeholder it is given and keeps the others", () => {
    expect(message("en", "status", { town: "T", date: "2025-04-01", people: 3, ties: 2, strong: 1 })).toBe("T · 2025-04-01 · 3 people · 2 ties (1 strong)");
    expect(message("en", "whatIf")).toBe("What if {name} leaves?");
  });

  it("inserts user text as it is (no markup is interpreted)", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(message("ja", "whatIf", { name })).toBe(`${name} さんが離れたら？`);
      }),
    );
  });
});

describe("languageOf", () => {
  it("is Japanese exactly for tags starting with ja", () => {
    expect(languageOf("ja")).toBe("ja");
    expect(languageOf("JA-jp")).toBe("ja");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("")).toBe("en");
    expect(languageOf(null)).toBe("en");
  });
});

describe("number formats", () => {
  it("round figures and shares", () => {
    expect(formatFigure(0.125)).toBe("0.13");
    expect(formatFigure(1)).toBe("1");
    expect(formatFigure(Infinity)).toBe("∞");
    expect(formatShare(0.5)).toBe("50%");
    expect(formatShare(NaN)).toBe("–");
  });
});
