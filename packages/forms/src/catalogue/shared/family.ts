/**
 * The children and the parents or carers of a family, as the children's and early help forms ask
 * about them. Ids ("children", "child", "child-address", "child-school", "parents-carers", "parent")
 * are stable: answers, examples and the e2e suite depend on them.
 */
import type {
  ItemQuestionDefinition,
  PageDefinition,
  PersonQuestion,
  RepeatingGroupQuestion,
  TextQuestion,
} from "../../definition.ts";
import { address, text } from "./builders.ts";

/** The "children" repeating group (up to 10 children); the label and hint differ by form. */
export function childrenGroup(
  label: string,
  hint: string,
  questions: readonly ItemQuestionDefinition[],
): RepeatingGroupQuestion {
  return {
    id: "children",
    type: "repeating-group",
    label,
    itemLabel: "Child",
    addAnotherLabel: "Do you need to add another child?",
    hint,
    min: 1,
    max: 10,
    errors: {
      addAnother: "Select yes if you need to add another child",
      tooFew: "Add at least one child",
      tooMany: "You can add up to 10 children",
    },
    questions,
  };
}

/** Errors for an unborn baby's expected due date (a child person question with `expectedDueDate`). */
export function expectedDueDateErrors(): NonNullable<PersonQuestion["errors"]["expectedDueDate"]> {
  return {
    required: "Enter the baby's expected due date",
    invalid: "The expected due date must be a real date",
    rule: "The expected due date must be today or in the future",
  };
}

/** The child's school, nursery or college (optional). */
export function childSchool(): TextQuestion {
  return text("child-school", "School, nursery or college", {
    tooLong: "The school name must be 100 characters or less",
  });
}

/**
 * The page a professional lists the children on: each child's details (an unborn baby allowed),
 * where they live and their school. The group's label is the page title.
 */
export function childrenPage(title: string, hint: string, section: string): PageDefinition {
  return {
    id: "children",
    title,
    section,
    questions: [
      childrenGroup(title, hint, [
        {
          id: "child",
          type: "person",
          label: "Child's details",
          parts: {
            dateOfBirth: "required",
            expectedDueDate: true,
            sex: "required",
            ethnicity: "optional",
            language: "optional",
            needs: "optional",
          },
          partLabels: { needs: "Disability, health or communication needs" },
          subject: { role: "child", address: "child-address" },
          errors: {
            givenName: "Enter the child's first name",
            familyName: "Enter the child's last name",
            tooLong: "The child's details must be shorter",
            born: "Select yes if the baby has been born",
            dateOfBirth: {
              required: "Enter the child's date of birth",
              invalid: "The child's date of birth must be a real date",
              rule: "The child's date of birth must be in the past",
            },
            expectedDueDate: expectedDueDateErrors(),
            sex: "Select the child's sex",
          },
        },
        address("child-address", "Where does the child live?", {
          line1: "Enter the first line of the child's address",
          town: "Enter the town or city where the child lives",
          postcode: "Enter the postcode of the child's address",
          postcodeInvalid: "Enter a real postcode for the child's address",
          tooLong: "Each line of the child's address must be 100 characters or less",
        }),
        childSchool(),
      ]),
    ],
  };
}

/**
 * The "parents-carers" repeating group (up to 6), led by the parent or carer's details. The parts
 * asked, any hint and the questions after the details differ by form.
 */
export function parentsCarersGroup(
  parent: Pick<PersonQuestion, "parts" | "partLabels" | "subject">,
  questions: readonly ItemQuestionDefinition[],
  hint?: string,
): RepeatingGroupQuestion {
  return {
    id: "parents-carers",
    type: "repeating-group",
    label: "Parents and carers",
    itemLabel: "Parent or carer",
    addAnotherLabel: "Do you need to add another parent or carer?",
    ...(hint === undefined ? {} : { hint }),
    min: 1,
    max: 6,
    errors: {
      addAnother: "Select yes if you need to add another parent or carer",
      tooFew: "Add at least one parent or carer",
      tooMany: "You can add up to 6 parents or carers",
    },
    questions: [
      {
        id: "parent",
        type: "person",
        label: "Parent or carer's details",
        ...parent,
        errors: {
          givenName: "Enter the parent or carer's first name",
          familyName: "Enter the parent or carer's last name",
          tooLong: "The parent or carer's details must be shorter",
          dateOfBirth: {
            invalid: "The parent or carer's date of birth must be a real date",
            rule: "The parent or carer's date of birth must be in the past",
          },
        },
      },
      ...questions,
    ],
  };
}
