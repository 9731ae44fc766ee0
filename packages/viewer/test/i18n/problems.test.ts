import { TownValidationError } from "@kankei/core";
import { parseTown, readCsvBundle } from "@kankei/core/io";
import { describe, expect, it } from "vitest";
import { describeLoadError, describeProblem } from "../../src/i18n/problems.js";
import { NoTownFileError } from "../../src/io/open-files.js";

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("did not throw");
}

describe("describeProblem", () => {
  it("names the file, the row and the column of a CSV bundle's problem, in Japanese and English", () => {
    const e = thrown(() =>
      readCsvBundle({
        "人物.csv": "ID,氏名,出自\na,青木,地域内\nb,森,どこか\n",
        "projects.csv": "id\n",
        "roles.csv": "person,project,role\n",
        "ties.csv": "a,b,strength\n",
      }),
    ) as TownValidationError;
    expect(e).toBeInstanceOf(TownValidationError);
    const ja = describeProblem(e.problems[0]!, "ja");
    expect(ja).toMatchObject({ where: "人物.csv の 3 行目", field: "出自", rule: "使えない値です" });
    const en = describeProblem(e.problems[0]!, "en");
    expect(en).toMatchObject({ where: "人物.csv, row 3", field: "出自", rule: "a value is not allowed" });
    expect(en.detail).toContain("人物.csv row 3");
  });

  it("names the JSON path of a document's problem, after the file name", () => {
    const e = thrown(() => parseTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "local" }, { id: "a", origin: "local" }] }, { source: "x.json" }));
    const text = describeLoadError(e, "ja", "x.json");
    expect(text.title).toBe("x.json を開けませんでした。表示中の町はそのままです。");
    expect(text.problems).toHaveLength(1);
    expect(text.problems[0]).toMatchObject({ where: "x.json: $.people[1]", field: "id", rule: "ID が重複しています" });
  });
});

describe("describeLoadError", () => {
  it("explains a set of files with no town file", () => {
    const text = describeLoadError(new NoTownFileError(["a.txt"]), "en", "a.txt");
    expect(text.problems[0]!.rule).toMatch(/^No town file among them/);
  });

  it("keeps the message of any other error", () => {
    const text = describeLoadError(new Error("boom"), "en", "f");
    expect(text.problems).toEqual([{ where: "f", field: null, rule: "the input could not be read", detail: "boom" }]);
  });
});
