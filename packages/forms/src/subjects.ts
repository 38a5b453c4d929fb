import { lookupIn } from "./conditions.ts";
import type {
  AddressAnswer,
  Answers,
  FormDefinition,
  ItemQuestionDefinition,
  PersonAnswer,
} from "./definition.ts";
import { pathPages, prune } from "./journey.ts";
import { groupOf, itemsOf } from "./steps.ts";

/** A person the referral is about, as the intake queue lists and matches them. */
export interface SubjectPerson {
  role: string;
  /** The person question the details came from. */
  questionId: string;
  givenName?: string;
  familyName?: string;
  dateOfBirth?: string;
  expectedDueDate?: string;
  postcode?: string;
}

const asPerson = (value: unknown): PersonAnswer | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as PersonAnswer) : undefined;

const postcodeOf = (value: unknown): string | undefined => {
  const postcode =
    typeof value === "object" && value !== null ? (value as AddressAnswer).postcode : undefined;
  return typeof postcode === "string" ? postcode : undefined;
};

function fromQuestions(questions: readonly ItemQuestionDefinition[], scopes: Answers[]): SubjectPerson[] {
  const lookup = lookupIn(...scopes);
  return questions.flatMap((question) => {
    if (question.type !== "person" || !question.subject) return [];
    const person = asPerson(lookup(question.id));
    if (!person) return [];
    const postcode = question.subject.address ? postcodeOf(lookup(question.subject.address)) : undefined;
    const subject: SubjectPerson = { role: question.subject.role, questionId: question.id };
    for (const key of ["givenName", "familyName", "dateOfBirth", "expectedDueDate"] as const) {
      if (typeof person[key] === "string") subject[key] = person[key];
    }
    if (postcode) subject.postcode = postcode;
    return [subject];
  });
}

/** Subject people from person questions marked `subject`, on the path, with their address's postcode. */
export function subjectPeople(form: FormDefinition, answers: Answers): SubjectPerson[] {
  const kept = prune(form, answers);
  return pathPages(form, kept).flatMap((page) => {
    const group = groupOf(page);
    if (!group) {
      return fromQuestions(
        page.questions.filter(
          (q): q is ItemQuestionDefinition => q.type !== "file" && q.type !== "repeating-group",
        ),
        [kept],
      );
    }
    return itemsOf(kept, group.id).flatMap((item) => fromQuestions(group.questions, [item, kept]));
  });
}

/** A subject person as the intake queue stores them: one display name, and what finds them again. */
export interface SubjectSummary {
  name: string;
  role: string;
  dateOfBirth?: string;
  postcode?: string;
}

/** The subject people of a submission, as they are sent to the intake queue. */
export function subjectSummaries(form: FormDefinition, answers: Answers): SubjectSummary[] {
  return subjectPeople(form, answers).map((person) => ({
    name: [person.givenName, person.familyName].filter(Boolean).join(" ") || "Not known",
    role: person.role,
    ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
    ...(person.postcode ? { postcode: person.postcode } : {}),
  }));
}
