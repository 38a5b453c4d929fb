export * from "./components/back-link.tsx";
export * from "./components/breadcrumbs.tsx";
export * from "./components/button.tsx";
export * from "./components/character-count.tsx";
export * from "./components/checkboxes.tsx";
export type { ChoiceItem, ChoicesProps } from "./components/choices.tsx";
export * from "./components/date-input.tsx";
export * from "./components/details.tsx";
export * from "./components/error-message.tsx";
export * from "./components/error-summary.tsx";
export * from "./components/fieldset.tsx";
export * from "./components/file-upload.tsx";
export * from "./components/footer.tsx";
export type {
  ErrorMessageOptions,
  FieldSlot,
  FormGroupOptions,
  HintOptions,
} from "./components/form-group.tsx";
export * from "./components/header.tsx";
export * from "./components/hint.tsx";
export * from "./components/input.tsx";
export * from "./components/inset-text.tsx";
export { Label, type LabelOptions, type LabelProps } from "./components/label.tsx";
export * from "./components/notification-banner.tsx";
export * from "./components/pagination.tsx";
export * from "./components/panel.tsx";
export * from "./components/phase-banner.tsx";
export * from "./components/radios.tsx";
export * from "./components/select.tsx";
export * from "./components/service-navigation.tsx";
export * from "./components/skip-link.tsx";
export * from "./components/summary-list.tsx";
export * from "./components/table.tsx";
export * from "./components/tag.tsx";
export * from "./components/task-list.tsx";
export * from "./components/textarea.tsx";
export * from "./components/warning-text.tsx";
export type { Attributes, AttributeValue, TextOrHtml } from "./shared.ts";
