import { readdirSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { at, testIntake } from "../test-support.ts";
import { DOCX, detectFileType, JPEG, PDF, PNG, TEXT, XLSX } from "./detect.ts";
import { cleanFilename, EMPTY_MESSAGE, tooLargeMessage, WRONG_TYPE_MESSAGE } from "./service.ts";

const t0 = at("2026-11-02T10:00:00Z");

/** A small but well-formed ZIP (stored or deflated entries), enough for the content checks. */
function zip(files: Record<string, string>, deflate = true): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text);
    const data = deflate ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/main" ContentType="${main}"/></Types>`;
const WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

const files = {
  pdf: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
  png: Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), Buffer.alloc(32, 7)]),
  jpeg: Buffer.concat([Buffer.from("ffd8ffe000104a464946", "hex"), Buffer.alloc(32, 1)]),
  docx: zip({ "[Content_Types].xml": contentTypes(WORD), "word/document.xml": "<w:document/>" }),
  docxStored: zip({ "[Content_Types].xml": contentTypes(WORD), "word/document.xml": "<w:document/>" }, false),
  xlsx: zip({ "[Content_Types].xml": contentTypes(EXCEL), "xl/workbook.xml": "<workbook/>" }),
  text: Buffer.from("The child said:\r\n\t“I don't want to go home.” — café\n"),
  // A Windows executable: "MZ", then binary headers full of NULs.
  exe: Buffer.concat([Buffer.from("4d5a90000300000004000000ffff0000", "hex"), Buffer.alloc(64)]),
  docm: zip({
    "[Content_Types].xml": contentTypes("application/vnd.ms-word.document.macroEnabled.main+xml"),
    "word/document.xml": "<w:document/>",
    "word/vbaProject.bin": "macro",
  }),
  docxWithMacros: zip({
    "[Content_Types].xml": contentTypes(WORD),
    "word/document.xml": "<w:document/>",
    "word/vbaProject.bin": "macro",
  }),
  plainZip: zip({ "photos/a.txt": "hello" }),
  wordTypeWithoutWordFolder: zip({ "[Content_Types].xml": contentTypes(WORD), "xl/workbook.xml": "<x/>" }),
  truncatedZip: zip({ "[Content_Types].xml": contentTypes(WORD), "word/document.xml": "<w/>" }).subarray(
    0,
    60,
  ),
  invalidUtf8: Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a]),
  textWithNul: Buffer.from("hello\u0000world"),
  gif: Buffer.from("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000"),
  elf: Buffer.concat([Buffer.from("7f454c46020101", "hex"), Buffer.alloc(16)]),
  html: Buffer.from("<script>alert(1)</script>\u001b[31m"),
};

describe("detectFileType (by content, never by name)", () => {
  it.each([
    ["pdf", PDF],
    ["png", PNG],
    ["jpeg", JPEG],
    ["docx", DOCX],
    ["docxStored", DOCX],
    ["xlsx", XLSX],
    ["text", TEXT],
  ] as const)("accepts %s", (name, type) => {
    expect(detectFileType(files[name])).toEqual(type);
  });

  it.each([
    "exe",
    "docm",
    "docxWithMacros",
    "plainZip",
    "wordTypeWithoutWordFolder",
    "truncatedZip",
    "invalidUtf8",
    "textWithNul",
    "gif",
    "elf",
    "html",
  ] as const)("refuses %s", (name) => {
    expect(detectFileType(files[name])).toBeNull();
  });
});

describe("detectFileType on hostile input (property-based)", () => {
  const signatures = [[], [0x50, 0x4b, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46], [0xef, 0xbb, 0xbf]];
  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 2048 }), (prefix, rest) => {
        const bytes = Buffer.concat([Buffer.from(prefix), rest]);
        const type = detectFileType(bytes);
        expect(type === null || typeof type.mediaType === "string").toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on a damaged Word document", () => {
    fc.assert(
      fc.property(fc.nat(files.docx.length - 1), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const damaged = Buffer.from(files.docx);
        damaged[at] = value;
        const type = detectFileType(damaged);
        expect(type === null || type === DOCX || type === TEXT).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("cleanFilename", () => {
  it.each([
    ["report.pdf", "report.pdf"],
    ["C:\\Users\\me\\Desktop\\report.pdf", "report.pdf"],
    ["../../etc/passwd", "passwd"],
    ["a\u0000b\nc.txt", "abc.txt"],
    ["", "attachment"],
    ["..", "attachment"],
    [`${"n".repeat(300)}.docx`, `${"n".repeat(195)}.docx`],
  ])("%j → %j", (input, expected) => {
    expect(cleanFilename(input)).toBe(expected);
  });
});

describe("tooLargeMessage", () => {
  it.each([
    [10 * 1024 * 1024, "The selected file must be smaller than 10MB"],
    [2 * 1024 * 1024, "The selected file must be smaller than 2MB"],
    [512 * 1024, "The selected file must be smaller than 512KB"],
    [1000, "The selected file must be smaller than 1000 bytes"],
  ])("%d bytes", (max, message) => {
    expect(tooLargeMessage(max)).toBe(message);
  });
});

function draftFor(intake: ReturnType<typeof testIntake>["intake"]) {
  const result = intake.saveDraftPage({
    actor: { subject: "dsl", portal: "professionals" },
    formId: "marf",
    formVersion: 1,
    answers: {},
    visitedPageIds: [],
    now: t0,
  });
  if (!("ok" in result)) throw new Error(result.error);
  return result.ok.id;
}

function storedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe("storeAttachment", () => {
  it("accepts a PNG named .pdf as a PNG, keeping the name the person gave", async () => {
    const { intake } = testIntake();
    const draftId = draftFor(intake);
    const result = await intake.storeAttachment({ bytes: files.png, filename: "scan.pdf", draftId, now: t0 });
    expect(result).toEqual({
      ok: {
        id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        name: "scan.pdf",
        size: files.png.length,
        mediaType: "image/png",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    expect(intake.listAttachments(draftId)).toEqual(["ok" in result && result.ok]);
  });

  it("refuses an executable named .pdf with the GOV.UK message, storing nothing", async () => {
    const { intake, db, attachmentsDir } = testIntake();
    const draftId = draftFor(intake);
    const result = await intake.storeAttachment({
      bytes: files.exe,
      filename: "invoice.pdf",
      draftId,
      now: t0,
    });
    expect(result).toEqual({ error: WRONG_TYPE_MESSAGE });
    expect(WRONG_TYPE_MESSAGE).toBe("The selected file must be a PDF, Word document, JPG, PNG or text file");
    expect(db.$client.prepare("select count(*) from attachments").pluck().get()).toBe(0);
    expect(() => storedFiles(attachmentsDir)).toThrow(/ENOENT/);
  });

  it("refuses an empty file", async () => {
    const { intake } = testIntake();
    const result = await intake.storeAttachment({
      bytes: new Uint8Array(0),
      filename: "empty.txt",
      draftId: draftFor(intake),
      now: t0,
    });
    expect(result).toEqual({ error: EMPTY_MESSAGE });
    expect(EMPTY_MESSAGE).toBe("The selected file is empty");
  });

  it("refuses a file over the limit (10MB by default) and accepts one exactly at it", async () => {
    const { intake } = testIntake();
    const draftId = draftFor(intake);
    const limit = 10 * 1024 * 1024;
    const big = Buffer.alloc(limit + 1, 0x20);
    big.write("%PDF-1.4");
    expect(await intake.storeAttachment({ bytes: big, filename: "big.pdf", draftId, now: t0 })).toEqual({
      error: "The selected file must be smaller than 10MB",
    });
    const atLimit = big.subarray(0, limit);
    const ok = await intake.storeAttachment({ bytes: atLimit, filename: "ok.pdf", draftId, now: t0 });
    expect("ok" in ok && ok.ok.size).toBe(limit);
  });

  it("honours ATTACHMENT_MAX_BYTES", async () => {
    const { intake } = testIntake({ ATTACHMENT_MAX_BYTES: String(2 * 1024 * 1024) });
    const bytes = Buffer.alloc(2 * 1024 * 1024 + 1, 0x61);
    const result = await intake.storeAttachment({
      bytes,
      filename: "a.txt",
      draftId: draftFor(intake),
      now: t0,
    });
    expect(result).toEqual({ error: "The selected file must be smaller than 2MB" });
  });

  it("stores the same content once, named by its SHA-256, written without leftovers", async () => {
    const { intake, attachmentsDir } = testIntake();
    const draftId = draftFor(intake);
    const first = await intake.storeAttachment({ bytes: files.docx, filename: "a.docx", draftId, now: t0 });
    const second = await intake.storeAttachment({ bytes: files.docx, filename: "b.docx", draftId, now: t0 });
    if (!("ok" in first && "ok" in second)) throw new Error("expected both to be stored");
    expect(first.ok.id).not.toBe(second.ok.id);
    expect(first.ok.sha256).toBe(second.ok.sha256);
    expect(first.ok.mediaType).toBe(DOCX.mediaType);
    const kept = storedFiles(attachmentsDir);
    expect(kept).toEqual([join(attachmentsDir, first.ok.sha256.slice(0, 2), first.ok.sha256)]);
    const read = await intake.readAttachment(second.ok.id);
    expect(read?.bytes.equals(files.docx)).toBe(true);
    expect(read?.attachment.name).toBe("b.docx");
  });

  it("removes a file from a draft, deleting the bytes once nothing refers to them", async () => {
    const { intake, attachmentsDir } = testIntake();
    const draftId = draftFor(intake);
    const a = await intake.storeAttachment({ bytes: files.text, filename: "a.txt", draftId, now: t0 });
    const b = await intake.storeAttachment({ bytes: files.text, filename: "b.txt", draftId, now: t0 });
    if (!("ok" in a && "ok" in b)) throw new Error("expected both to be stored");
    expect(await intake.removeAttachment("another-draft", a.ok.id)).toBe(false);
    expect(await intake.removeAttachment(draftId, a.ok.id)).toBe(true);
    expect(storedFiles(attachmentsDir)).toHaveLength(1);
    expect(await intake.removeAttachment(draftId, b.ok.id)).toBe(true);
    expect(storedFiles(attachmentsDir)).toHaveLength(0);
    expect(intake.listAttachments(draftId)).toEqual([]);
  });

  it("refuses to attach to a draft that is missing", async () => {
    const { intake } = testIntake();
    await expect(
      intake.storeAttachment({ bytes: files.pdf, filename: "a.pdf", draftId: "missing", now: t0 }),
    ).rejects.toThrow(/not found/);
  });
});
