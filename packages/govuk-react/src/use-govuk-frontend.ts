/// <reference path="./govuk-frontend.d.ts" />
import { type RefObject, useEffect, useRef } from "react";

export type GovukModule =
  | "Button"
  | "CharacterCount"
  | "Checkboxes"
  | "ErrorSummary"
  | "FileUpload"
  | "NotificationBanner"
  | "Radios"
  | "ServiceNavigation"
  | "SkipLink";

/**
 * A ref for a component's root element (the one with `data-module`) on which the govuk-frontend class
 * `name` is constructed once the element is in the page: after hydration and after client-side navigation
 * alike. govuk-frontend is imported inside the effect so that server rendering never loads its DOM code.
 */
export function useGovukFrontend<T extends HTMLElement>(name: GovukModule): RefObject<T | null> {
  const ref = useRef<T>(null);
  // No dependency list: the root element can be replaced between renders (a Button becoming a link, say),
  // and the `data-<module>-init` check makes runs on an initialised element cheap.
  useEffect(() => {
    const root = ref.current;
    if (!root || root.hasAttribute(`data-${root.dataset.module}-init`)) return;
    import("govuk-frontend").then((govuk) => {
      const Component = govuk[name];
      // Another run may have got here first (constructing twice throws), or the element may be gone.
      if (!root.isConnected || root.hasAttribute(`data-${Component.moduleName}-init`)) return;
      // Without the `govuk-frontend-supported` body class the page keeps its no-JavaScript behaviour.
      if (!govuk.isSupported()) return;
      try {
        new Component(root);
      } catch (error) {
        // As govuk-frontend's own `createAll` does: report, and leave the rest of the page working.
        console.error(error);
      }
    });
  });
  return ref;
}
