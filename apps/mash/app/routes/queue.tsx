import { Button, NotificationBanner, Pagination, Select, Table, type TableCell } from "@portal/govuk-react";
import { isTriageService } from "@portal/intake";
import { escapeHtml, formatShortDateTime, pageTitle } from "@portal/web";
import { redirect, useLoaderData } from "react-router";
import { hub } from "../.server/hub.ts";
import {
  FILTER_FIELDS,
  filterItems,
  queueRequest,
  serviceName,
  stageName,
} from "../components/queue/filters.ts";
import { ragTag, referrerTags, statusTag } from "../components/tags.ts";
import type { Route } from "./+types/queue";

export async function loader({ request }: Route.LoaderArgs) {
  const { actor, triage, now } = await hub(request);
  const url = new URL(request.url);
  const page = triage.queue(actor, queueRequest(url.searchParams), now);
  // A partner agency desk has no queue of its own: its work is the checks it was asked for.
  if (page.services.length === 0) {
    if (triage.checkTasks(actor, "open")) throw redirect("/checks");
    throw new Response("Forbidden", { status: 403 });
  }
  const params = Object.fromEntries(FILTER_FIELDS.map((name) => [name, url.searchParams.get(name) ?? ""]));
  const nextParams = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ""));
  if (page.next) nextParams.set("after", page.next);
  const sentTo = url.searchParams.get("to");
  const sent = url.searchParams.get("sent");
  return {
    sent:
      sent && sentTo && isTriageService(sentTo) ? `${sent} has been sent to ${serviceName(sentTo)}` : null,
    params,
    filters: filterItems(page.services, page.counts),
    paged: Boolean(url.searchParams.get("after")),
    next: page.next ? `/queue?${nextParams}` : null,
    first: `/queue?${new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ""))}`,
    showService: page.services.length > 1,
    total: page.counts.total,
    rows: page.rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      subject: row.subjectName ?? "Not known",
      service: serviceName(row.service),
      stage: stageName(row.stage),
      received: formatShortDateTime(row.receivedAt),
      due: row.dueAt ? formatShortDateTime(row.dueAt) : "Nothing owed",
      status: row.status,
      rag: row.rag,
      assignee: row.assigneeName ?? "Unassigned",
      openChecks: row.openChecks,
      waitingForReferrer: row.waitingForReferrer,
      referrerNotTold: row.referrerNotTold,
    })),
  };
}

export default function Queue() {
  const { sent, params, filters, rows, next, first, paged, showService, total } =
    useLoaderData<typeof loader>();
  const head: TableCell[] = [
    { text: "Reference" },
    { text: "About" },
    ...(showService ? [{ text: "Service" }] : []),
    { text: "Received" },
    { text: "Next deadline" },
    { text: "RAG" },
    { text: "Stage" },
    { text: "Assigned to" },
  ];
  return (
    <>
      <title>{pageTitle("mash", "Intake queue")}</title>
      {sent && <NotificationBanner type="success" titleText="Success" text={sent} />}
      <h1 className="govuk-heading-l">Intake queue</h1>
      <p className="govuk-body">
        {total === 1 ? "1 open item" : `${total} open items`} in your services, most urgent first.
      </p>
      <form method="get" action="/queue" className="app-filters">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-2">Filter the queue</h2>
        <div className="app-filters__row">
          {filters.map((filter) => (
            <Select
              key={filter.name}
              id={`filter-${filter.name}`}
              name={filter.name}
              label={{ text: filter.label }}
              items={filter.options}
              value={params[filter.name] ?? ""}
            />
          ))}
        </div>
        <div className="govuk-button-group">
          <Button text="Apply filters" classes="govuk-button--secondary" />
          <a className="govuk-link" href="/queue">
            Clear filters
          </a>
        </div>
      </form>
      {rows.length === 0 ? (
        <p className="govuk-body" data-testid="queue-empty">
          There are no items matching these filters.
        </p>
      ) : (
        <Table
          caption="Items, most urgent first"
          captionClasses="govuk-visually-hidden"
          classes="app-queue"
          head={head}
          rows={rows.map((row) => [
            {
              html: `<a class="govuk-link app-nowrap" href="/items/${encodeURIComponent(row.id)}">${escapeHtml(row.reference)}</a>`,
            },
            { text: row.subject },
            ...(showService ? [{ text: row.service }] : []),
            { text: row.received },
            {
              html: `${escapeHtml(row.due)}${statusTag(row.status)}${
                row.openChecks > 0
                  ? `<br><span class="govuk-body-s">${row.openChecks === 1 ? "1 check waiting" : `${row.openChecks} checks waiting`}</span>`
                  : ""
              }`,
            },
            { html: ragTag(row.rag) },
            { html: `${escapeHtml(row.stage)}${referrerTags(row)}` },
            { text: row.assignee },
          ])}
        />
      )}
      {(next || paged) && (
        <Pagination
          landmarkLabel="Queue pages"
          previous={paged ? { href: first, text: "First page" } : undefined}
          next={next ? { href: next, text: "Next page" } : undefined}
        />
      )}
    </>
  );
}
