import { describe, expect, it } from "vitest";
import { CsvSyntaxError, DuplicateIdError, EncodingError, FormatError, InvalidValueError, MalformedDateError, MissingFieldError, MissingFileError, OutOfBoundsError, SelfTieError, TownValidationError, UnencodableError, UnresolvedReferenceError, type Town, type TownProblem } from "../../../src/index.js";
import { parseTown, readCsvBundle, serializeTown, writeCsvBundle, type CsvBundleFiles } from "../../../src/io.js";
import { encodeShiftJis } from "../../../src/io/csv/index.js";

const BASE = {
  "people.csv": "id,name,origin,sector\nsato,Sato,local,government\nmori,Mori,outsider,corps\n",
  "projects.csv": "id,name,lead,start\nfan,Fan club,public,2022-04-01\n",
  "roles.csv": "person,project,role,from\nsato,fan,initiator,2022-04-01\nmori,fan,cooperator,2022-06-01\n",
  "ties.csv": "a,b,strength\nsato,mori,strong\n",
};

/** The problems of a bundle that must not load. */
function problemsOf(files: CsvBundleFiles): readonly TownProblem[] {
  try {
    readCsvBundle(files);
  } catch (e) {
    expect(e).toBeInstanceOf(TownValidationError);
    return (e as TownValidationError).problems;
  }
  throw new Error("the bundle loaded");
}

const summary = (p: TownProblem) => ({
  name: p.name,
  file: p.location.file,
  row: p.location.row,
  field: p.field,
  column: p.column,
});

const text = (bytes: Uint8Array | undefined, enc = "utf-8") => new TextDecoder(enc).decode(bytes);

describe("readCsvBundle", () => {
  it("reads an English bundle given as text", () => {
    const town = readCsvBundle(BASE);
    expect(town.people.map((p) => p.id)).toEqual(["sato", "mori"]);
    expect(town.people[1]).toEqual({ id: "mori", name: "Mori", origin: "outsider", sector: "corps" });
    expect(town.initiatorsAt("fan", "2023-01-01")).toEqual(["sato"]);
    expect(town.contributions).toEqual([]);
    expect(town.info).toEqual({});
  });

  it("reads Japanese file names, headers and values, mixed with English per column", () => {
    const town = readCsvBundle({
      "町.csv": "ID,町名,基準日\nhigashi,東町,2024/4/1\n",
      "人物.csv": "ID,氏名,出自,所属,関わり方,参加日,離脱日,任期満了日\nsato,佐藤,地域内,自治体職員,就業・就労,2020/4/1,,2025/3/31\nmori,森,よそ者,地域おこし協力隊,参加・交流,2022-04-01,,\n",
      "事業.csv": "ID,事業名,主導,開始日,終了日\nfan,ファンクラブ,行政主導,2022/4/1,\n",
      "役割.csv": "人物ID,事業ID,役割,開始日,終了日\nsato,fan,仕掛け人,,\nmori,fan,協力者,2022/6/1,\n",
      "紐帯.csv": "人物A,人物B,紐帯,開始日,終了日,種類\nsato,mori,強い,2022/4/1,,同僚\n",
      "貢献.csv": "人物ID,事業ID,資源,日付,金額,備考\nmori,fan,カネ,2023/1/15,\"10,000\",寄付\nmori,fan,情報,,,\n",
    });
    expect(town.info).toEqual({ id: "higashi", name: "東町", asOf: "2024-04-01" });
    expect(town.people[0]).toEqual({
      id: "sato",
      name: "佐藤",
      origin: "local",
      sector: "government",
      relationship: "work",
      joined: "2020-04-01",
      tenureEnds: "2025-03-31",
    });
    expect(town.people[1]).toMatchObject({ origin: "outsider", sector: "corps", relationship: "exchange" });
    expect(town.projects[0]).toEqual({ id: "fan", name: "ファンクラブ", lead: "public", start: "2022-04-01" });
    expect(town.roles.map((r) => r.role)).toEqual(["initiator", "cooperator"]);
    expect(town.ties[0]).toEqual({ a: "sato", b: "mori", strength: "strong", from: "2022-04-01", kind: "同僚" });
    expect(town.contributions).toEqual([
      { person: "mori", project: "fan", resource: "money", date: "2023-01-15", amount: 10000, note: "寄付" },
      { person: "mori", project: "fan", resource: "information" },
    ]);
  });

  it("reads Shift_JIS bytes, made by the encoder and hard-coded", () => {
    const files = {
      "people.csv": encodeShiftJis("ID,氏名,出自\r\nsato,佐藤,地域内\r\nmori,森,地域外\r\n"),
      "projects.csv": encodeShiftJis("ID,事業名\r\nfan,ファンクラブ\r\n"),
      // "person,project,role\r\nsato,fan,仕掛け人\r\n" with 仕掛け人 = 8E 64 8A 7C 82 AF 90 6C
      "roles.csv": new Uint8Array([
        ...new TextEncoder().encode("person,project,role\r\nsato,fan,"),
        0x8e, 0x64, 0x8a, 0x7c, 0x82, 0xaf, 0x90, 0x6c,
        0x0d, 0x0a,
      ]),
      "ties.csv": encodeShiftJis("人物A,人物B,紐帯\r\nsato,mori,弱\r\n"),
    };
    const town = readCsvBundle(files);
    expect(town.people.map((p) => p.name)).toEqual(["佐藤", "森"]);
    expect(town.projects[0]!.name).toBe("ファンクラブ");
    expect(town.roles[0]!.role).toBe("initiator");
    expect(town.ties[0]!.strength).toBe("weak");
  });

  it("reads UTF-8 with a BOM, as ArrayBuffer or Uint8Array, from a Map with paths", () => {
    const bom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)]);
    const files = new Map<string, Uint8Array | ArrayBuffer | string>([
      ["export/People.CSV", bom(BASE["people.csv"]).buffer],
      ["export/projects.csv", bom(BASE["projects.csv"])],
      ["export/roles.csv", "\uFEFF" + BASE["roles.csv"]],
      ["export/ties.csv", bom(BASE["ties.csv"])],
      ["export/readme.txt", "ignored"],
    ]);
    const town = readCsvBundle(files);
    expect(town.people.map((p) => p.id)).toEqual(["sato", "mori"]);
    expect(Object.keys(town.people[0]!)).toEqual(["id", "name", "origin", "sector"]);
  });

  it("reads Excel's dates as ISO dates", () => {
    const town = readCsvBundle({
      ...BASE,
      "projects.csv": "id,start,end\nfan,2022/4/1,2030/12/31\n",
      "roles.csv": "person,project,role,from,to\nsato,fan,initiator,2022/04/01,2024/3/31\n",
    });
    expect(town.projects[0]).toEqual({ id: "fan", start: "2022-04-01", end: "2030-12-31" });
    expect(town.roles[0]).toMatchObject({ from: "2022-04-01", to: "2024-03-31" });
  });

  it("reads quoted cells with commas, quotes and line breaks; later rows keep their numbers", () => {
    const files = {
      ...BASE,
      "people.csv": 'id,name,origin,note\nsato,"Sato, Ken",local,"first line\nsecond line\nthird"\nmori,"Mori ""the cook""",outsider,\nkudo,Kudo,alien,\n',
    };
    const problems = problemsOf(files);
    // kudo is record 4 (row 4), although the multi-line cell puts it on physical line 6
    expect(problems.map(summary)).toEqual([
      { name: "InvalidValueError", file: "people.csv", row: 4, field: "origin", column: undefined },
    ]);
    const town = readCsvBundle({ ...files, "people.csv": files["people.csv"].replace("alien", "local") });
    expect(town.people[0]).toEqual({ id: "sato", name: "Sato, Ken", origin: "local", note: "first line\nsecond line\nthird" });
    expect(town.people[1]!.name).toBe('Mori "the cook"');
  });

  it("keeps extra columns as text, in both the records and the header", () => {
    const town = readCsvBundle({
      ...BASE,
      "town.csv": "id,name,asOf,prefecture\nhigashi,East,2024-04-01,Hokkaido\n",
      "people.csv": "id,origin,hobby,since\nsato,local,fishing,2001\nmori,outsider,,\n",
    });
    expect(town.info).toEqual({ id: "higashi", name: "East", asOf: "2024-04-01", prefecture: "Hokkaido" });
    expect(town.people).toEqual([
      { id: "sato", origin: "local", hobby: "fishing", since: "2001" },
      { id: "mori", origin: "outsider" },
    ]);
  });

  it("skips blank rows, but counts them as spreadsheet rows", () => {
    const problems = problemsOf({ ...BASE, "people.csv": "id,origin\nsato,local\n\n,,\nmori,outsider\nkudo,\n" });
    expect(problems.map(summary)).toEqual([{ name: "MissingFieldError", file: "people.csv", row: 6, field: "origin", column: undefined }]);
  });

  it("reports every problem of every file together, with file, row and column", () => {
    const problems = problemsOf({
      "人物.csv": "ID,氏名,出自\nsato,佐藤,地域内\nmori,森,宇宙人\nsato,佐藤二郎,地域内\n",
      "projects.csv": "id,name,start\nfan,Fan club,2022/2/30\nmig,Migration,2022-04-01\n",
      "roles.csv": "人物ID,事業ID,役割,開始日\nsato,fan,仕掛け人,\nmori,mig,協力者,2021-01-01\nsato,nope,支援者,\n",
      "ties.csv": "a,b,strength\nsato,sato,strong\nmori,sato,medium\n",
      "contributions.csv": 'person,project,resource,amount\nmori,mig,money,"lots\n',
    });
    expect(problems.map(summary)).toEqual([
      { name: "InvalidValueError", file: "人物.csv", row: 3, field: "origin", column: "出自" },
      { name: "DuplicateIdError", file: "人物.csv", row: 4, field: "id", column: "ID" },
      { name: "MalformedDateError", file: "projects.csv", row: 2, field: "start", column: undefined },
      { name: "OutOfBoundsError", file: "roles.csv", row: 3, field: "from", column: "開始日" },
      { name: "UnresolvedReferenceError", file: "roles.csv", row: 4, field: "project", column: "事業ID" },
      { name: "SelfTieError", file: "ties.csv", row: 2, field: "b", column: undefined },
      { name: "InvalidValueError", file: "ties.csv", row: 3, field: "strength", column: undefined },
      { name: "CsvSyntaxError", file: "contributions.csv", row: 2, field: undefined, column: undefined },
    ]);
    expect(problems[0]).toBeInstanceOf(InvalidValueError);
    expect(problems[0]!.value).toBe("宇宙人");
    expect(problems[0]!.message).toContain('人物.csv row 3, field "出自"');
    expect(problems[1]).toBeInstanceOf(DuplicateIdError);
    expect(problems[1]!.related).toMatchObject({ file: "人物.csv", row: 2 });
    expect(problems[2]).toBeInstanceOf(MalformedDateError);
    expect(problems[2]!.value).toBe("2022/2/30");
    expect(problems[3]).toBeInstanceOf(OutOfBoundsError);
    expect(problems[4]).toBeInstanceOf(UnresolvedReferenceError);
    expect(problems[5]).toBeInstanceOf(SelfTieError);
    expect(problems[7]).toBeInstanceOf(CsvSyntaxError);
  });

  it("names a missing required file, and still reports the other files' problems", () => {
    const { "ties.csv": _ties, ...rest } = BASE;
    const problems = problemsOf({ ...rest, "roles.csv": "person,project,role\nsato,fan,boss\n" });
    expect(problems.map(summary)).toEqual([
      { name: "InvalidValueError", file: "roles.csv", row: 2, field: "role", column: undefined },
      { name: "MissingFileError", file: "ties.csv", row: undefined, field: undefined, column: undefined },
    ]);
    expect(problems[1]).toBeInstanceOf(MissingFileError);
    expect(problems[1]!.message).toContain("ties.csv");
  });

  it("does not flood the report with references into a missing file", () => {
    const { "people.csv": _people, ...rest } = BASE;
    const problems = problemsOf(rest);
    expect(problems.map((p) => p.name)).toEqual(["MissingFileError"]);
    expect(problems[0]!.location.file).toBe("people.csv");
  });

  it("reports a file that is neither UTF-8 nor Shift_JIS, with its row", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,name,origin\nsato,"Sato\nKen",local\nmori,'), 0xff, ...new TextEncoder().encode(",outsider\n")]);
    const problems = problemsOf({ ...BASE, "people.csv": bytes });
    expect(problems.map(summary)).toEqual([{ name: "EncodingError", file: "people.csv", row: 3, field: undefined, column: undefined }]);
    expect(problems[0]).toBeInstanceOf(EncodingError);
    expect(problems[0]!.message).toContain("0xFF");
  });

  it("refuses a people.csv that mixes UTF-8 and Shift_JIS rows, naming the first row in the other encoding", () => {
    const head = encodeShiftJis("id,name,origin\r\nmori,森,outsider\r\n");
    const pasted = new TextEncoder().encode("sato,佐藤,local\r\n");
    const bytes = new Uint8Array([...head, ...pasted]);
    const problems = problemsOf({ ...BASE, "people.csv": bytes });
    expect(problems.map(summary)).toEqual([{ name: "EncodingError", file: "people.csv", row: 3, field: undefined, column: undefined }]);
    expect(problems[0]!.message).toMatch(/mixes encodings/);
    expect(problems[0]!.message).toMatch(/UTF-8/);
  });

  it("reads Shift_JIS half-width katakana names right", () => {
    const town = readCsvBundle({ ...BASE, "people.csv": encodeShiftJis("id,name,origin\r\nsato,ﾅｶ ﾐｷ,local\r\nmori,ﾓﾘ,outsider\r\n") });
    expect(town.people.map((p) => p.name)).toEqual(["ﾅｶ ﾐｷ", "ﾓﾘ"]);
  });

  it("reports CSV syntax errors: unclosed quote, text after a quote, long rows, headerless and duplicate columns", () => {
    const problems = problemsOf({
      ...BASE,
      "people.csv": 'id,origin,,名前,name\nsato,local,x,Sato,\nmori,outsider,,,,extra\n',
      "ties.csv": 'a,b,strength\n"sato"x,mori,strong\n',
    });
    expect(problems.map(summary)).toEqual([
      { name: "CsvSyntaxError", file: "people.csv", row: 1, field: undefined, column: undefined },
      { name: "CsvSyntaxError", file: "people.csv", row: 1, field: "name", column: "name" },
      { name: "CsvSyntaxError", file: "people.csv", row: 3, field: undefined, column: undefined },
      { name: "CsvSyntaxError", file: "ties.csv", row: 2, field: undefined, column: undefined },
      { name: "UnresolvedReferenceError", file: "ties.csv", row: 2, field: "a", column: undefined },
    ]);
  });

  it("rejects two files for one table and a town.csv with two rows", () => {
    const problems = problemsOf({ ...BASE, "人物.csv": BASE["people.csv"], "town.csv": "id\na\nb\n" });
    expect(problems.map(summary)).toEqual([
      { name: "CsvSyntaxError", file: "town.csv", row: 3, field: undefined, column: undefined },
      { name: "FormatError", file: "人物.csv", row: undefined, field: undefined, column: undefined },
    ]);
    expect(problems[1]).toBeInstanceOf(FormatError);
  });

  it("reads a required file with only its header row as an empty table", () => {
    const town = readCsvBundle({ ...BASE, "ties.csv": "a,b,strength\r\n" });
    expect(town.ties).toEqual([]);
  });

  it("refuses a required file that is empty (no header row), naming each one (was: a valid empty town)", () => {
    const problems = problemsOf({ "people.csv": "", "projects.csv": new Uint8Array(0), "roles.csv": "", "ties.csv": "" });
    expect(problems.map(summary)).toEqual(
      ["people.csv", "projects.csv", "roles.csv", "ties.csv"].map((file) => ({ name: "CsvSyntaxError", file, row: undefined, field: undefined, column: undefined })),
    );
    expect(problems[0]!.message).toContain("empty");
    // an optional file may be empty
    expect(readCsvBundle({ ...BASE, "contributions.csv": "", "town.csv": "" }).people.length).toBe(2);
  });

  it("reports an absent required value with the column header", () => {
    const problems = problemsOf({ ...BASE, "people.csv": "ID,出自\nsato,\nmori,outsider\n" });
    expect(problems[0]).toBeInstanceOf(MissingFieldError);
    expect(summary(problems[0]!)).toEqual({ name: "MissingFieldError", file: "people.csv", row: 2, field: "origin", column: "出自" });
  });
});

describe("writeCsvBundle", () => {
  const town = (): Town =>
    readCsvBundle({
      ...BASE,
      "town.csv": "id,name,asOf\nhigashi,東町,2024-04-01\n",
      "people.csv": 'id,name,origin,sector,hobby\nsato," Sato, Ken",local,government,"fishing\nhiking"\nmori,森,outsider,corps,\n',
      "contributions.csv": "person,project,resource,amount,gift\nmori,fan,money,1500.5,yes\n",
    });

  it("writes every table with all known columns, extras last, CRLF and a UTF-8 BOM", () => {
    const files = writeCsvBundle(town());
    expect(Object.keys(files)).toEqual(["town.csv", "people.csv", "projects.csv", "roles.csv", "ties.csv", "contributions.csv"]);
    const people = files["people.csv"]!;
    expect(Array.from(people.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(people)).toBe(
      "id,name,origin,sector,relationship,joined,left,tenureEnds,hobby\r\n" +
        'sato," Sato, Ken",local,government,,,,,"fishing\nhiking"\r\n' +
        "mori,森,outsider,corps,,,,,\r\n",
    );
    expect(text(files["town.csv"])).toBe("id,name,asOf\r\nhigashi,東町,2024-04-01\r\n");
    expect(text(files["contributions.csv"])).toBe("person,project,resource,date,amount,note,gift\r\nmori,fan,money,,1500.5,,yes\r\n");
  });

  it("writes Japanese headers and values, optionally Japanese file names, without BOM on request", () => {
    const files = writeCsvBundle(town(), { lang: "ja", bom: false, fileNames: "ja" });
    expect(Object.keys(files)).toEqual(["町.csv", "人物.csv", "事業.csv", "役割.csv", "紐帯.csv", "貢献.csv"]);
    expect(files["人物.csv"]![0]).toBe("I".charCodeAt(0));
    expect(text(files["人物.csv"]).split("\r\n").slice(0, 3)).toEqual([
      "ID,氏名,出自,所属,関わり方,参加日,離脱日,任期満了日,hobby",
      'sato," Sato, Ken",地域内,自治体職員,,,,,"fishing\nhiking"',
      "mori,森,地域外,地域おこし協力隊,,,,,",
    ]);
    expect(text(files["役割.csv"])).toBe("人物ID,事業ID,役割,開始日,終了日\r\nsato,fan,仕掛け人,2022-04-01,\r\nmori,fan,協力者,2022-06-01,\r\n");
    expect(text(files["紐帯.csv"])).toBe("人物A,人物B,紐帯,開始日,終了日,種類\r\nsato,mori,強,,,\r\n");
    expect(text(files["町.csv"])).toBe("ID,町名,基準日\r\nhigashi,東町,2024-04-01\r\n");
  });

  it("writes Shift_JIS without a BOM", () => {
    const files = writeCsvBundle(town(), { lang: "ja", encoding: "shift_jis" });
    const roles = files["roles.csv"]!;
    expect(Array.from(roles.subarray(0, 2))).toEqual([0x90, 0x6c]); // 人 of 人物ID
    expect(text(roles, "shift_jis")).toContain("仕掛け人");
    expect(readCsvBundle(files).toRecords()).toEqual(town().toRecords());
  });

  it("writes an empty town.csv (header only) when the town has no header fields", () => {
    const files = writeCsvBundle(readCsvBundle(BASE));
    expect(text(files["town.csv"])).toBe("\uFEFFid,name,asOf\r\n".slice(1));
    expect(readCsvBundle(files).info).toEqual({});
  });

  it("reports every character Shift_JIS cannot encode with file, row and field; writes nothing", () => {
    const t = parseTown({
      format: "kankei-town",
      version: 1,
      people: [
        { id: "sato", name: "佐藤", origin: "local" },
        { id: "mori", name: "森鷗外", origin: "outsider", mood: "🙂" },
      ],
      ties: [{ a: "sato", b: "mori", strength: "weak", kind: "友人🙂" }],
    });
    let error: unknown;
    try {
      writeCsvBundle(t, { encoding: "shift_jis", lang: "ja" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TownValidationError);
    const problems = (error as TownValidationError).problems;
    expect(problems.every((p) => p instanceof UnencodableError)).toBe(true);
    expect(problems.map(summary)).toEqual([
      { name: "UnencodableError", file: "people.csv", row: 3, field: "name", column: "氏名" },
      { name: "UnencodableError", file: "people.csv", row: 3, field: "mood", column: undefined },
      { name: "UnencodableError", file: "ties.csv", row: 2, field: "kind", column: "種類" },
    ]);
    expect(problems[0]!.message).toContain("鷗");
    // the same town is fine in UTF-8
    expect(readCsvBundle(writeCsvBundle(t)).toRecords()).toEqual(t.toRecords());
  });

  it("refuses an extra field whose header would read back as a known field", () => {
    const t = parseTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "local", 氏名: "x", " pad": "y" }] });
    try {
      writeCsvBundle(t);
      expect.unreachable();
    } catch (e) {
      expect((e as TownValidationError).problems.map(summary)).toEqual([
        { name: "UnencodableError", file: "people.csv", row: 1, field: "氏名", column: undefined },
        { name: "UnencodableError", file: "people.csv", row: 1, field: " pad", column: undefined },
      ]);
    }
  });

  it("keeps extra values and their types: numbers, booleans, arrays, objects, null, blank texts (was: all texts, null and \"\" dropped)", () => {
    const big = 2 ** 53 + 2;
    const person = { id: "a", origin: "local", n: 3, f: -1.5e-7, big, yes: true, tags: ["x", 1, null], o: { k: { deep: [false] } }, none: null, empty: "", blank: " \n", text: "3", look: "json:1", name: "" };
    const t = parseTown({ format: "kankei-town", version: 1, people: [person] });
    for (const lang of ["en", "ja"] as const) {
      for (const encoding of ["utf-8", "shift_jis"] as const) {
        const back = readCsvBundle(writeCsvBundle(t, { lang, encoding }));
        expect(back.people[0]).toEqual(person);
        expect(back.people[0]!.n).toBe(3);
        expect(back.people[0]!.text).toBe("3");
        expect(back.people[0]!.big).toBe(big);
      }
    }
  });

  it("keeps the document's top-level extra fields, as $.-columns of town.csv (was: dropped)", () => {
    const text = '{"format":"kankei-town","version":1,"survey":{"year":2024},"__proto__":["kept"],"town":{"name":"架空町","budget":100},"people":[{"id":"a","origin":"local"}]}';
    const t = parseTown(text);
    const files = writeCsvBundle(t);
    expect(new TextDecoder().decode(files["town.csv"]).split("\r\n")[0]).toBe("id,name,asOf,budget,$.survey,$.__proto__");
    const back = readCsvBundle(files);
    expect(back.info).toEqual({ name: "架空町", budget: 100 });
    expect(serializeTown(back)).toBe(serializeTown(t));
    expect(JSON.parse(serializeTown(back)).survey).toEqual({ year: 2024 });
  });

  it("refuses a town field whose name would read back as a document field", () => {
    const t = parseTown({ format: "kankei-town", version: 1, town: { "$.x": 1 } });
    expect(() => writeCsvBundle(t)).toThrow(TownValidationError);
  });

  it("round-trips a town read from CSV in both languages and encodings", () => {
    const t = town();
    for (const lang of ["en", "ja"] as const) {
      for (const encoding of ["utf-8", "shift_jis"] as const) {
        expect(readCsvBundle(writeCsvBundle(t, { lang, encoding })).toRecords()).toEqual(t.toRecords());
      }
    }
  });
});
