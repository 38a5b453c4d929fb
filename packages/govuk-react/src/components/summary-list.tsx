import type { ReactNode } from "react";
import {
  type Attributes,
  attributes,
  content,
  cx,
  escapeHtml,
  rawHtml,
  spaced,
  type TextOrHtml,
} from "../shared.ts";

export interface SummaryListAction extends TextOrHtml {
  href?: string;
  /** Read after the action's text, to say what it acts on ("Change" … "name"). */
  visuallyHiddenText?: string;
  classes?: string;
  attributes?: Attributes;
}

export interface SummaryListActions {
  items?: SummaryListAction[];
  classes?: string;
}

export interface SummaryListRow {
  key?: TextOrHtml & { classes?: string };
  value?: TextOrHtml & { classes?: string };
  actions?: SummaryListActions;
  classes?: string;
}

export interface SummaryCardTitle extends TextOrHtml {
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classes?: string;
}

export interface SummaryListProps {
  rows?: (SummaryListRow | null | undefined | false)[];
  /** Wraps the list in a summary card. */
  card?: {
    title?: SummaryCardTitle;
    actions?: SummaryListActions;
    classes?: string;
    attributes?: Attributes;
  };
  classes?: string;
  attributes?: Attributes;
}

function ActionLink({
  action,
  cardTitle,
}: {
  action: SummaryListAction;
  cardTitle: SummaryCardTitle | undefined;
}) {
  // The raw `html` sits beside the visually hidden text inside <a>, which React can only produce as one string.
  const hidden =
    (action.visuallyHiddenText ? ` ${escapeHtml(action.visuallyHiddenText)}` : "") +
    (cardTitle ? ` (${cardTitle.html || escapeHtml(cardTitle.text)})` : "");
  return (
    <a
      {...attributes(action.attributes, {
        className: cx("govuk-link", action.classes),
        href: action.href ?? "",
      })}
      {...rawHtml(
        (action.html || escapeHtml(action.text)) +
          (hidden ? `<span class="govuk-visually-hidden">${hidden}</span>` : ""),
      )}
    />
  );
}

function Actions({
  actions,
  cardTitle,
  listClass,
  itemClass,
}: {
  actions: SummaryListActions;
  cardTitle: SummaryCardTitle | undefined;
  listClass: string;
  itemClass: string;
}) {
  const items = actions.items ?? [];
  return (
    <ul className={cx(listClass, actions.classes)}>
      {spaced(
        items.map((action, index) => (
          <li key={index} className={itemClass}>
            <ActionLink action={action} cardTitle={cardTitle} />
          </li>
        )),
      )}
    </ul>
  );
}

export function SummaryList(params: SummaryListProps) {
  const { card } = params;
  // Rows without actions need a modifier when others have them, to keep the columns lined up.
  const rows = (params.rows ?? []).filter((row): row is SummaryListRow => Boolean(row));
  const anyRowHasActions = rows.some((row) => row.actions?.items?.length);
  const list = (
    <dl {...attributes(params.attributes, { className: cx("govuk-summary-list", params.classes) })}>
      {rows.map((row, index) => (
        <div
          key={index}
          className={cx(
            "govuk-summary-list__row",
            anyRowHasActions && !row.actions?.items && "govuk-summary-list__row--no-actions",
            row.classes,
          )}
        >
          <dt
            className={cx("govuk-summary-list__key", row.key?.classes)}
            {...content(row.key?.html, row.key?.text)}
          />
          <dd
            className={cx("govuk-summary-list__value", row.value?.classes)}
            {...content(row.value?.html, row.value?.text)}
          />
          {row.actions?.items?.length ? (
            <dd className={cx("govuk-summary-list__actions", row.actions.classes)}>
              {row.actions.items.length === 1 ? (
                <ActionLink action={row.actions.items[0]!} cardTitle={card?.title} />
              ) : (
                <Actions
                  actions={{ items: row.actions.items }}
                  cardTitle={card?.title}
                  listClass="govuk-summary-list__actions-list"
                  itemClass="govuk-summary-list__actions-list-item"
                />
              )}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
  return card ? <SummaryCard card={card}>{list}</SummaryCard> : list;
}

function SummaryCard({
  card,
  children,
}: {
  card: NonNullable<SummaryListProps["card"]>;
  children: ReactNode;
}) {
  const { title, actions } = card;
  const Heading = `h${title?.headingLevel || 2}` as const;
  const items = actions?.items ?? [];
  return (
    <div {...attributes(card.attributes, { className: cx("govuk-summary-card", card.classes) })}>
      <div className="govuk-summary-card__title-wrapper">
        {title && (
          <Heading
            className={cx("govuk-summary-card__title", title.classes)}
            {...content(title.html, title.text)}
          />
        )}
        {actions && items.length === 1 ? (
          <div className={cx("govuk-summary-card__actions", actions.classes)}>
            <ActionLink action={items[0]!} cardTitle={title} />
          </div>
        ) : actions && items.length > 1 ? (
          <Actions
            actions={actions}
            cardTitle={title}
            listClass="govuk-summary-card__actions"
            itemClass="govuk-summary-card__action"
          />
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
