import type { Refusal } from "@portal/web/casework/command-forms.ts";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { Actions } from "./actions.tsx";

/** Server-rendered as the app renders it: inside a data router, which react-router's `Form` needs. */
function render(refusal?: Refusal): string {
  const node = <Actions itemId="item 1" forms={{ referToLado: true }} refusal={refusal} />;
  const router = createMemoryRouter([{ path: "*", element: node }], { initialEntries: ["/items/item%201"] });
  // Apostrophes come escaped two ways; read them as typed.
  return renderToStaticMarkup(<RouterProvider router={router} />).replace(/&#x27;|&#39;/g, "'");
}

const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);

describe("the form that sends an allegation to the LADO", () => {
  it("posts the intent and every field to the item, without JavaScript", () => {
    const html = render();
    expect(html).toContain(
      '<h3 class="govuk-heading-s" id="action-refer-to-lado">Send the allegation to the LADO</h3>',
    );
    expect(html).toMatch(/<form [^>]*action="\/items\/item%201" method="post">/);
    expect(html).toContain('<input type="hidden" name="intent" value="refer-to-lado"/>');
    for (const name of [
      "refer-to-lado-name",
      "refer-to-lado-dob-day",
      "refer-to-lado-dob-month",
      "refer-to-lado-dob-year",
      "refer-to-lado-employer",
      "refer-to-lado-job",
      "refer-to-lado-reason",
    ])
      expect(html).toContain(`name="${name}"`);
    expect(html).not.toContain("govuk-error-message");
  });

  it("shows each message beside its field, on the id the error summary links to, and keeps what was typed", () => {
    const refusal: Refusal = {
      intent: "refer-to-lado",
      errors: [
        { field: "refer-to-lado-name", message: "Enter the full name of the adult the allegation is about" },
        { field: "refer-to-lado-dob-month", message: "The adult's date of birth must be a real date" },
      ],
      values: {
        "refer-to-lado-name": "",
        "refer-to-lado-dob-day": "12",
        "refer-to-lado-dob-month": "Apr",
        "refer-to-lado-dob-year": "1985",
        "refer-to-lado-employer": "Greenfield Primary School",
        "refer-to-lado-job": "",
        "refer-to-lado-reason": "Maya says the assistant grabbed her arm",
      },
    };
    const html = render(refusal);
    const present = ids(html);
    for (const error of refusal.errors) {
      expect(present).toContain(error.field);
      expect(html).toContain(`<span class="govuk-visually-hidden">Error:</span> ${error.message}</p>`);
    }
    // Only the part at fault is marked.
    expect(html).toMatch(/class="[^"]*govuk-input--error[^"]*" id="refer-to-lado-dob-month"/);
    expect(html).not.toMatch(/class="[^"]*govuk-input--error[^"]*" id="refer-to-lado-dob-(day|year)"/);
    expect(html).toContain('value="Apr"');
    expect(html).toContain('value="Greenfield Primary School"');
    expect(html).toContain(">Maya says the assistant grabbed her arm</textarea>");
    expect(new Set(present).size).toBe(present.length);
  });
});
