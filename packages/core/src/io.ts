/**
 * `@kankei/core/io`: the town's file formats, as text and bytes (no file system): the JSON
 * document (`parseTown`, `serializeTown`), the CSV bundle (CSV 一式: `readCsvBundle`,
 * `writeCsvBundle`, the file names of its tables and its encodings), and the GEXF and GraphML
 * exports for Gephi, Cytoscape and yEd; and the flat tables of results (`toTables`) as CSV or
 * Apache Parquet, for pandas, Polars, R or DuckDB.
 *
 * Like the main entry it uses no Node-only API: it runs in Node, in browsers and in Deno.
 * Reading and writing files on disk is `@kankei/core/node`.
 *
 * @module @kankei/core/io
 */
export {
  TOWN_FORMAT,
  TOWN_VERSIONS,
  parseTown,
  serializeTown,
  toTownDocument,
  type ParseTownOptions,
  type SerializeTownOptions,
  type TownDocument,
} from "./io/json.js";
export {
  readCsvBundle,
  writeCsvBundle,
  type CsvBundle,
  type CsvBundleFiles,
  type CsvFileContent,
  type ReadCsvBundleOptions,
  type WriteCsvBundleOptions,
} from "./io/csv/bundle.js";
export { CSV_FILE_NAMES, CSV_REQUIRED_TABLES, CSV_TABLES, csvTableOfFile, type CsvTableName } from "./io/csv/files.js";
export { csvEncoding, type CsvEncoding, type CsvEncodingName } from "./io/csv/encoding.js";
export type { CsvLang } from "./io/csv/columns.js";
export { GEXF_NAMESPACE, toGexf, type GexfOptions } from "./io/gexf.js";
export { GRAPHML_NAMESPACE, toGraphML, type GraphMLOptions } from "./io/graphml.js";
export { tableToCsv, tableToParquet, type TableCsvOptions } from "./io/tables.js";
export * from "./io/json-text.js";
