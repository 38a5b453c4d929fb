import { describe, expect, it } from "vitest";
import {
  type Actor,
  canActAsCouncil,
  canActAsProvider,
  canView,
  providerOf,
  visibleTo,
} from "./permissions.ts";
import { financeOfficer, OAKWOOD, oakwoodManager, SUNRISE, sunriseManager } from "./test-support.ts";

const sunriseOrder = { id: "order-1", providerId: SUNRISE };
const oakwoodInvoice = { id: "invoice-1", providerId: OAKWOOD };

const mashManager: Actor = {
  subject: "user-mash",
  name: "Sam",
  roles: ["mash:manager"],
  organisation: SUNRISE,
};
const providerWithoutOrganisation: Actor = { ...sunriseManager, organisation: null };
const providerWithBlankOrganisation: Actor = { ...sunriseManager, organisation: " " };
const nobody: Actor = { subject: "user-none", name: "No One", roles: [], organisation: null };

describe("providerOf", () => {
  it.each([
    ["a provider user", sunriseManager, SUNRISE],
    ["a provider user without an organisation claim", providerWithoutOrganisation, null],
    ["a provider user with a blank organisation claim", providerWithBlankOrganisation, null],
    ["a council user who names a provider's organisation", mashManager, null],
    ["finance", financeOfficer, null],
  ])("%s → %s", (_name, actor, expected) => {
    expect(providerOf(actor)).toBe(expected);
  });
});

describe("who may see and act on a provider's records (deny by default)", () => {
  it.each([
    // actor, record, may view, may act as its provider, may act as the council
    ["Sunrise on its own order", sunriseManager, sunriseOrder, true, true, false],
    ["Sunrise on Oakwood's invoice", sunriseManager, oakwoodInvoice, false, false, false],
    ["Oakwood on Sunrise's order", oakwoodManager, sunriseOrder, false, false, false],
    ["Oakwood on its own invoice", oakwoodManager, oakwoodInvoice, true, true, false],
    ["finance on Sunrise's order", financeOfficer, sunriseOrder, true, false, true],
    ["finance on Oakwood's invoice", financeOfficer, oakwoodInvoice, true, false, true],
    ["a MASH manager whose organisation claim says Sunrise", mashManager, sunriseOrder, false, false, false],
    [
      "a provider user without an organisation",
      providerWithoutOrganisation,
      sunriseOrder,
      false,
      false,
      false,
    ],
    ["someone with no roles", nobody, sunriseOrder, false, false, false],
  ])("%s", (_name, actor, record, view, provider, council) => {
    expect(canView(actor, record)).toBe(view);
    expect(canActAsProvider(actor, record)).toBe(provider);
    expect(canActAsCouncil(actor)).toBe(council);
  });

  it("a record with an empty provider id belongs to nobody", () => {
    expect(canView(providerWithBlankOrganisation, { providerId: "" })).toBe(false);
    expect(canActAsProvider(sunriseManager, { providerId: "" })).toBe(false);
  });
});

describe("visibleTo", () => {
  const records = [sunriseOrder, oakwoodInvoice, { id: "order-2", providerId: SUNRISE }];

  it.each([
    ["Sunrise", sunriseManager, ["order-1", "order-2"]],
    ["Oakwood", oakwoodManager, ["invoice-1"]],
    ["finance", financeOfficer, ["order-1", "invoice-1", "order-2"]],
    ["someone with no roles", nobody, []],
  ])("%s sees %j", (_name, actor, ids) => {
    expect(visibleTo(actor, records).map((r) => r.id)).toEqual(ids);
  });
});
