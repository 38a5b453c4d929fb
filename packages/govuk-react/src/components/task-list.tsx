import { type Attributes, attributes, content, cx, type TextOrHtml } from "../shared.ts";
import { Tag, type TagProps } from "./tag.tsx";

export interface TaskListItem {
  title?: TextOrHtml & { classes?: string };
  hint?: TextOrHtml;
  status?: TextOrHtml & { tag?: TagProps; classes?: string };
  href?: string;
  classes?: string;
}

export interface TaskListProps {
  items?: (TaskListItem | null | undefined | false)[];
  idPrefix?: string;
  classes?: string;
  attributes?: Attributes;
}

export function TaskList(params: TaskListProps) {
  const idPrefix = params.idPrefix || "task-list";
  return (
    <ul {...attributes(params.attributes, { className: cx("govuk-task-list", params.classes) })}>
      {params.items?.map((item, index) => {
        if (!item) return null;
        const hintId = `${idPrefix}-${index + 1}-hint`;
        const statusId = `${idPrefix}-${index + 1}-status`;
        const title = content(item.title?.html, item.title?.text);
        return (
          <li
            key={index}
            className={cx(
              "govuk-task-list__item",
              item.href && "govuk-task-list__item--with-link",
              item.classes,
            )}
          >
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <a
                  className={cx("govuk-link govuk-task-list__link", item.title?.classes)}
                  href={item.href}
                  // The status is part of the link's description, so it's read when the link is focused.
                  aria-describedby={cx(item.hint && hintId, statusId)}
                  {...title}
                />
              ) : (
                <div className={item.title?.classes || undefined} {...title} />
              )}
              {item.hint && (
                <div
                  id={hintId}
                  className="govuk-task-list__hint"
                  {...content(item.hint.html, item.hint.text)}
                />
              )}
            </div>
            <div
              className={cx("govuk-task-list__status", item.status?.classes)}
              id={statusId}
              {...(item.status?.tag
                ? { children: <Tag {...item.status.tag} /> }
                : content(item.status?.html, item.status?.text))}
            />
          </li>
        );
      })}
    </ul>
  );
}
