import { type Attributes, attributes, content, cx, type TextOrHtml } from "../shared.ts";

export interface TableCell extends TextOrHtml {
  /** `numeric` right-aligns the cell. */
  format?: string;
  colspan?: number;
  rowspan?: number;
  classes?: string;
  attributes?: Attributes;
}

export interface TableProps {
  rows?: (TableCell[] | null | undefined | false)[];
  head?: TableCell[];
  caption?: string;
  captionClasses?: string;
  firstCellIsHeader?: boolean;
  classes?: string;
  attributes?: Attributes;
}

export function Table(params: TableProps) {
  const spans = (cell: TableCell) => ({
    colSpan: cell.colspan || undefined,
    rowSpan: cell.rowspan || undefined,
  });
  return (
    <table {...attributes(params.attributes, { className: cx("govuk-table", params.classes) })}>
      {params.caption && (
        <caption className={cx("govuk-table__caption", params.captionClasses)}>{params.caption}</caption>
      )}
      {params.head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {params.head.map((cell, index) => (
              <th
                key={index}
                {...attributes(cell.attributes, {
                  scope: "col",
                  className: cx(
                    "govuk-table__header",
                    cell.format && `govuk-table__header--${cell.format}`,
                    cell.classes,
                  ),
                  ...spans(cell),
                })}
                {...content(cell.html, cell.text)}
              />
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {params.rows?.map(
          (row, rowIndex) =>
            row && (
              <tr key={rowIndex} className="govuk-table__row">
                {row.map((cell, index) =>
                  index === 0 && params.firstCellIsHeader ? (
                    <th
                      key={index}
                      {...attributes(cell.attributes, {
                        scope: "row",
                        className: cx("govuk-table__header", cell.classes),
                        ...spans(cell),
                      })}
                      {...content(cell.html, cell.text)}
                    />
                  ) : (
                    <td
                      key={index}
                      {...attributes(cell.attributes, {
                        className: cx(
                          "govuk-table__cell",
                          cell.format && `govuk-table__cell--${cell.format}`,
                          cell.classes,
                        ),
                        ...spans(cell),
                      })}
                      {...content(cell.html, cell.text)}
                    />
                  ),
                )}
              </tr>
            ),
        )}
      </tbody>
    </table>
  );
}
