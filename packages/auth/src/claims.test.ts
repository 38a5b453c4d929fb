import { parseEnv } from "@portal/config";
import { describe, expect, it } from "vitest";
import { assertRoleMapTargetsAreRoles, ClaimMappingError, mapClaims, mapRoles, readClaim } from "./claims.ts";

const settings = (vars: Record<string, string> = {}) => parseEnv(vars);

describe("mapRoles", () => {
  const entraGroups = {
    "6f1c2a4e-0000-4000-8000-000000000001": "mash:practitioner",
    "6f1c2a4e-0000-4000-8000-000000000002": ["mash:manager", "mash:practitioner"],
  };

  it.each([
    [
      "an array of suite roles passes through",
      ["mash:manager", "professional"],
      {},
      ["professional", "mash:manager"],
    ],
    ["a space-separated string", "professional lado:officer", {}, ["professional", "lado:officer"]],
    ["a comma-separated string", "professional, lado:officer", {}, ["professional", "lado:officer"]],
    ["a single string", "citizen", {}, ["citizen"]],
    [
      "Entra group ids mapped through ROLE_MAP",
      ["6f1c2a4e-0000-4000-8000-000000000001", "unrelated-group"],
      entraGroups,
      ["mash:practitioner"],
    ],
    [
      "one value mapped to several roles, duplicates removed",
      ["6f1c2a4e-0000-4000-8000-000000000002", "6f1c2a4e-0000-4000-8000-000000000001"],
      entraGroups,
      ["mash:practitioner", "mash:manager"],
    ],
    [
      "ROLE_MAP wins over a value that is also a suite role",
      ["citizen"],
      { citizen: "professional" },
      ["professional"],
    ],
    ["unknown values are dropped", ["admin", "superuser"], {}, []],
    ["non-strings in an array are ignored", ["professional", 7, null, { role: "x" }], {}, ["professional"]],
    ["a missing claim gives no roles", undefined, {}, []],
    ["a number gives no roles", 42, {}, []],
    ["inherited object keys are not a mapping", ["constructor", "toString"], {}, []],
  ])("%s", (_label, value, roleMap, expected) => {
    expect(mapRoles(value, roleMap as Record<string, string | string[]>)).toEqual(expected);
  });
});

describe("readClaim", () => {
  it.each([
    ["a top-level claim", { roles: ["a"] }, "roles", ["a"]],
    ["a Keycloak realm role path", { realm_access: { roles: ["x"] } }, "realm_access.roles", ["x"]],
    [
      "a Keycloak client role path",
      { resource_access: { "suite-mash": { roles: ["y"] } } },
      "resource_access.suite-mash.roles",
      ["y"],
    ],
    [
      "an exact name containing dots wins",
      { "https://council.example/roles": ["z"] },
      "https://council.example/roles",
      ["z"],
    ],
    ["a missing path", { realm_access: {} }, "realm_access.roles", undefined],
    ["a path through a non-object", { realm_access: "roles" }, "realm_access.roles", undefined],
    ["a path through an array", { realm_access: [["x"]] }, "realm_access.0", undefined],
  ])("%s", (_label, claims, name, expected) => {
    expect(readClaim(claims, name)).toEqual(expected);
  });
});

describe("mapClaims", () => {
  it("maps the embedded issuer's claims with the default settings", () => {
    const user = mapClaims(
      {
        sub: "user-1",
        email: "mash.manager@council.example.org",
        name: "Morgan Manager",
        organisation: "Council children's services",
        organisation_type: "local-authority",
        roles: ["mash:manager"],
        sid: "s1",
      },
      settings(),
    );
    expect(user).toEqual({
      subject: "user-1",
      email: "mash.manager@council.example.org",
      name: "Morgan Manager",
      organisation: "Council children's services",
      organisationType: "local-authority",
      roles: ["mash:manager"],
    });
  });

  it("maps Microsoft Entra ID groups and a custom organisation claim", () => {
    const user = mapClaims(
      {
        sub: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
        preferred_username: "sam.social@council.gov.uk",
        name: "Sam Social",
        groups: ["a1", "b2"],
        extn_department: "Children's Services",
        extn_orgType: "local-authority",
      },
      settings({
        CLAIM_ROLES: "groups",
        CLAIM_ORGANISATION: "extn_department",
        CLAIM_ORGANISATION_TYPE: "extn_orgType",
        ROLE_MAP: JSON.stringify({ a1: "mash:practitioner", b2: ["earlyhelp:triage"] }),
      }),
    );
    expect(user.email).toBe("sam.social@council.gov.uk");
    expect(user.organisation).toBe("Children's Services");
    expect(user.organisationType).toBe("local-authority");
    expect(user.roles).toEqual(["mash:practitioner", "earlyhelp:triage"]);
  });

  it("maps Keycloak realm roles", () => {
    const user = mapClaims(
      {
        sub: "f:kc:1",
        email: "lado@council.example.org",
        given_name: "Lee",
        family_name: "Ado",
        realm_access: { roles: ["offline_access", "lado-officer"] },
      },
      settings({
        CLAIM_ROLES: "realm_access.roles",
        ROLE_MAP: JSON.stringify({ "lado-officer": "lado:officer" }),
      }),
    );
    expect(user.name).toBe("Lee Ado");
    expect(user.roles).toEqual(["lado:officer"]);
    expect(user.organisation).toBeNull();
  });

  it("maps a GOV.UK One Login user, who brings an email and no roles", () => {
    const user = mapClaims(
      { sub: "urn:fdc:gov.uk:2022:abc", email: "parent@example.org", email_verified: true },
      settings(),
    );
    expect(user).toEqual({
      subject: "urn:fdc:gov.uk:2022:abc",
      email: "parent@example.org",
      name: "parent@example.org",
      organisation: null,
      organisationType: null,
      roles: [],
    });
  });

  it("falls back to the subject for a name when nothing else names the person", () => {
    expect(mapClaims({ sub: "only-a-subject" }, settings()).name).toBe("only-a-subject");
  });

  it("refuses claims without a subject", () => {
    expect(() => mapClaims({ email: "a@b.example" }, settings())).toThrow(ClaimMappingError);
  });
});

describe("assertRoleMapTargetsAreRoles", () => {
  it("accepts a map onto suite roles", () => {
    expect(() =>
      assertRoleMapTargetsAreRoles({ g1: "mash:manager", g2: ["citizen", "professional"] }),
    ).not.toThrow();
  });

  it("names every target that is not a suite role", () => {
    expect(() => assertRoleMapTargetsAreRoles({ g1: "mash:manger", g2: ["citizen", "admin"] })).toThrow(
      /g1 → mash:manger, g2 → admin/,
    );
  });
});
