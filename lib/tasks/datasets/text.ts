/** Shared checks for uploaded files: size, UTF-8, line endings, and the error type. */

export const MAX_DATASET_BYTES = 20 * 1024 * 1024;
/** Problems listed in an error message; the rest are counted. */
const SHOWN_PROBLEMS = 10;

/** A file that cannot be imported; `problems` lists every reason, `message` the first few. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).join('\n');
    const more = problems.length > SHOWN_PROBLEMS ? `\n…and ${problems.length - SHOWN_PROBLEMS} more problems.` : '';
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems:\n${shown}${more}`);
    this.name = 'DatasetError';
  }
}

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
const megabytes = (n: number) => `${Math.ceil((n / 1024 / 1024) * 10) / 10} MB`;

/** The first line (1-based) that is not valid UTF-8; LF bytes never occur inside a multi-byte character. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (end === bytes.length) return line;
    start = end + 1;
  }
}

/**
 * Decodes an upload: at most 20 MB, strict UTF-8 (a bad byte names its line), the byte-order
 * mark dropped, CRLF / CR line endings turned into LF.
 */
export function decodeUpload(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DatasetError(['The file is empty.']);
  if (bytes.length > MAX_DATASET_BYTES) {
    throw new DatasetError([`The file is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_DATASET_BYTES)}. Upload a smaller sample.`]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetError([`line ${firstBadLine(bytes)}: not valid UTF-8 text. Save the file as UTF-8 (in Excel: "CSV UTF-8").`]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}
