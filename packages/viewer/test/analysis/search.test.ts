import { describe, expect, it } from "vitest";
import { searchKey, searchPeople } from "../../src/analysis/search.js";
import { exampleTown } from "../fixtures/example-town.js";

describe("searchPeople", () => {
  const town = exampleTown();

  it("finds a Japanese name with or without the space, and by id", () => {
    expect(searchPeople(town, "佐藤 健二")).toContain("g01");
    expect(searchPeople(town, "佐藤健二")).toContain("g01");
    expect(searchPeople(town, "G01")).toEqual(["g01"]);
  });

  it("puts names starting with the query first and finds nobody for an empty query", () => {
    const ids = searchPeople(town, "佐");
    const starts = ids.map((id) => searchKey(town.nameOf(id)).startsWith("佐"));
    expect(starts.indexOf(false) === -1 || starts.slice(starts.indexOf(false)).every((s) => !s)).toBe(true);
    expect(searchPeople(town, "")).toEqual([]);
  });

  it("only finds people present at a date when one is given", () => {
    for (const id of searchPeople(town, "a", "2016-04-01")) expect(town.isPresent(id, "2016-04-01")).toBe(true);
  });
});
