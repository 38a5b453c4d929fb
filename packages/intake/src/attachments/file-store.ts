import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, open, readFile, rename, rm, unlink } from "node:fs/promises";
import { join } from "node:path";

/** Where attached files' bytes live, addressed by the SHA-256 of their content. */
export interface FileStore {
  /** Keeps the bytes under their hash; does nothing when the same content is already kept. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  read(sha256: string): Promise<Buffer | null>;
  remove(sha256: string): Promise<void>;
}

const HASH = /^[0-9a-f]{64}$/;

function checkHash(sha256: string): string {
  if (!HASH.test(sha256)) throw new Error("Not a SHA-256 hex digest");
  return sha256;
}

/**
 * Files in a folder: `<dir>/<first two hex digits>/<sha256>`. A file is written to a temporary name
 * in `<dir>/.incoming`, flushed to disk, then renamed into place, so a reader never sees half a file.
 */
export function createDirectoryFileStore(dir: string): FileStore {
  const pathOf = (sha256: string) => join(dir, checkHash(sha256).slice(0, 2), sha256);
  return {
    async put(sha256, bytes) {
      const target = pathOf(sha256);
      try {
        await access(target, constants.F_OK);
        return;
      } catch {
        // not kept yet
      }
      const incoming = join(dir, ".incoming");
      await mkdir(incoming, { recursive: true });
      await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
      const temporary = join(incoming, `${sha256}.${randomBytes(8).toString("hex")}`);
      const handle = await open(temporary, "wx", 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async read(sha256) {
      try {
        return await readFile(pathOf(sha256));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(sha256) {
      try {
        await unlink(pathOf(sha256));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    },
  };
}
