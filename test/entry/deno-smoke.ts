// Run by runtimes.test.ts with Deno: imports the library by its package name.
import { summarizeTown } from "@kankei/core";
import { parseTown } from "@kankei/core/io";

const town = parseTown({
  format: "kankei-town",
  version: 1,
  town: { asOf: "2024-04-01" },
  people: [{ id: "a", origin: "local" }, { id: "b", origin: "outsider" }],
  projects: [{ id: "p" }],
  roles: [{ person: "a", project: "p", role: "initiator" }],
  ties: [{ a: "a", b: "b", strength: "weak" }],
});
const s = summarizeTown(town);
console.log(JSON.stringify({ people: town.people.length, initiators: town.initiatorsAt("p"), weak: s.ties.byStrength.weak }));
