import { beforeEach, describe, expect, it, vi } from "vitest";

const readAttachment = vi.fn();

vi.mock("../.server/hub.ts", () => ({
  hub: async () => ({
    portal: { name: "mash" },
    actor: { subject: "sub-sw", name: "Chris Walker", roles: ["mash:practitioner"] },
    triage: { readAttachment },
    now: new Date("2026-11-23T10:00:00Z"),
  }),
  notFound: () => new Response("Not Found", { status: 404 }),
}));

const { loader } = await import("./item-attachment.ts");

const call = (id: string, attachmentId: string) =>
  loader({
    request: new Request(`https://mash.example/items/${id}/attachments/${attachmentId}`),
    params: { id, attachmentId },
  } as never);

describe("the item attachment download", () => {
  beforeEach(() => readAttachment.mockReset());

  it("sends the file as a download of the type its content was found to be, never cached or sniffed", async () => {
    readAttachment.mockResolvedValue({
      attachment: { id: "a-1", name: "Lettre d'école (1)*.pdf", size: 5, mediaType: "application/pdf" },
      bytes: Buffer.from("%PDF-"),
    });
    const response = await call("item-1", "a-1");
    expect(readAttachment).toHaveBeenCalledWith(
      expect.objectContaining({ subject: "sub-sw" }),
      "item-1",
      "a-1",
      "mash",
      new Date("2026-11-23T10:00:00Z"),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Lettre d__cole (1)_.pdf"; filename*=UTF-8''Lettre%20d%27%C3%A9cole%20%281%29%2A.pdf`,
    );
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.text()).toBe("%PDF-");
  });

  it("is not found when the service gives nothing (no such file, not the item's, or not theirs to see)", async () => {
    readAttachment.mockResolvedValue(null);
    const thrown = await call("item-1", "a-2").catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });

  it("keeps quotes and backslashes out of the plain name", async () => {
    readAttachment.mockResolvedValue({
      attachment: { id: "a-3", name: 'a"b\\c.txt', size: 1, mediaType: "text/plain; charset=utf-8" },
      bytes: Buffer.from("x"),
    });
    const response = await call("item-1", "a-3");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt`,
    );
  });
});
