/**
 * A small hand-written document for unit tests and the browser preview: a Friday, a
 * weekend, a Monday with its own hours and lunch, a management meeting the day before the
 * meeting, parallel sessions (two of them clashing in one room), a tentative training, a
 * lunch-time briefing and two sessions waiting in the palette.
 */
import type { Snapshot } from "../bindings/Snapshot";

export function fixture(): Snapshot {
  return {
    timetable: {
      meeting: {
        title: {
          en: "ITU-T Study Group 12 meeting",
          fr: "Réunion de la Commission d'études 12 de l'UIT-T",
        },
        venue: "Geneva, 22-25 September 2017",
        timeZone: "Europe/Zurich",
        languages: ["en", "fr"],
        hours: { start: "09:00", end: "17:30" },
      },
      days: [
        { date: "2017-09-22", kind: "working" },
        { date: "2017-09-23", kind: "weekend" },
        { date: "2017-09-24", kind: "weekend" },
        {
          date: "2017-09-25",
          kind: "working",
          hours: { start: "09:30", end: "18:00" },
          note: "Registration opens 08:30",
        },
      ],
      slots: {
        am: { id: "am", name: { en: "Morning" }, start: "09:00", end: "12:30" },
        pm: { id: "pm", name: { en: "Afternoon" }, start: "14:00", end: "17:30" },
      },
      breaks: {
        coffeeAm: { id: "coffeeAm", name: { en: "Coffee" }, kind: "coffee", start: "10:30", end: "11:00" },
        lunch: { id: "lunch", name: { en: "Lunch" }, kind: "meal", start: "12:30", end: "14:00" },
        lunch25: {
          id: "lunch25",
          name: { en: "Lunch" },
          kind: "meal",
          start: "13:00",
          end: "14:30",
          day: "2017-09-25",
        },
      },
      rooms: {
        popov: { id: "popov", name: "Popov", capacity: 300, interpretation: true },
        k: { id: "k", name: "Room K", capacity: 40 },
        l: { id: "l", name: "Room L", capacity: 30 },
      },
      bodies: {
        sg12: { id: "sg12", short: "SG12", name: { en: "Study Group 12" }, kind: "studyGroup" },
        wp1: { id: "wp1", short: "WP1/12", name: { en: "Working Party 1" }, kind: "workingParty", parent: "sg12" },
        q1: { id: "q1", short: "Q1/12", name: { en: "Question 1" }, kind: "question", parent: "wp1" },
        q2: { id: "q2", short: "Q2/12", name: { en: "Question 2" }, kind: "question", parent: "wp1" },
        q4: { id: "q4", short: "Q4/12", name: { en: "Question 4" }, kind: "question", parent: "wp1" },
        mgmt: {
          id: "mgmt",
          short: "SG12 MT",
          name: { en: "SG12 management team" },
          kind: "management",
          parent: "sg12",
        },
      },
      persons: {
        chair: { id: "chair", name: "K. Rahrer", role: "Chairman, SG12" },
      },
      sessions: {
        mt1: {
          id: "mt1",
          title: { en: "Management team meeting", fr: "Réunion de l'équipe de direction" },
          kind: "management",
          bodies: ["mgmt"],
          room: "l",
          persons: ["chair"],
          placement: { start: "2017-09-21T14:00", end: "2017-09-21T17:00" },
          annex: "note",
        },
        open: {
          id: "open",
          title: { en: "SG12 opening plenary", fr: "Plénière d'ouverture de la CE 12" },
          kind: "plenary",
          bodies: ["sg12"],
          room: "popov",
          persons: ["chair"],
          placement: { start: "2017-09-22T09:00", end: "2017-09-22T12:30" },
          exclusive: true,
          annex: "cell",
        },
        q1: {
          id: "q1",
          title: { en: "Question 1/12" },
          kind: "question",
          bodies: ["q1"],
          room: "k",
          placement: { start: "2017-09-22T14:00", end: "2017-09-22T17:30" },
          annex: "cell",
        },
        q2: {
          id: "q2",
          title: { en: "Question 2/12" },
          kind: "question",
          bodies: ["q2"],
          room: "k",
          placement: { start: "2017-09-22T14:00", end: "2017-09-22T17:30" },
          annex: "cell",
        },
        q4: {
          id: "q4",
          title: { en: "Question 4/12" },
          kind: "question",
          bodies: ["q4"],
          room: "l",
          placement: { start: "2017-09-22T15:00", end: "2017-09-22T16:30" },
          annex: "cell",
        },
        bsg: {
          id: "bsg",
          title: { en: "BSG hands-on training" },
          kind: "training",
          room: "l",
          placement: { start: "2017-09-25T09:30", end: "2017-09-25T12:30" },
          tentative: true,
          annex: "both",
        },
        brief: {
          id: "brief",
          title: { en: "Briefing for new delegates" },
          kind: "briefing",
          bodies: ["mgmt"],
          room: "k",
          placement: { start: "2017-09-25T13:00", end: "2017-09-25T14:00" },
          annex: "note",
        },
        wp1: {
          id: "wp1",
          title: { en: "Working Party 1/12" },
          kind: "workingParty",
          bodies: ["wp1"],
          room: "popov",
          placement: { start: "2017-09-25T14:30", end: "2017-09-25T17:30" },
          annex: "cell",
        },
        webinar: {
          id: "webinar",
          title: { en: "Meeting results webinar" },
          kind: "webinar",
          annex: "both",
          minutes: 90,
        },
        tour: {
          id: "tour",
          title: { en: "Welcome and tour of the building" },
          kind: "social",
          annex: "note",
          minutes: 90,
        },
      },
      constraints: {},
      severities: {},
      acknowledgements: {
        "breakOverlap:brief@lunch25": {
          key: "breakOverlap:brief@lunch25",
          reason: "Intended: the briefing is held over lunch",
        },
      },
    },
    // What the core's View::of answers for this timetable.
    view: {
      mainLang: "en",
      languages: ["ar", "zh", "en", "fr", "ru", "es"],
      textFallback: ["en", "ar", "zh", "fr", "ru", "es"],
      nextRevisionLabel: "Rev.1",
      days: [
        { date: "2017-09-22", hours: { start: "09:00", end: "17:30" }, breaks: ["coffeeAm", "lunch"] },
        { date: "2017-09-23", hours: { start: "09:00", end: "17:30" }, breaks: [] },
        { date: "2017-09-24", hours: { start: "09:00", end: "17:30" }, breaks: [] },
        { date: "2017-09-25", hours: { start: "09:30", end: "18:00" }, breaks: ["lunch25"] },
      ],
      elsewhere: { hours: { start: "09:00", end: "17:30" }, breaks: [] },
      bodyDescendants: {
        mgmt: ["mgmt"],
        q1: ["q1"],
        q2: ["q2"],
        q4: ["q4"],
        sg12: ["sg12", "wp1", "q1", "q2", "q4", "mgmt"],
        wp1: ["wp1", "q1", "q2", "q4"],
      },
      bodyTree: [
        { body: "sg12", depth: 0 },
        { body: "wp1", depth: 1 },
        { body: "q1", depth: 2 },
        { body: "q2", depth: 2 },
        { body: "q4", depth: 2 },
        { body: "mgmt", depth: 1 },
      ],
      newItems: {
        slot: { id: "", name: { en: "Evening" }, start: "18:00", end: "20:00" },
        break: { id: "", name: { en: "Coffee" }, kind: "coffee", start: "15:30", end: "16:00" },
        room: { id: "", name: "New room" },
        body: { id: "", short: "New body", name: {}, kind: "other" },
        person: { id: "", name: "New person" },
        session: { id: "", title: { en: "New session" }, kind: "other", annex: "cell", minutes: 90 },
      },
      newDay: "2017-09-26",
    },
    conflicts: [
      {
        key: "breakOverlap:brief@lunch25",
        kind: "breakOverlap",
        severity: "warning",
        sessions: ["brief"],
        breaks: ["lunch25"],
        message: "“Briefing for new delegates” (Mon 25 Sep 12:30–14:00) runs over the break “Lunch” (12:30–14:00)",
        words: {
          id: "conflict-break-over",
          args: {
            session: { type: "text", value: "Briefing for new delegates" },
            when: { type: "span", value: { start: "2017-09-25T12:30", end: "2017-09-25T14:00" } },
            break: { type: "text", value: "Lunch" },
            start: { type: "time", value: "12:30" },
            end: { type: "time", value: "14:00" },
          },
        },
        acknowledged: true,
        reason: "Intended: the briefing is held over lunch",
      },
      {
        key: "outsideMeetingDates:mt1",
        kind: "outsideMeetingDates",
        severity: "info",
        sessions: ["mt1"],
        message:
          "“Management team meeting” (Thu 21 Sep 08:00–09:00) is on Thu 21 Sep, which is not a day of the meeting",
        words: {
          id: "conflict-outside-meeting-dates",
          args: {
            session: { type: "text", value: "Management team meeting" },
            when: { type: "span", value: { start: "2017-09-21T08:00", end: "2017-09-21T09:00" } },
            day: { type: "date", value: "2017-09-21" },
          },
        },
        acknowledged: false,
      },
      {
        key: "roomClash:q1+q2@k",
        kind: "roomClash",
        severity: "error",
        sessions: ["q1", "q2"],
        rooms: ["k"],
        message: "“Question 1/12” and “Question 2/12” both use room Room K on Wed 20 Sep 14:30–17:30",
        words: {
          id: "conflict-room-clash",
          args: {
            a: { type: "text", value: "Question 1/12" },
            b: { type: "text", value: "Question 2/12" },
            room: { type: "text", value: "Room K" },
            when: { type: "span", value: { start: "2017-09-20T14:30", end: "2017-09-20T17:30" } },
          },
        },
        acknowledged: false,
      },
    ],
    summary: { errors: 1, warnings: 0, infos: 1, acknowledged: 1 },
    history: { canUndo: false, canRedo: false, dirty: false },
  };
}
