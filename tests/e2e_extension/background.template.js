// Service worker of the e2e probe extension. tests/browser_e2e.rs copies this file to
// background.js with __REPORT_URL__ replaced by its 127.0.0.1 listener, loads the extension into
// headless Chromium and asserts on the report: every reply exactly as the extension received it,
// plus any chrome.runtime.lastError. The extension asserts nothing itself.
"use strict";

const HOST = "com.hirebridge.host";
const REPORT_URL = "__REPORT_URL__";
const STEP_TIMEOUT_MS = 20000;

function lastErrorMessage() {
  const e = chrome.runtime.lastError;
  return e ? String(e.message) : null;
}

// One native port, with replies taken in arrival order (requests are sent one at a time).
function openPort() {
  const state = { inbox: [], waiter: null, disconnected: null, connectThrew: null };
  let port = null;
  try {
    port = chrome.runtime.connectNative(HOST);
  } catch (e) {
    state.connectThrew = String((e && e.message) || e);
    return { state, port: null };
  }
  port.onMessage.addListener((msg) => {
    if (state.waiter) {
      const w = state.waiter;
      state.waiter = null;
      w({ reply: msg });
    } else {
      state.inbox.push(msg);
    }
  });
  port.onDisconnect.addListener(() => {
    state.disconnected = lastErrorMessage() || "disconnected without lastError";
    if (state.waiter) {
      const w = state.waiter;
      state.waiter = null;
      w({ disconnected: state.disconnected });
    }
  });
  return { state, port };
}

function nextReply(conn) {
  const s = conn.state;
  if (s.inbox.length) return Promise.resolve({ reply: s.inbox.shift() });
  if (s.disconnected) return Promise.resolve({ disconnected: s.disconnected });
  return new Promise((resolve) => {
    s.waiter = resolve;
    setTimeout(() => {
      if (s.waiter === resolve) {
        s.waiter = null;
        resolve({ timeout: true });
      }
    }, STEP_TIMEOUT_MS);
  });
}

async function call(conn, request) {
  if (!conn.port) return { request, connectThrew: conn.state.connectThrew };
  try {
    conn.port.postMessage(request);
  } catch (e) {
    return { request, thrown: String((e && e.message) || e), disconnected: conn.state.disconnected };
  }
  return Object.assign({ request }, await nextReply(conn));
}

function oneShot(request) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ request, timeout: true }), STEP_TIMEOUT_MS);
    try {
      chrome.runtime.sendNativeMessage(HOST, request, (reply) => {
        clearTimeout(timer);
        resolve({ request, reply: reply === undefined ? null : reply, lastError: lastErrorMessage() });
      });
    } catch (e) {
      clearTimeout(timer);
      resolve({ request, thrown: String((e && e.message) || e) });
    }
  });
}

async function run() {
  const report = { extensionId: chrome.runtime.id, steps: {}, problems: [] };
  let fixture = null;
  try {
    fixture = await (await fetch(REPORT_URL + "/fixture")).json();
  } catch (e) {
    report.problems.push("fixture fetch: " + e);
  }

  const conn = openPort();
  const steps = report.steps;
  steps.hello = await call(conn, { type: "hello", timestamp: 1700000000001, requestId: "e2e-hello" });
  steps.isLogin = await call(conn, { type: "isLogin", channels: [1, 2], timestamp: 1700000000002 });
  if (fixture) {
    steps.crawl_url = await call(conn, {
      type: "crawl_url",
      timestamp: 1700000000003,
      url: fixture.url,
      html: fixture.html,
    });
  }
  const resumeId = steps.crawl_url && steps.crawl_url.reply ? steps.crawl_url.reply.resumeId : null;
  steps.crawl_save = await call(conn, {
    type: "crawl_save",
    timestamp: 1700000000004,
    resumeId: resumeId,
    position: "e2e-position-1",
  });
  steps.crawl_save_unknown = await call(conn, {
    type: "crawl_save",
    timestamp: 1700000000005,
    resumeId: "no-such-resume",
    position: "e2e-position-1",
  });
  steps.status = await call(conn, { type: "status", timestamp: 1700000000006 });
  steps.unknown_type = await call(conn, { type: "e2e_no_such_type", timestamp: 1700000000007 });
  steps.malformed = await call(conn, { no_type: 1 });
  report.portDisconnected = conn.state.disconnected;
  if (conn.port) conn.port.disconnect();

  report.oneShot = await oneShot({ type: "hello", timestamp: 1700000000008 });

  try {
    await fetch(REPORT_URL + "/report", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(report),
    });
  } catch (e) {
    // Nothing else can carry the failure out; the test times out and says so.
    console.error("report failed", e);
  }
}

run();
