/**
 * DASH risk identification checklist (Domestic Abuse, Stalking and Harassment and Honour Based
 * Violence), 27 questions asked of the victim. The wording here is our own short phrasing of the
 * standard questions. The score is the number of "yes" answers.
 *
 * Levels (REFERENCE.md §6): 1–9 standard, 10–13 medium, 14 or more high (refer to MARAC).
 * The officer's professional judgement may raise the level, never lower it.
 */

export const DASH_QUESTIONS = [
  {
    id: "dash-injury",
    text: "Has the current incident resulted in injury?",
    error: "Select yes if the incident resulted in injury",
  },
  {
    id: "dash-very-frightened",
    text: "Is the victim very frightened?",
    error: "Select yes if the victim is very frightened",
  },
  {
    id: "dash-afraid-of-violence",
    text: "Is the victim afraid of further injury or violence?",
    error: "Select yes if the victim is afraid of further injury or violence",
  },
  {
    id: "dash-isolated",
    text: "Does the victim feel isolated from family or friends?",
    error: "Select yes if the victim feels isolated from family or friends",
  },
  {
    id: "dash-depressed",
    text: "Is the victim feeling depressed or having suicidal thoughts?",
    error: "Select yes if the victim is feeling depressed or having suicidal thoughts",
  },
  {
    id: "dash-separated",
    text: "Has the victim separated, or tried to separate, from the abuser in the past year?",
    error: "Select yes if the victim has separated or tried to separate in the past year",
  },
  {
    id: "dash-child-contact-conflict",
    text: "Is there conflict over child contact?",
    error: "Select yes if there is conflict over child contact",
  },
  {
    id: "dash-stalking",
    text: "Does the abuser constantly text, call, contact, follow, stalk or harass the victim?",
    error: "Select yes if the abuser constantly contacts, follows, stalks or harasses the victim",
  },
  {
    id: "dash-pregnant",
    text: "Is the victim pregnant, or have they had a baby in the last 18 months?",
    error: "Select yes if the victim is pregnant or had a baby in the last 18 months",
  },
  {
    id: "dash-other-children",
    text: "Are there children who are not the abuser's, or other dependants, in the household?",
    error: "Select yes if there are children who are not the abuser's, or other dependants, in the household",
  },
  {
    id: "dash-hurt-children",
    text: "Has the abuser ever hurt the children or dependants?",
    error: "Select yes if the abuser has ever hurt the children or dependants",
  },
  {
    id: "dash-threatened-children",
    text: "Has the abuser ever threatened to hurt or kill the children or dependants?",
    error: "Select yes if the abuser has ever threatened to hurt or kill the children or dependants",
  },
  {
    id: "dash-more-often",
    text: "Is the abuse happening more often?",
    error: "Select yes if the abuse is happening more often",
  },
  {
    id: "dash-getting-worse",
    text: "Is the abuse getting worse?",
    error: "Select yes if the abuse is getting worse",
  },
  {
    id: "dash-controlling",
    text: "Does the abuser try to control everything the victim does, or are they excessively jealous?",
    error: "Select yes if the abuser is controlling or excessively jealous",
  },
  {
    id: "dash-weapons",
    text: "Has the abuser ever used weapons or objects to hurt the victim?",
    error: "Select yes if the abuser has ever used weapons or objects to hurt the victim",
  },
  {
    id: "dash-threats-to-kill",
    text: "Has the abuser ever threatened to kill the victim or someone else, and the victim believed them?",
    error: "Select yes if the abuser has threatened to kill the victim or someone else",
  },
  {
    id: "dash-strangulation",
    text: "Has the abuser ever tried to strangle, choke, suffocate or drown the victim?",
    error: "Select yes if the abuser has ever tried to strangle, choke, suffocate or drown the victim",
  },
  {
    id: "dash-sexual-abuse",
    text: "Does the abuser do or say sexual things that make the victim feel bad or that hurt them or someone else?",
    error: "Select yes if the abuser does or says sexual things that make the victim feel bad or hurt them",
  },
  {
    id: "dash-other-threat",
    text: "Is there anyone else who has threatened the victim or whom the victim is afraid of?",
    error: "Select yes if anyone else has threatened the victim or the victim is afraid of them",
  },
  {
    id: "dash-hurt-others",
    text: "Does the victim know if the abuser has hurt anyone else?",
    error: "Select yes if the abuser has hurt anyone else",
  },
  {
    id: "dash-animal-abuse",
    text: "Has the abuser ever mistreated an animal or the family pet?",
    error: "Select yes if the abuser has ever mistreated an animal or the family pet",
  },
  {
    id: "dash-financial",
    text: "Are there financial issues, for example the victim depends on the abuser for money?",
    error: "Select yes if there are financial issues",
  },
  {
    id: "dash-substance-mental-health",
    text: "In the past year, has the abuser had problems with drugs, alcohol or mental health that affect daily life?",
    error: "Select yes if the abuser has had problems with drugs, alcohol or mental health in the past year",
  },
  {
    id: "dash-abuser-suicide",
    text: "Has the abuser ever threatened or attempted suicide?",
    error: "Select yes if the abuser has ever threatened or attempted suicide",
  },
  {
    id: "dash-breached-bail",
    text: "Has the abuser ever broken bail, an injunction or a formal agreement about contact?",
    error: "Select yes if the abuser has ever broken bail, an injunction or a formal agreement",
  },
  {
    id: "dash-criminal-history",
    text: "Does the victim know if the abuser has been in trouble with the police or has a criminal history?",
    error: "Select yes if the abuser has been in trouble with the police or has a criminal history",
  },
] as const;

export type DashQuestionId = (typeof DASH_QUESTIONS)[number]["id"];

export const DASH_LEVELS = ["standard", "medium", "high"] as const;
export type DashLevel = (typeof DASH_LEVELS)[number];

export const DASH_MEDIUM_FROM = 10;
export const DASH_HIGH_FROM = 14;

export interface DashResult {
  /** Number of questions answered "yes" (0–27). */
  score: number;
  /** Level from the score alone. */
  scoreLevel: DashLevel;
  /** Level after officer judgement (never lower than scoreLevel). */
  level: DashLevel;
  /** True when the officer's judgement raised the level above the score's. */
  raisedByJudgement: boolean;
  /** High risk: refer to MARAC. */
  marac: boolean;
  /** Questions not answered (neither yes nor no). */
  unanswered: DashQuestionId[];
}

function isYes(value: unknown): boolean {
  return value === true || value === "yes";
}

function isAnswered(value: unknown): boolean {
  return value === true || value === false || value === "yes" || value === "no";
}

export function levelForScore(score: number): DashLevel {
  if (score >= DASH_HIGH_FROM) return "high";
  if (score >= DASH_MEDIUM_FROM) return "medium";
  return "standard";
}

function rank(level: DashLevel): number {
  return DASH_LEVELS.indexOf(level);
}

function asLevel(value: unknown): DashLevel | undefined {
  return typeof value === "string" && (DASH_LEVELS as readonly string[]).includes(value)
    ? (value as DashLevel)
    : undefined;
}

/**
 * Computes the DASH score and level from the form's answers.
 * Reads each `dash-*` answer ("yes"/"no" or boolean) and the optional `dash-judgement-level`
 * (the officer's professional judgement). Pure: no side effects.
 */
export function dashScore(answers: Readonly<Record<string, unknown>>): DashResult {
  let score = 0;
  const unanswered: DashQuestionId[] = [];
  for (const question of DASH_QUESTIONS) {
    const value = answers[question.id];
    if (isYes(value)) score += 1;
    if (!isAnswered(value)) unanswered.push(question.id);
  }
  const scoreLevel = levelForScore(score);
  const judgement = asLevel(answers["dash-judgement-level"]);
  const level = judgement !== undefined && rank(judgement) > rank(scoreLevel) ? judgement : scoreLevel;
  return {
    score,
    scoreLevel,
    level,
    raisedByJudgement: level !== scoreLevel,
    marac: level === "high",
    unanswered,
  };
}
