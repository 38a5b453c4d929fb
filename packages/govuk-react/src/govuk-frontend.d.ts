// govuk-frontend ships no type declarations; this covers the part the components use.
declare module "govuk-frontend" {
  interface ComponentClass {
    new ($root: Element): unknown;
    readonly moduleName: string;
  }
  export const Button: ComponentClass;
  export const CharacterCount: ComponentClass;
  export const Checkboxes: ComponentClass;
  export const ErrorSummary: ComponentClass;
  export const FileUpload: ComponentClass;
  export const NotificationBanner: ComponentClass;
  export const Radios: ComponentClass;
  export const ServiceNavigation: ComponentClass;
  export const SkipLink: ComponentClass;
  export function isSupported(): boolean;
}
