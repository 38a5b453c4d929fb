import { describe, expect, it } from "vitest";
import { ladoAdultKeys, repeatConcerns } from "./repeat-concerns.ts";
import { caseIn, receivedCase } from "./test-support.ts";
import type { LadoCase } from "./types.ts";

const current = receivedCase({
  id: "now",
  receivedAt: new Date("2026-11-23T09:30:00Z"),
  adult: { name: "Jamie Fox", dateOfBirth: "1985-04-12", jobTitle: null },
  employerName: "Greenfield Primary School",
});

const earlier = (id: string, overrides: Partial<LadoCase>): LadoCase => ({
  ...caseIn("closed"),
  id,
  reference: `LADO-2401-${id.toUpperCase().padEnd(4, "0").slice(0, 4)}`,
  receivedAt: new Date("2024-03-01T10:00:00Z"),
  ...overrides,
});

describe("repeat concerns", () => {
  it.each<{ name: string; candidate: LadoCase; found: boolean; strength?: string; sameEmployer?: boolean }>([
    {
      name: "the same adult at another employer, by name and date of birth",
      candidate: earlier("a", {
        adult: { name: "JAMIE  FOX", dateOfBirth: "1985-04-12", jobTitle: null },
        employerName: "Hilltop Academy",
      }),
      found: true,
      strength: "strong",
      sameEmployer: false,
    },
    {
      name: "the same adult, below threshold, at the same employer",
      candidate: {
        ...caseIn("below-threshold"),
        id: "b",
        receivedAt: new Date("2025-06-01T10:00:00Z"),
        adult: { name: "Jamie Fox", dateOfBirth: null, jobTitle: null },
        employerName: "greenfield primary school",
      },
      found: true,
      strength: "possible",
      sameEmployer: true,
    },
    {
      name: "a name that sounds alike with the same date of birth",
      candidate: earlier("c", { adult: { name: "Jaymie Foxe", dateOfBirth: "1985-04-12", jobTitle: null } }),
      found: true,
      strength: "strong",
    },
    {
      name: "a different adult with the same name (a different date of birth)",
      candidate: earlier("d", { adult: { name: "Jamie Fox", dateOfBirth: "1990-01-01", jobTitle: null } }),
      found: false,
    },
    {
      name: "a different adult with the same date of birth and employer",
      candidate: earlier("e", { adult: { name: "Robin Hart", dateOfBirth: "1985-04-12", jobTitle: null } }),
      found: false,
    },
    {
      name: "a later case about the same adult",
      candidate: earlier("f", { receivedAt: new Date("2026-11-24T10:00:00Z"), adult: current.adult }),
      found: false,
    },
  ])("$name: found $found", ({ candidate, found, strength, sameEmployer }) => {
    const concerns = repeatConcerns(current, [candidate]);
    expect(concerns.length).toBe(found ? 1 : 0);
    if (found) {
      expect(concerns[0]!.candidate.id).toBe(candidate.id);
      expect(concerns[0]!.strength).toBe(strength);
      if (sameEmployer !== undefined) expect(concerns[0]!.sameEmployer).toBe(sameEmployer);
    }
  });

  it("never finds the case itself, and puts strong matches first, then the same employer, then the most recent", () => {
    const strongElsewhere = earlier("s1", {
      adult: current.adult,
      employerName: "Hilltop Academy",
      receivedAt: new Date("2025-01-01T10:00:00Z"),
    });
    const strongHere = earlier("s2", { adult: current.adult, receivedAt: new Date("2023-01-01T10:00:00Z") });
    const possible = earlier("p", {
      adult: { name: "Jamie Fox", dateOfBirth: null, jobTitle: null },
      receivedAt: new Date("2026-01-01T10:00:00Z"),
    });
    const found = repeatConcerns(current, [possible, strongElsewhere, current, strongHere]);
    expect(found.map((c) => c.candidate.id)).toEqual(["s2", "s1", "p"]);
    expect(found[0]!.reasons).toEqual(["same-name", "same-date-of-birth"]);
  });

  it("indexes the adult with intake's person keys", () => {
    expect(ladoAdultKeys(current)).toMatchObject({ normalName: "jamie fox", dateOfBirth: "1985-04-12" });
    expect(ladoAdultKeys(current).familyKey).not.toBeNull();
  });
});
