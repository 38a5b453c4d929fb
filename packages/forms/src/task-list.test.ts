import { expect, test } from "vitest";
import type { Answers } from "./definition.ts";
import { FIXTURE_TODAY, everyQuestionForm as form, professionalExample } from "./fixtures/every-question.ts";
import { type TaskStatus, taskList } from "./task-list.ts";

const statuses = (answers: Answers) =>
  taskList(form, answers, { today: FIXTURE_TODAY }).map((t) => [t.id, t.status, t.start.page]);
const { child: _child, ...withoutChild } = professionalExample;

test.each<[string, Answers, [string, TaskStatus, string][]]>([
  [
    "nothing answered",
    {},
    [
      ["about-you", "not-started", "reporter-type"],
      ["the-child", "cannot-start-yet", "child"],
      ["the-household", "cannot-start-yet", "household"],
    ],
  ],
  [
    "part way through the first section",
    { "reporter-type": "member-of-public" },
    [
      ["about-you", "in-progress", "anonymous"],
      ["the-child", "cannot-start-yet", "child"],
      ["the-household", "cannot-start-yet", "household"],
    ],
  ],
  [
    // Later sections keep the status of their own answers even while an earlier one is unfinished.
    "a missing answer part way through",
    withoutChild,
    [
      ["about-you", "completed", "reporter-type"],
      ["the-child", "in-progress", "child"],
      ["the-household", "completed", "household"],
    ],
  ],
  [
    "all done",
    professionalExample,
    [
      ["about-you", "completed", "reporter-type"],
      ["the-child", "completed", "child"],
      ["the-household", "completed", "household"],
    ],
  ],
])("%s", (_name, answers, expected) => {
  expect(statuses(answers)).toEqual(expected);
});
