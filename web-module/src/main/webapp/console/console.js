// The Lifeline console: support agents review security-reset cases over the same REST API as any client.
// Sign-in and tokens are signin.js's; every view is built with DOM methods and textContent, never from HTML strings,
// and evidence is shown from blobs of its declared type.
import {
  claims, completeProviderSignIn, currentToken, forget, keepDevelopmentToken, settings, signInWithProvider,
  signOut as endSession, token,
} from "./signin.js";

const API = "/api/v1";
const STAFF = ["support", "auditor", "admin"];

const main = document.getElementById("main");
const who = document.getElementById("who");
const signOut = document.getElementById("sign-out");

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
  labelCells(main);
  main.focus();
}

/** Each cell names its column (data-label), which the narrow layout shows in place of the header row. */
function labelCells(root) {
  for (const table of root.querySelectorAll("table")) {
    const headers = [...table.querySelectorAll("thead th")].map(th => th.textContent);
    for (const row of table.querySelectorAll("tbody tr")) {
      [...row.children].forEach((cell, i) => { if (headers[i]) cell.dataset.label = headers[i]; });
    }
  }
}

function roles() {
  const groups = claims().groups;
  return Array.isArray(groups) ? groups : [];
}

class ProblemError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || "the request failed");
    this.problem = problem;
  }
}

async function call(path, options = {}) {
  const headers = Object.assign({ Accept: "application/json" }, options.headers || {});
  const bearer = await currentToken();
  if (bearer) headers.Authorization = "Bearer " + bearer;
  if (options.json !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(API + path, {
    method: options.method || "GET",
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  });
  if (response.status === 401) {
    forget();
  }
  if (!response.ok) {
    let problem = { title: "HTTP " + response.status, status: response.status };
    try { problem = await response.json(); } catch (ignored) { /* not a problem document */ }
    throw new ProblemError(problem);
  }
  if (options.blob) return response.blob();
  return response.status === 204 ? null : response.json();
}

function problemView(error) {
  const problem = error.problem || { title: "Error", detail: String(error.message || error) };
  const box = el("div", { class: "problem", role: "alert" },
    el("strong", { text: (problem.status ? problem.status + " " : "") + (problem.title || "Error") }));
  if (problem.detail) box.append(el("p", { text: problem.detail }));
  for (const violation of problem.violations || []) {
    box.append(el("p", { text: violation.field + ": " + violation.message }));
  }
  return box;
}

function developmentSignInForm() {
  const subject = el("input", { id: "subject", name: "subject", required: "", autocomplete: "username", value: "agent-1" });
  const role = el("select", { id: "role", name: "role" },
    ...["support", "auditor", "admin", "user"].map(r => el("option", { value: r, text: r })));
  const form = el("form", { id: "dev-sign-in", "aria-labelledby": "dev-sign-in-title" },
    el("h2", { id: "dev-sign-in-title", text: "Development sign-in" }),
    el("p", { text: "On development and test servers the console mints a token for any name and role." }),
    el("label", { for: "subject", text: "Name" }), subject,
    el("label", { for: "role", text: "Role" }), role,
    el("button", { type: "submit", text: "Sign in" }));
  form.addEventListener("submit", async event => {
    event.preventDefault();
    try {
      const answer = await call("/dev/tokens", { method: "POST", json: { subject: subject.value.trim(), roles: [role.value] } });
      keepDevelopmentToken(answer.accessToken);
      if (location.hash === "") route();
      else location.hash = "";
    } catch (failure) {
      show(await signInView(failure));
    }
  });
  return form;
}

function providerSignIn(provider) {
  const button = el("button", { type: "button", id: "provider-sign-in", text: "Sign in with " + new URL(provider.issuer).host });
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await signInWithProvider(provider);
    } catch (failure) {
      show(await signInView(failure));
    }
  });
  return el("section", { id: "provider", "aria-labelledby": "provider-title" },
    el("h2", { id: "provider-title", text: "Sign in" }),
    el("p", { text: "Staff sign in with their account at the organisation's identity provider." }),
    button);
}

async function signInView(error) {
  const nodes = [];
  if (error) nodes.push(problemView(error));
  let offered;
  try {
    offered = await settings();
  } catch (failure) {
    return el("section", {}, ...nodes, problemView(failure));
  }
  if (offered.identityProvider) nodes.push(providerSignIn(offered.identityProvider));
  if (offered.developmentSignIn) nodes.push(developmentSignInForm());
  if (!offered.identityProvider && !offered.developmentSignIn) {
    nodes.push(el("p", { class: "problem", role: "alert",
      text: "This server offers no sign-in to the console: its operator names the identity provider"
        + " (lifeline.console.oidc.issuer and lifeline.console.oidc.client-id)." }));
  }
  return el("section", {}, ...nodes);
}

function noAccessView() {
  return el("section", { id: "no-access" },
    el("h2", { text: "No access" }),
    el("p", { text: "The console is for support agents and compliance staff. Your roles (" + roles().join(", ")
      + ") do not include support, auditor or admin." }));
}

function signalsList(signals) {
  if (!signals || signals.length === 0) return el("p", { text: "No risk signals." });
  return el("ul", { class: "signals" }, ...signals.map(s => el("li", { text: s })));
}

async function queueView() {
  const params = new URLSearchParams(location.hash.split("?")[1] || "");
  const status = params.get("status") || "SUBMITTED";
  const page = Number(params.get("page") || "0");
  const statuses = ["SUBMITTED", "AWAITING_EVIDENCE", "APPROVED", "APPLIED", "REJECTED", "CANCELLED", "EXPIRED"];
  const picker = el("select", { id: "status", "aria-label": "Status" },
    ...statuses.map(s => el("option", Object.assign({ value: s, text: s }, s === status ? { selected: "" } : {}))));
  picker.addEventListener("change", () => { location.hash = "#queue?status=" + picker.value; });
  const result = await call("/recovery-cases?status=" + encodeURIComponent(status) + "&order=oldest&page=" + page + "&size=20");
  const rows = result.items.map(c => el("tr", c.accountRiskTier === "HIGH" ? { class: "high" } : {},
    el("td", {}, el("a", { href: "#case/" + c.id, text: c.id.slice(0, 8) })),
    el("td", { text: c.accountId + (c.accountRiskTier === "HIGH" ? " (HIGH)" : "") }),
    el("td", { text: c.createdAt }),
    el("td", { text: String(c.evidence.length) }),
    el("td", { text: c.ownershipClaims.map(k => k.status).join(", ") || "none" }),
    el("td", { text: (c.riskSignals || []).join(", ") || "none" })));
  const pager = el("p", {});
  if (page > 0) pager.append(el("a", { href: "#queue?status=" + status + "&page=" + (page - 1), text: "Previous page" }), " ");
  if ((page + 1) * result.size < result.total) pager.append(el("a", { href: "#queue?status=" + status + "&page=" + (page + 1), text: "Next page" }));
  return el("section", { id: "queue" },
    el("h2", { text: "Cases" }),
    el("label", { for: "status", text: "Status " }), picker,
    el("p", { text: result.total + " cases, oldest first; HIGH accounts need two approvals by two agents" }),
    el("table", {},
      el("thead", {}, el("tr", {}, ...["Case", "Account", "Opened", "Evidence", "Ownership claims", "Risk signals"].map(h => el("th", { scope: "col", text: h })))),
      el("tbody", {}, ...rows)),
    pager);
}

const PDF_PAGES_SHOWN = 10;
let pdfjs = null;

/**
 * A PDF drawn page by page into canvases by pdf.js (loaded the first time one is shown): its parser runs in a worker,
 * with no eval, no scripting, no annotation or text layers, so nothing in the file becomes markup or script here.
 */
async function pdfPages(blob, label) {
  pdfjs ??= import("./pdfjs/pdf.min.mjs").then(library => {
    library.GlobalWorkerOptions.workerSrc = new URL("./pdfjs/pdf.worker.min.mjs", import.meta.url).href;
    return library;
  }).catch(failure => { pdfjs = null; throw failure; });
  const library = await pdfjs;
  const pdf = await library.getDocument({
    data: new Uint8Array(await blob.arrayBuffer()), isEvalSupported: false, enableXfa: false,
  }).promise;
  const pages = el("div", { class: "pdf-pages" });
  const shown = Math.min(pdf.numPages, PDF_PAGES_SHOWN);
  for (let number = 1; number <= shown; number++) {
    const page = await pdf.getPage(number);
    const natural = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(2, 720 / natural.width) });
    const canvas = el("canvas", {
      width: String(Math.floor(viewport.width)), height: String(Math.floor(viewport.height)),
      role: "img", "aria-label": label + ", page " + number + " of " + pdf.numPages,
    });
    await page.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
    pages.append(canvas);
  }
  if (pdf.numPages > shown) {
    pages.append(el("p", { text: "Pages 1 to " + shown + " of " + pdf.numPages + " shown: download the PDF for the rest." }));
  }
  await pdf.destroy();
  return pages;
}

async function evidenceView(caseId, file) {
  const figure = el("figure", { class: "evidence" }, el("figcaption", { text: file.kind + " (" + file.contentType + ", " + file.size + " bytes)" }));
  try {
    const blob = await call("/recovery-cases/" + caseId + "/evidence/" + file.evidenceId, { blob: true, headers: { Accept: "*/*" } });
    // a blob of the type the server judged from the bytes: an image or a video element never runs script
    const url = URL.createObjectURL(new Blob([blob], { type: file.contentType }));
    if (file.contentType.startsWith("image/")) figure.prepend(el("img", { src: url, alt: file.kind + " evidence" }));
    else if (file.contentType.startsWith("video/")) figure.prepend(el("video", { src: url, controls: "" }));
    else {
      figure.prepend(el("a", { href: url, download: "evidence-" + file.evidenceId + ".pdf", text: "Download the PDF" }));
      try {
        figure.prepend(await pdfPages(blob, file.kind + " evidence"));
      } catch (failure) {
        figure.append(el("p", { class: "problem", role: "alert", text: "The PDF could not be drawn here (" + failure.message + "): download it to read it." }));
      }
    }
  } catch (failure) {
    figure.append(problemView(failure));
  }
  return figure;
}

async function caseView(caseId) {
  const c = await call("/recovery-cases/" + encodeURIComponent(caseId));
  const claimsTable = c.ownershipClaims.length === 0 ? el("p", { text: "No ownership claims." }) : el("table", {},
    el("thead", {}, el("tr", {}, ...["Kind", "Reference", "Amount", "Asset", "Day", "Status", "Checked"].map(h => el("th", { scope: "col", text: h })))),
    el("tbody", {}, ...c.ownershipClaims.map(k => el("tr", {},
      ...[k.kind, k.reference, k.amount, k.asset, k.occurredOn, k.status, k.checkedAt].map(v => el("td", { text: v == null ? "" : String(v) }))))));
  const evidence = await Promise.all(c.evidence.map(file => evidenceView(c.id, file)));
  const section = el("section", { id: "case" },
    el("p", {}, el("a", { href: "#queue", text: "Back to the cases" })),
    el("h2", { text: "Case " + c.id }),
    el("p", { id: "case-status", text: "Status: " + c.status }),
    el("p", c.accountRiskTier === "HIGH" ? { class: "high", text: "Account " + c.accountId + " (HIGH risk: two approvals by two agents)" }
      : { text: "Account " + c.accountId + " (" + c.accountRiskTier + " risk)" }),
    el("p", { text: "Reason: " + c.reason + ". " + (c.description || "") }),
    el("h3", { text: "Risk signals" }), signalsList(c.riskSignals),
    el("h3", { text: "Ownership claims" }), claimsTable,
    el("h3", { text: "Evidence" }), ...evidence,
    el("h3", { text: "History" }),
    el("ul", {}, ...c.history.map(step => el("li", { text: step.at + ": " + (step.from || "new") + " → " + step.to + " (" + step.actorRole + ")" }))),
    el("h3", { text: "Decisions" }),
    c.decisions.length === 0 ? el("p", { text: "None yet." })
      : el("ul", {}, ...c.decisions.map(d => el("li", { text: d.decision + " at " + d.decidedAt }))),
    el("p", { id: "approvals", text: approvalState(c) }));
  if (c.status === "SUBMITTED") section.append(decisionForm(c));
  section.append(accountActions(c.accountId));
  return section;
}

function approvalState(c) {
  const approvals = c.decisions.filter(d => d.decision === "APPROVE").length;
  if (c.status !== "SUBMITTED") return "Decided: " + c.status + ".";
  if (c.accountRiskTier === "HIGH") {
    return approvals === 0 ? "Two approvals by two agents are needed." : "One approval of two: a second agent must approve.";
  }
  return "One approval decides.";
}

/** Unlock and review clearance: account actions an agent takes with a note, both audited. */
function accountActions(accountId) {
  const note = el("textarea", { id: "account-note", name: "account-note", rows: "2", maxlength: "500" });
  const outcome = el("div", { "aria-live": "polite" });
  const act = (path, done) => async () => {
    try {
      await call("/accounts/" + encodeURIComponent(accountId) + path, { method: "POST", json: { note: note.value } });
      outcome.replaceChildren(el("p", { role: "status", text: done }));
    } catch (failure) {
      outcome.replaceChildren(problemView(failure));
    }
  };
  return el("form", { id: "account-actions", "aria-labelledby": "account-actions-title", onsubmit: e => e.preventDefault() },
    el("h3", { id: "account-actions-title", text: "Account" }),
    el("label", { for: "account-note", text: "Note (why)" }), note,
    el("div", {},
      el("button", { type: "button", id: "unlock", text: "Unlock the account", onclick: act("/unlock", "The account is unlocked.") }),
      el("button", { type: "button", id: "clear-review", text: "Clear the review", onclick: act("/review-clearance", "The review is cleared.") })),
    outcome);
}

function decisionForm(c) {
  const note = el("textarea", { id: "note", name: "note", rows: "3", maxlength: "2000" });
  const outcome = el("div", { "aria-live": "polite" });
  const decide = decision => async () => {
    try {
      await call("/recovery-cases/" + c.id + "/decisions", { method: "POST", json: { decision, note: note.value } });
      show(await caseView(c.id));
    } catch (failure) {
      outcome.replaceChildren(problemView(failure));
    }
  };
  return el("form", { id: "decide", "aria-labelledby": "decide-title", onsubmit: e => e.preventDefault() },
    el("h3", { id: "decide-title", text: "Decide" }),
    el("label", { for: "note", text: "Note (what you checked)" }), note,
    el("div", {},
      el("button", { type: "button", id: "approve", text: "Approve", onclick: decide("APPROVE") }),
      el("button", { type: "button", id: "reject", text: "Reject", onclick: decide("REJECT") })),
    outcome);
}


const RUNNING = ["STARTING", "STARTED", "STOPPING"];
const FINDING_TYPES = ["NO_CODES_LEFT", "FEW_CODES_LEFT", "REGENERATION_OVERDUE", "CODES_UNCHECKED",
  "CODES_WITHOUT_AUTHENTICATOR", "BRUTE_FORCE", "SPRAYING", "TOTP_REPLAY", "RECOVERY_CODE_REUSE",
  "RECOVERY_CODE_WHILE_TOTP_IN_USE", "SHARED_EVIDENCE", "AUDIT_TRAIL_BROKEN"];
const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
  "#bcbd22", "#17becf", "#393b79", "#843c39"];
const SVG = "http://www.w3.org/2000/svg";
let refresh = null;

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, String(value));
  }
  for (const child of children) node.append(child);
  return node;
}

/** Findings by type across the last completed runs: one stacked bar a run, one colour a type. */
function findingsChart(runs) {
  const done = runs.filter(r => r.status === "COMPLETED").slice(0, 10).reverse();
  if (done.length === 0) return el("p", { text: "No completed run yet." });
  const largest = Math.max(1, ...done.map(r => Object.values(r.findings || {}).reduce((a, b) => a + b, 0)));
  const width = 600, row = 22, label = 90;
  const chart = svg("svg", { width: "100%", viewBox: "0 0 " + (width + label + 60) + " " + (done.length * row + 4),
    role: "img", "aria-labelledby": "chart-title" }, svg("title", { id: "chart-title", text: "Findings by type across the last runs" }));
  done.forEach((run, i) => {
    const y = i * row + 2;
    chart.append(svg("text", { x: 0, y: y + 14, text: "Run " + run.runId }));
    let x = label;
    let total = 0;
    FINDING_TYPES.forEach((type, t) => {
      const count = (run.findings || {})[type] || 0;
      if (count === 0) return;
      const w = Math.max(1, Math.round(count / largest * width));
      chart.append(svg("rect", { x, y, width: w, height: row - 6, fill: PALETTE[t] },
        svg("title", { text: type + ": " + count })));
      x += w;
      total += count;
    });
    chart.append(svg("text", { x: x + 4, y: y + 14, text: String(total) }));
  });
  const legend = el("p", { class: "legend" }, ...FINDING_TYPES.map((type, t) => el("span", {},
    svg("svg", { width: 12, height: 12, "aria-hidden": "true" }, svg("rect", { width: 12, height: 12, fill: PALETTE[t] })),
    " " + type)));
  return el("figure", { id: "findings-chart" }, chart, el("figcaption", { text: "Findings by type, last completed runs" }), legend);
}

async function verificationView() {
  const box = el("div", { id: "verification", "aria-live": "polite" });
  const check = el("button", { type: "button", id: "verify-trail", text: "Verify the audit trail" });
  check.addEventListener("click", async () => {
    box.replaceChildren(el("p", { text: "Verifying…" }));
    try {
      const result = await call("/audit-log/verification");
      box.replaceChildren(el("p", { role: "status", text: (result.intact ? "Intact" : "BROKEN at entry " + result.firstBrokenEntry)
        + ": " + result.entriesChecked + " entries checked." }));
    } catch (failure) {
      box.replaceChildren(problemView(failure));
    }
  });
  return el("section", {}, el("h3", { text: "Audit trail" }), check, box);
}

async function runsView() {
  const runs = await call("/audit-runs");
  const start = el("button", { type: "button", id: "start-run", text: "Start a run" });
  const outcome = el("div", { "aria-live": "polite" });
  start.addEventListener("click", async () => {
    try {
      const started = await call("/audit-runs", { method: "POST", json: {} });
      location.hash = "#run/" + started.runId;
    } catch (failure) {
      outcome.replaceChildren(problemView(failure));
    }
  });
  const rows = runs.map(r => el("tr", {},
    el("td", {}, el("a", { href: "#run/" + r.runId, text: "Run " + r.runId })),
    el("td", { text: r.status }),
    el("td", { text: r.startedAt || "" }),
    el("td", { text: r.endedAt || "" }),
    el("td", { text: String(Object.values(r.findings || {}).reduce((a, b) => a + b, 0)) })));
  return el("section", { id: "runs" },
    el("h2", { text: "Compliance runs" }), start, outcome,
    findingsChart(runs),
    el("table", {},
      el("thead", {}, el("tr", {}, ...["Run", "Status", "Started", "Ended", "Findings"].map(h => el("th", { scope: "col", text: h })))),
      el("tbody", {}, ...rows)),
    await verificationView());
}

function download(runId, type, extension) {
  return async () => {
    const blob = await call("/audit-runs/" + runId + "/report", { blob: true, headers: { Accept: type } });
    const link = el("a", { href: URL.createObjectURL(blob), download: "lifeline-audit-run-" + runId + "." + extension });
    document.body.append(link);
    link.click();
    link.remove();
  };
}

async function runView(runId) {
  const params = new URLSearchParams(location.hash.split("?")[1] || "");
  const type = params.get("type") || "";
  const severity = params.get("severity") || "";
  const page = Number(params.get("page") || "0");
  const run = await call("/audit-runs/" + encodeURIComponent(runId));
  const typePicker = el("select", { id: "type", "aria-label": "Finding type" },
    el("option", { value: "", text: "every type" }),
    ...FINDING_TYPES.map(t => el("option", Object.assign({ value: t, text: t }, t === type ? { selected: "" } : {}))));
  const severityPicker = el("select", { id: "severity", "aria-label": "Severity" },
    el("option", { value: "", text: "every severity" }),
    ...["LOW", "MEDIUM", "HIGH"].map(v => el("option", Object.assign({ value: v, text: v }, v === severity ? { selected: "" } : {}))));
  const refilter = () => {
    location.hash = "#run/" + runId + "?type=" + typePicker.value + "&severity=" + severityPicker.value;
  };
  typePicker.addEventListener("change", refilter);
  severityPicker.addEventListener("change", refilter);
  const section = el("section", { id: "run" },
    el("p", {}, el("a", { href: "#runs", text: "Back to the runs" })),
    el("h2", { text: "Run " + run.runId }),
    el("p", { id: "run-status", text: "Status: " + run.status }),
    el("p", { text: "Window: " + (run.since || "the beginning") + " to " + (run.until || "now") }),
    el("table", { id: "steps" },
      el("thead", {}, el("tr", {}, ...["Step", "Status", "Read", "Written", "Filtered"].map(h => el("th", { scope: "col", text: h })))),
      el("tbody", {}, ...run.steps.map(step => el("tr", {},
        ...[step.name, step.status, step.readCount, step.writeCount, step.filterCount].map(v => el("td", { text: String(v) })))))));
  if (RUNNING.includes(run.status)) {
    section.append(el("p", { text: "Running: this page refreshes every two seconds." }));
    refresh = setTimeout(route, 2000);
    return section;
  }
  if (run.status === "COMPLETED") {
    section.append(el("div", {},
      el("button", { type: "button", id: "report-json", text: "Download the report (JSON)", onclick: download(run.runId, "application/json", "json") }),
      el("button", { type: "button", id: "report-csv", text: "Download the report (CSV)", onclick: download(run.runId, "text/csv", "csv") })));
  }
  const query = new URLSearchParams({ page: String(page), size: "50" });
  if (type) query.set("type", type);
  if (severity) query.set("severity", severity);
  const findings = await call("/audit-runs/" + run.runId + "/findings?" + query);
  section.append(
    el("h3", { text: "Findings" }),
    el("label", { for: "type", text: "Type " }), typePicker, " ",
    el("label", { for: "severity", text: "Severity " }), severityPicker,
    el("p", { id: "findings-total", text: findings.total + " findings" }),
    el("table", { id: "findings" },
      el("thead", {}, el("tr", {}, ...["Account", "Type", "Severity", "Detected", "Detail"].map(h => el("th", { scope: "col", text: h })))),
      el("tbody", {}, ...findings.items.map(f => el("tr", {},
        ...[f.accountId || f.subject || "", f.type, f.severity, f.detectedAt,
          Object.entries(f.detail || {}).map(([k, v]) => k + "=" + v).join(", ")].map(v => el("td", { text: String(v) })))))));
  return section;
}

function navigation() {
  const links = [];
  if (roles().includes("support") || roles().includes("admin")) links.push(el("a", { href: "#queue", text: "Cases" }));
  if (roles().includes("auditor") || roles().includes("admin")) links.push(el("a", { href: "#runs", text: "Compliance" }));
  return links;
}

async function route() {
  clearTimeout(refresh);
  if (!token()) {
    who.textContent = "";
    signOut.hidden = true;
    show(await signInView());
    return;
  }
  const me = claims();
  who.replaceChildren("Signed in as " + (me.preferred_username || me.sub) + " (" + roles().join(", ") + ") ",
    el("nav", { "aria-label": "Console" }, ...navigation()));
  signOut.hidden = false;
  if (!roles().some(r => STAFF.includes(r))) {
    show(noAccessView());
    return;
  }
  try {
    const support = roles().includes("support") || roles().includes("admin");
    const hash = location.hash || (support ? "#queue" : "#runs");
    if (hash.startsWith("#case/")) {
      show(await caseView(decodeURIComponent(hash.slice("#case/".length))));
    } else if (hash.startsWith("#run/")) {
      show(await runView(decodeURIComponent(hash.slice("#run/".length).split("?")[0])));
    } else if (hash.startsWith("#runs") || !support) {
      show(await runsView());
    } else {
      show(await queueView());
    }
  } catch (failure) {
    show(problemView(failure));
    if (!token()) show(await signInView(failure));
  }
}

/** A page load that returns from the identity provider finishes its sign-in first. */
async function start() {
  try {
    const provider = (await settings()).identityProvider;
    if (provider) await completeProviderSignIn(provider);
  } catch (failure) {
    show(await signInView(failure));
    return;
  }
  route();
}

signOut.addEventListener("click", async () => {
  location.hash = "";
  if (!(await endSession())) route();
});
window.addEventListener("hashchange", route);
start();
