/**
 * The CSV bundle (CSV 一式): reading and writing a town as one CSV file per table, with the
 * tokenizer, encodings, headers and values it is built from.
 *
 * @module
 */

export {
  readCsvBundle,
  writeCsvBundle,
  type CsvBundle,
  type CsvBundleFiles,
  type CsvFileContent,
  type ReadCsvBundleOptions,
  type WriteCsvBundleOptions,
} from "./bundle.js";
export { detectCsvDelimiter, parseCsv, type CsvDelimiter, type CsvSyntaxIssue, type ParseCsvOptions, type ParsedCsv } from "./parse.js";
export { formatCsv, formatCsvCell } from "./format.js";
export {
  csvEncoding,
  csvInvalidBytes,
  csvUnencodableChars,
  decodeCsvBytes,
  encodeCsvText,
  type CsvEncoding,
  type CsvEncodingName,
  type CsvInvalidBytes,
  type DecodedCsvText,
  type DetectedCsvEncoding,
  type EncodeCsvTextOptions,
} from "./encoding.js";
export { encodeShiftJis, shiftJisInvalidOffset, shiftJisUnencodable } from "./shift-jis.js";
export { CSV_HEADER_ALIASES, CSV_JA_HEADERS, csvFieldOfHeader, csvHeaderOf, type CsvLang } from "./columns.js";
export {
  CSV_JA_VALUES,
  CSV_TYPED_PREFIX,
  CSV_VALUE_ALIASES,
  csvEnumValue,
  normalizeCsvDate,
  parseCsvAmount,
  readCsvCell,
  guardText,
  unguardText,
  writeCsvCell,
  type CsvEnumName,
} from "./values.js";
export { CSV_FILE_NAMES, CSV_REQUIRED_TABLES, CSV_TABLES, csvTableOfFile, type CsvTableName } from "./files.js";
