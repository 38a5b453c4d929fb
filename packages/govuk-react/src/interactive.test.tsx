// @vitest-environment jsdom
// govuk-frontend's JavaScript, started by the components' effects, running in jsdom.
import { act, type ReactNode, StrictMode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  Button,
  CharacterCount,
  Checkboxes,
  ErrorSummary,
  FileUpload,
  Input,
  NotificationBanner,
  Radios,
  ServiceNavigation,
  SkipLink,
} from "./index.ts";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

let container: HTMLElement;
let root: Root | undefined;
let consoleError: ReturnType<typeof vi.spyOn>;

beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  // What the apps' root layout sets once govuk-frontend can run.
  document.body.classList.add("govuk-frontend-supported");
  // ServiceNavigation reads the tablet breakpoint from the stylesheet and watches it with matchMedia,
  // neither of which jsdom has.
  document.documentElement.style.setProperty("--govuk-breakpoint-tablet", "40.0625em");
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }) as unknown as MediaQueryList;
});

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  consoleError = vi.spyOn(console, "error");
});

afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  container.remove();
  const reported = consoleError.mock.calls;
  consoleError.mockRestore();
  // Neither React nor govuk-frontend (an init twice, a missing element) may have reported anything.
  expect(reported).toEqual([]);
});

async function render(node: ReactNode) {
  root ??= createRoot(container);
  await act(async () => root?.render(<StrictMode>{node}</StrictMode>));
}

/** Waits for govuk-frontend (imported inside the effect) to have set up the module's root element. */
async function initialised(moduleName: string) {
  const element = container.querySelector<HTMLElement>(`[data-module="${moduleName}"]`);
  expect(element).not.toBeNull();
  await vi.waitFor(() => expect(element?.hasAttribute(`data-${moduleName}-init`)).toBe(true));
  return element as HTMLElement;
}

function click(selector: string) {
  const element = container.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`No ${selector}`);
  act(() => element.click());
}

function hidden(conditionalId: string) {
  const element = document.getElementById(conditionalId);
  if (!element) throw new Error(`No #${conditionalId}`);
  return element.classList.contains("govuk-radios__conditional--hidden");
}

const contactRadios = (
  <Radios
    name="contact"
    fieldset={{ legend: { text: "How should we contact you?" } }}
    items={[
      { value: "email", text: "Email", conditional: { html: '<input name="email" type="email">' } },
      {
        value: "phone",
        text: "Phone",
        conditional: { html: <Input id="phone-number" name="phone" label={{ text: "Phone number" }} /> },
      },
      { value: "post", text: "Post" },
    ]}
  />
);

describe("Radios", () => {
  it("reveals the conditional content of the chosen radio", async () => {
    await render(contactRadios);
    await initialised("govuk-radios");
    expect(hidden("conditional-contact")).toBe(true);
    expect(hidden("conditional-contact-2")).toBe(true);

    click("#contact");
    expect(hidden("conditional-contact")).toBe(false);
    expect(container.querySelector("#contact")?.getAttribute("aria-expanded")).toBe("true");

    click("#contact-2");
    expect(hidden("conditional-contact")).toBe(true);
    expect(hidden("conditional-contact-2")).toBe(false);
    expect(container.querySelector("#phone-number")).not.toBeNull();
  });

  it("starts after hydrating server-rendered HTML", async () => {
    container.innerHTML = renderToString(contactRadios);
    expect(container.querySelector("[data-govuk-radios-init]")).toBeNull();
    await act(async () => {
      root = hydrateRoot(container, contactRadios);
    });
    await initialised("govuk-radios");
    click("#contact-2");
    expect(hidden("conditional-contact-2")).toBe(false);
  });

  it("starts on each page of a client-side navigation, once per element", async () => {
    await render(<p>Another page</p>);
    await render(contactRadios);
    const first = await initialised("govuk-radios");
    // Re-rendering (new props, same element) must not construct the component again: that would throw.
    await render(<div>{contactRadios}</div>);
    await render(contactRadios);
    await render(<p>Another page</p>);
    await render(contactRadios);
    const second = await initialised("govuk-radios");
    expect(second).not.toBe(first);
    click("#contact");
    expect(hidden("conditional-contact")).toBe(false);
  });
});

describe("other interactive components", () => {
  it("Checkboxes reveal conditional content", async () => {
    await render(
      <Checkboxes
        name="needs"
        items={[{ value: "other", text: "Other", conditional: { html: "<p>Tell us more</p>" } }]}
      />,
    );
    await initialised("govuk-checkboxes");
    click("#needs");
    expect(document.getElementById("conditional-needs")?.className).toBe("govuk-checkboxes__conditional");
  });

  it("CharacterCount counts", async () => {
    await render(<CharacterCount name="details" maxlength={10} label={{ text: "Details" }} />);
    await initialised("govuk-character-count");
    // The JavaScript adds a live status message alongside the static one.
    await vi.waitFor(() =>
      expect(container.querySelector(".govuk-character-count__status")?.textContent).toContain(
        "10 characters",
      ),
    );
  });

  it("ErrorSummary takes focus", async () => {
    await render(
      <ErrorSummary titleText="There is a problem" errorList={[{ text: "Enter a name", href: "#name" }]} />,
    );
    const element = await initialised("govuk-error-summary");
    expect(document.activeElement).toBe(element);
  });

  it("NotificationBanner with role alert takes focus", async () => {
    await render(<NotificationBanner type="success" text="Saved" />);
    const element = await initialised("govuk-notification-banner");
    expect(document.activeElement).toBe(element);
  });

  it("Button, SkipLink, FileUpload and ServiceNavigation start", async () => {
    await render(
      <>
        <SkipLink href="#main" text="Skip to main content" />
        <ServiceNavigation
          serviceName="Refer a child"
          navigation={[
            { href: "/referrals", text: "Referrals", current: true },
            { href: "/sign-out", text: "Sign out" },
          ]}
        />
        <main id="main">
          <FileUpload id="file" name="file" javascript label={{ text: "Upload a file" }} />
          <Button text="Continue" preventDoubleClick />
        </main>
      </>,
    );
    await initialised("govuk-skip-link");
    await initialised("govuk-button");
    await initialised("govuk-file-upload");
    await initialised("govuk-service-navigation");
    // The JavaScript replaces the native file input's look with its own drop zone button.
    expect(container.querySelector(".govuk-file-upload-button")).not.toBeNull();
  });

  it("leaves the page alone without the govuk-frontend-supported class", async () => {
    document.body.classList.remove("govuk-frontend-supported");
    try {
      await render(contactRadios);
      // Give the dynamic import time to resolve before checking nothing happened.
      await import("govuk-frontend");
      await act(async () => {});
      expect(container.querySelector("[data-govuk-radios-init]")).toBeNull();
    } finally {
      document.body.classList.add("govuk-frontend-supported");
    }
  });
});
