// Expand an .ics file with ical.js, a second iCalendar parser independent of Python's.
//
// Usage: node expand.mjs FILE FROM TO
//   FROM, TO: ISO instants (e.g. 2026-01-01T00:00:00Z); an occurrence is printed when it
//   starts in [FROM, TO).
// Prints a JSON object: {"calendar": {name, wrName, method, timezones}, "occurrences": [...]}
// where each occurrence is {uid, start, end, allDay, summary, status, recurrenceId}; times of
// timed events are UTC ("2026-01-15T01:30:00Z"), of all-day events plain dates ("2026-01-15").
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [file, fromText, toText] = process.argv.slice(2);
if (!file || !fromText || !toText) {
  console.error("usage: node expand.mjs FILE FROM TO");
  process.exit(2);
}
const from = Date.parse(fromText);
const to = Date.parse(toText);

const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
// A client registers the file's own VTIMEZONE blocks before reading times that name them.
const timezones = [];
for (const vtz of root.getAllSubcomponents("vtimezone")) {
  const zone = new ICAL.Timezone(vtz);
  ICAL.TimezoneService.register(zone, zone.tzid);
  timezones.push(zone.tzid);
}

function stamp(time) {
  if (time.isDate) {
    return time.toString();
  }
  return time.toJSDate().toISOString().replace(".000Z", "Z");
}

function epoch(time) {
  return time.toJSDate().getTime();
}

const occurrences = [];
function push(uid, start, end, item, recurrenceId) {
  const when = epoch(start);
  if (when < from || when >= to) {
    return;
  }
  occurrences.push({
    uid,
    start: stamp(start),
    end: stamp(end),
    allDay: start.isDate,
    summary: item.summary,
    status: item.component.getFirstPropertyValue("status") || "",
    recurrenceId: recurrenceId ? stamp(recurrenceId) : null,
  });
}

const vevents = root.getAllSubcomponents("vevent");
const masters = new Map();
const exceptions = [];
for (const component of vevents) {
  // Given no exceptions, ICAL.Event would relate every RECURRENCE-ID event of the calendar to
  // each master, whatever its UID (and in quadratic time): relate them by UID below instead.
  const event = new ICAL.Event(component, { strictExceptions: true, exceptions: [] });
  if (event.isRecurrenceException()) {
    exceptions.push(event);
  } else {
    masters.set(event.uid, event);
  }
}
const orphans = [];
for (const exception of exceptions) {
  const master = masters.get(exception.uid);
  if (master && master.isRecurring()) {
    master.relateException(exception);
  } else {
    orphans.push(exception);
  }
}

const LIMIT = 100000;
for (const event of masters.values()) {
  if (!event.isRecurring()) {
    push(event.uid, event.startDate, event.endDate, event, null);
    continue;
  }
  const iterator = event.iterator();
  let next;
  let count = 0;
  while ((next = iterator.next()) && count < LIMIT) {
    count += 1;
    const details = event.getOccurrenceDetails(next);
    // The rule's date decides where expansion stops; a moved occurrence may start later.
    if (epoch(next) >= to && epoch(details.startDate) >= to) {
      break;
    }
    push(event.uid, details.startDate, details.endDate, details.item, details.recurrenceId);
  }
}
for (const event of orphans) {
  push(event.uid, event.startDate, event.endDate, event, event.recurrenceId);
}

occurrences.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.uid < b.uid ? -1 : 1));
console.log(JSON.stringify({
  calendar: {
    name: root.getFirstPropertyValue("name"),
    wrName: root.getFirstPropertyValue("x-wr-calname"),
    method: root.getFirstPropertyValue("method"),
    timezones,
  },
  occurrences,
}));
