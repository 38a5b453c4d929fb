// CONTRACT: stable
/**
 * The shape of a form definition. A form is data: the engine derives the page schemas, the journey,
 * check-your-answers, the plain-text export and the view model from it. Every id is stable kebab-case
 * (never made from question text) and every error message is written here by the form's author.
 * After the contract line above, changes to this file are additive only.
 */

export type Audience = "public" | "professional";

/** The intake service a submission lands in. */
export type Service = "children" | "early-help" | "adults" | "lado";

export interface FormDefinition {
  /** Stable kebab-case id, e.g. "child-safeguarding-referral". */
  id: string;
  /** Bumped whenever questions change meaning; drafts and submissions record it. */
  version: number;
  title: string;
  audience: Audience;
  service: Service;
  /** Members of the public may submit without giving their own name (professionals never can). */
  allowAnonymous: boolean;
  /** Show the "If a child or adult is in immediate danger, call 999" banner on every page. */
  safeguardingBanner: boolean;
  /** Long forms group pages into sections shown as a task list; every page then names its section. */
  sections?: readonly SectionDefinition[];
  /** In journey order. */
  pages: readonly PageDefinition[];
}

export interface SectionDefinition {
  id: string;
  title: string;
}

export interface PageDefinition {
  id: string;
  /** The page heading; with a single question, the question label is used as the heading instead. */
  title: string;
  /** Section id, required when the form has sections. */
  section?: string;
  /** The page is on the journey only when this holds on answers to earlier pages. */
  condition?: Condition;
  /** A page holding a repeating group holds nothing else. */
  questions: readonly QuestionDefinition[];
}

/**
 * Typed conditions over answers to earlier pages (never strings). `equals` compares a scalar answer
 * (yes/no answers are "yes" | "no"); `includes` tests a checkboxes answer; `answered` is true for any
 * non-empty answer. Conditions on questions inside a repeating group item also refer to earlier pages;
 * within a page (or an item) use an option's `reveals` instead.
 */
export type Condition =
  | { equals: readonly [questionId: string, value: string | number] }
  | { includes: readonly [questionId: string, value: string] }
  | { answered: string }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export interface Option {
  /** Stable kebab-case value stored in answers. */
  value: string;
  label: string;
  hint?: string;
  /**
   * Ids of later questions on the same page revealed under this option (GOV.UK conditional reveal).
   * Without JavaScript they are always shown; they are validated and kept only when this option is chosen.
   */
  reveals?: readonly string[];
}

interface QuestionBase {
  id: string;
  label: string;
  hint?: string;
  /** Questions are required unless marked optional; the label then ends "(optional)". */
  optional?: boolean;
  /** Shown only when this holds on answers to earlier pages. */
  condition?: Condition;
  /** A shorter key for check-your-answers and the plain-text export. */
  summaryLabel?: string;
  /** e.g. "name", "tel", "email": the input's autocomplete attribute (single-input questions). */
  autocomplete?: string;
}

export interface TextQuestion extends QuestionBase {
  type: "text";
  maxLength: number;
  errors: { required?: string; tooLong: string };
}

export interface TextareaQuestion extends QuestionBase {
  type: "textarea";
  /** Shown as a GOV.UK character count. */
  maxLength: number;
  rows?: number;
  errors: { required?: string; tooLong: string };
}

export interface NumberQuestion extends QuestionBase {
  type: "number";
  min?: number;
  max?: number;
  wholeNumber?: boolean;
  /** e.g. "years", shown after the input. */
  suffix?: string;
  errors: { required?: string; invalid: string; notWhole?: string; tooSmall?: string; tooLarge?: string };
}

export interface EmailQuestion extends QuestionBase {
  type: "email";
  errors: { required?: string; invalid: string };
}

export interface PhoneQuestion extends QuestionBase {
  type: "phone";
  errors: { required?: string; invalid: string };
}

export interface PostcodeQuestion extends QuestionBase {
  type: "postcode";
  errors: { required?: string; invalid: string };
}

/** past: before today; future: after today; the -or-today forms include today (Europe/London). */
export type DateRule = "past" | "past-or-today" | "future" | "today-or-future";

export interface DateErrors {
  required?: string;
  /** Not a real date, or a part missing. */
  invalid: string;
  /** When the date breaks `rule`, e.g. "Date of birth must be in the past". */
  rule?: string;
}

export interface DateQuestion extends QuestionBase {
  type: "date";
  rule?: DateRule;
  errors: DateErrors;
}

export interface YesNoQuestion extends QuestionBase {
  type: "yes-no";
  /** Ids of later questions on the same page revealed under "Yes" or "No". */
  reveals?: { yes?: readonly string[]; no?: readonly string[] };
  errors: { required?: string };
}

export interface RadiosQuestion extends QuestionBase {
  type: "radios";
  options: readonly Option[];
  inline?: boolean;
  errors: { required?: string };
}

export interface CheckboxesQuestion extends QuestionBase {
  type: "checkboxes";
  options: readonly Option[];
  errors: { required?: string };
}

export interface SelectQuestion extends QuestionBase {
  type: "select";
  options: readonly Option[];
  errors: { required?: string };
}

export interface AddressQuestion extends QuestionBase {
  type: "address";
  errors: {
    line1: string;
    town: string;
    postcode: string;
    postcodeInvalid: string;
    /** Any part over 100 characters. */
    tooLong: string;
  };
}

export type PartRule = "required" | "optional";

/** The parts of a person asked besides the name, which is always asked. */
export interface PersonParts {
  dateOfBirth?: PartRule;
  /**
   * Offer "not born yet" with an expected due date instead of a date of birth (needs dateOfBirth).
   * For a baby not yet born only the expected due date is required; the other parts are optional.
   */
  expectedDueDate?: boolean;
  sex?: PartRule;
  ethnicity?: PartRule;
  language?: PartRule;
  /** Free text: disability, communication or other needs. */
  needs?: PartRule;
}

export interface PersonErrors {
  givenName: string;
  familyName: string;
  /** Any name, language or needs part over its limit (names 100, language 100, needs 1000). */
  tooLong: string;
  /** "Select yes if the baby has been born" (when expectedDueDate is offered). */
  born?: string;
  dateOfBirth?: DateErrors;
  expectedDueDate?: DateErrors;
  sex?: string;
  ethnicity?: string;
  language?: string;
  needs?: string;
}

export interface PersonQuestion extends QuestionBase {
  type: "person";
  parts: PersonParts;
  /** Overrides the engine's default part labels ("First name", "Last name", "Date of birth", …). */
  partLabels?: Partial<Record<PersonPartName, string>>;
  /** Overrides the default sex and ethnicity options. */
  sexOptions?: readonly Option[];
  ethnicityOptions?: readonly Option[];
  /** Marks the person as a subject of the referral for the intake queue. */
  subject?: SubjectMarker;
  errors: PersonErrors;
}

export type PersonPartName =
  | "givenName"
  | "familyName"
  | "born"
  | "dateOfBirth"
  | "expectedDueDate"
  | "sex"
  | "ethnicity"
  | "language"
  | "needs";

export interface SubjectMarker {
  /** e.g. "child", "adult", "person-allegation-against"; stored with the subject person. */
  role: string;
  /** Id of the address question holding this person's address (inside the same group item first). */
  address?: string;
}

export interface FileQuestion extends QuestionBase {
  type: "file";
  /** Uploads themselves (types by content, size) are checked elsewhere; this bounds how many. */
  maxFiles: number;
  errors: { required?: string; tooMany: string };
}

/** Questions allowed inside a repeating group item (groups do not nest). */
export type ItemQuestionDefinition =
  | TextQuestion
  | TextareaQuestion
  | NumberQuestion
  | EmailQuestion
  | PhoneQuestion
  | PostcodeQuestion
  | DateQuestion
  | YesNoQuestion
  | RadiosQuestion
  | CheckboxesQuestion
  | SelectQuestion
  | AddressQuestion
  | PersonQuestion;

/**
 * "Add another" without JavaScript: one page per item (step `{ page, item }`), then a summary page
 * listing the items and asking `addAnotherLabel` (yes/no). See README "Repeating groups".
 */
export interface RepeatingGroupQuestion extends QuestionBase {
  type: "repeating-group";
  /** Heading of an item page and key of its check-your-answers row, followed by the number: "Child 2". */
  itemLabel: string;
  /** "Do you need to add another child?" */
  addAnotherLabel: string;
  min: number;
  max: number;
  questions: readonly ItemQuestionDefinition[];
  errors: {
    /** "Select yes if you need to add another child". */
    addAnother: string;
    /** When answering "No" with fewer than `min` items, e.g. "Add at least one child". */
    tooFew?: string;
    /** When asking for more than `max` items, e.g. "You can add up to 10 children". */
    tooMany: string;
  };
}

export type QuestionDefinition = ItemQuestionDefinition | FileQuestion | RepeatingGroupQuestion;

export type QuestionType = QuestionDefinition["type"];

// ---------- Answers: the stored JSON shape ----------

export interface AddressAnswer {
  line1: string;
  line2?: string;
  town: string;
  county?: string;
  /** Normalised: upper case, one space before the inward code. */
  postcode: string;
}

export interface PersonAnswer {
  /** Absent only for a baby not yet born. */
  givenName?: string;
  familyName?: string;
  /** ISO date YYYY-MM-DD. */
  dateOfBirth?: string;
  expectedDueDate?: string;
  sex?: string;
  ethnicity?: string;
  language?: string;
  needs?: string;
}

export interface AttachmentRef {
  id: string;
  name: string;
  size: number;
}

export type ItemAnswers = Record<string, ItemAnswerValue>;

export type ItemAnswerValue = string | number | readonly string[] | AddressAnswer | PersonAnswer;

/**
 * By type: text, textarea, email, phone, postcode, radios, select → string; yes-no → "yes" | "no";
 * date → "YYYY-MM-DD"; number → number; checkboxes → string[]; address → AddressAnswer;
 * person → PersonAnswer; file → AttachmentRef[]; repeating-group → ItemAnswers[].
 */
export type AnswerValue = ItemAnswerValue | readonly AttachmentRef[] | readonly ItemAnswers[];

/** Answers keyed by question id; unanswered questions are absent. */
export type Answers = Record<string, AnswerValue>;

/** What is stored for a draft or a submission. */
export interface StoredAnswers {
  formId: string;
  formVersion: number;
  answers: Answers;
}

/** The journey addresses pages, and for repeating groups the item pages by zero-based index. */
export interface Step {
  page: string;
  /** Present on a repeating group's item page; absent on its "add another" summary page. */
  item?: number;
}
