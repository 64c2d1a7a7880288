import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One erasure as the journal keeps it: who, in which tenant, when. Never a name. */
export interface JournalledErasure {
  readonly tenant: string;
  readonly learnerId: string;
  readonly erasedAt: string;
}

/**
 * The erasure journal (ERASURE_JOURNAL): a file outside DATA_DIR, one JSON line per erasure,
 * written by every erasure and read by `npm run restore`, so a restore after DATA_DIR is lost
 * still knows who was erased since the backup. It holds ids and times only: nothing in it
 * needs to be kept secret. Each line is on disk (fsync) before `record` returns.
 */
export class ErasureJournal {
  constructor(private readonly file: string | undefined) {}

  get configured(): boolean {
    return this.file !== undefined;
  }

  async record(erasure: JournalledErasure): Promise<void> {
    if (!this.file) return;
    const { tenant, learnerId, erasedAt } = erasure;
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const handle = await open(this.file, 'a', 0o600);
    try {
      await handle.appendFile(`${JSON.stringify({ tenant, learnerId, erasedAt })}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

/** The journal's erasures; a missing file holds none. A line that does not parse is an error. */
export async function readErasureJournal(file: string): Promise<JournalledErasure[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lines = text.split('\n');
  return lines.flatMap((line, index) => {
    // A crash mid-append can leave a last line cut short: nothing was acknowledged with it.
    if (line.trim() === '' || (index === lines.length - 1 && !isJson(line))) return [];
    const entry = parseEntry(line);
    if (!entry) throw new Error(`${file} line ${index + 1} is not an erasure`);
    return [entry];
  });
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function parseEntry(line: string): JournalledErasure | null {
  try {
    const { tenant, learnerId, erasedAt } = JSON.parse(line) as Record<string, unknown>;
    if (typeof tenant !== 'string' || typeof learnerId !== 'string') return null;
    if (typeof erasedAt !== 'string' || Number.isNaN(Date.parse(erasedAt))) return null;
    return { tenant, learnerId, erasedAt };
  } catch {
    return null;
  }
}
