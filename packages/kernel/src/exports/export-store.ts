import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { z } from 'zod';

/**
 * Where data exports are put together: each context writes its section as a file, compliance joins
 * them into one bundle, and the gateway streams the bundle to whoever holds a valid link. One
 * directory shared by the services (a volume in docker-compose; under .data/ for `npm start`).
 */
export const exportFields = {
  EXPORTS_DIR: z.string().min(1).optional(),
};

const SAFE = /^[0-9a-f-]{36}$/;
const SECTION = /^[a-z][a-z0-9-]{0,40}$/;

export interface ExportStore {
  readonly dir: string;
  /** Writes one context's section (JSON); returns its size in bytes. */
  writeSection(exportId: string, section: string, data: unknown): Promise<number>;
  /** Joins sections into `<exportId>.json`: `{ ...header, sections: { <name>: <section> } }`, streamed file by file. */
  assemble(exportId: string, header: Record<string, unknown>, sections: readonly string[]): Promise<number>;
  /** The bundle for download, or null when it is gone. */
  open(exportId: string): Promise<{ stream: Readable; bytes: number } | null>;
  remove(exportId: string): Promise<void>;
}

export function createExportStore(dir: string = join(tmpdir(), 'guildhall-exports')): ExportStore {
  const checkId = (exportId: string) => {
    if (!SAFE.test(exportId)) throw new Error(`not an export id: ${exportId}`);
  };
  const sectionPath = (exportId: string, section: string) => {
    checkId(exportId);
    if (!SECTION.test(section)) throw new Error(`not a section name: ${section}`);
    return join(dir, exportId, `${section}.json`);
  };
  const bundlePath = (exportId: string) => {
    checkId(exportId);
    return join(dir, `${exportId}.json`);
  };
  return {
    dir,
    async writeSection(exportId, section, data) {
      const path = sectionPath(exportId, section);
      await mkdir(join(dir, exportId), { recursive: true });
      const json = JSON.stringify(data);
      await writeFile(path, json);
      return Buffer.byteLength(json);
    },
    async assemble(exportId, header, sections) {
      const out = createWriteStream(bundlePath(exportId));
      const head = JSON.stringify(header);
      out.write(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"sections":{`);
      for (const [i, section] of sections.entries()) {
        out.write(`${i ? ',' : ''}${JSON.stringify(section)}:`);
        const part = createReadStream(sectionPath(exportId, section));
        part.pipe(out, { end: false });
        await finished(part);
      }
      out.end('}}');
      await finished(out);
      // the sections stay until the export is removed: a retried assembly finds them again
      return (await stat(bundlePath(exportId))).size;
    },
    async open(exportId) {
      const path = bundlePath(exportId);
      try {
        const { size } = await stat(path);
        return { stream: createReadStream(path), bytes: size };
      } catch {
        return null;
      }
    },
    async remove(exportId) {
      await rm(bundlePath(exportId), { force: true });
      await rm(join(dir, exportId), { recursive: true, force: true });
    },
  };
}
