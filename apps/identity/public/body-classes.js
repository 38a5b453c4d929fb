// govuk-frontend's page-template snippet, kept out of the HTML so the pages need no inline script.
document.body.className += ` js-enabled${"noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : ""}`;
