/**
 * The grid's geometry as reactive values: its days, the time range, a room view's rooms,
 * the blocks of each day, the scale (pixels per minute, fitted to the viewport), the CSS
 * grid's tracks and where each day is, in either orientation. The arithmetic is layout.ts's
 * and gridGeometry.ts's; this holds it as Svelte state so that an edit recomputes only what
 * it changed. The tracks are one list, written as the grid's template and summed into each
 * day's box, so the grid never reads a day's place back from the page (see gridGeometry.ts).
 *
 * The values an edit often leaves equal (days, range, rooms, row heights, labels) are
 * settled copies (settled.svelte.ts): a new document with the same days does not redraw
 * every day. Call `gridLayout` while a component initialises (it runs effects).
 */
import type { Lang } from "../bindings/Lang";
import type { Session } from "../bindings/Session";
import type { Timetable } from "../bindings/Timetable";
import type { View } from "../bindings/View";
import { AGGREGATE_GROUPS, isAggregated } from "./aggregate";
import { labelCache, readingLang, timeSpan, type SessionLabels } from "./labels";
import { uiLocale } from "./i18n.svelte";
import { blockCache, blocksByDate } from "./blocks";
import {
  dayColumns,
  hourMarks,
  CREATE_GUTTER_PX,
  dayBreadth,
  maxLanes,
  roomColumns,
  timeRange,
  type Block,
  type DayColumn,
  type Orientation,
  type Span,
} from "./layout";
import { cellBox, dropColumns, gridSizes, innerBox, template, type DayBox, type Track } from "./gridGeometry";
import type { ColumnRect } from "./drag";
import { sameJson, sameSet, settled } from "./settled.svelte";
import { timed } from "./timing";

/**
 * What the geometry depends on, the grid's props and its viewport's size, each read through
 * its own function so that a value depends only on what it reads (a resize does not redo the
 * blocks, an edit does not refit the scale).
 */
export interface GridInput {
  timetable: () => Timetable;
  /** The core's view of it: each day's hours and breaks, the main language. */
  view: () => View;
  /** The sessions drawn (after filters). */
  sessions: () => Session[];
  roomView: () => boolean;
  condensed: () => boolean;
  orientation: () => Orientation;
  viewportWidth: () => number;
  viewportHeight: () => number;
  /** The page runs right to left (an Arabic UI): the days' columns start at the right. */
  rtl?: () => boolean;
  /** The days a click expanded although they are too dense for the condensed view (see aggregate.ts). */
  expanded?: () => ReadonlySet<string>;
}

/** `h.start` and `h.end` ("HH:MM") in minutes after midnight. */
function minutesOf(h: { start: string; end: string }): [number, number] {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return [toMin(h.start), toMin(h.end)];
}

/** The grid's geometry (see the module's doc); every field is reactive. */
export interface GridLayout {
  /** Days as rows. */
  readonly rows: boolean;
  /** Columns: the day headers' height. Rows: the time header's height. */
  readonly headerPx: number;
  /** Columns: the hour gutter's width. Rows: the day labels' width. */
  readonly gutterPx: number;
  /** Where the time range starts along the time axis: below the headers, or right of the day labels. */
  readonly timeStartPx: number;
  /** The days, in order. */
  readonly columns: DayColumn[];
  /** The minutes shown along the time axis. */
  readonly range: Span;
  /** A room view's rooms, in strip order; null in a day view. */
  readonly rooms: string[] | null;
  /** Each day's blocks, in lanes (and room strips). */
  readonly blocks: Map<string, Block[]>;
  /** A session's title, room and body names, cached until rooms, bodies or the meeting change. */
  readonly labelsOf: (session: Session) => SessionLabels;
  /** The hour marks within the range. */
  readonly hours: number[];
  /** The meeting's hours ("09:00–17:30"): a day's own hours are shown when they differ. */
  readonly standard: string;
  /** Fit the day into the visible height (columns) or width (rows); below a readable minimum the grid scrolls. */
  readonly pxPerMinute: number;
  /** Rows: each day's height, from its busiest moment's lanes (and its rooms); empty in columns. */
  readonly rowPx: number[];
  /** The CSS grid's tracks, written from the same tracks as `days` (gridGeometry.ts). */
  readonly templateColumns: string;
  readonly templateRows: string;
  /** The grid cell of the time gutter. */
  readonly gutterCell: string;
  /** Each day's breadth across in pixels (its minimum width in columns, its height in rows). */
  readonly breadths: number[];
  /** The grid's width in pixels, as the page lays it out (the window's, or its tracks' when wider). */
  readonly width: number;
  /** Where each day is in the grid, in pixels from its top-left corner (by arithmetic, not read from the page). */
  readonly days: readonly DayBox[];
  /** The drop columns (the days, or a room view's strips) along the days axis. */
  readonly dropColumns: readonly ColumnRect[];
  /** The dates of the days drawn as aggregates (too dense to read; see aggregate.ts). */
  readonly aggregated: ReadonlySet<string>;
  /** The grid cell of the header (`header`) or body of day `i`. */
  cell(i: number, part: "header" | "body"): string;
}

/** The geometry of the grid of `input` (functions of props and state, read reactively). */
export function gridLayout(input: GridInput): GridLayout {
  const rows = $derived(input.orientation() === "rows");
  const headerPx = $derived(rows ? 28 : input.roomView() ? 70 : 52);
  const gutterPx = $derived(rows ? (input.roomView() ? 214 : 118) : 50);
  const narrowPx = $derived(rows ? 30 : 44);

  const columns = settled(
    () =>
      timed("dayColumns", () =>
        dayColumns(input.timetable(), input.view(), readingLang(input.timetable(), input.view())),
      ),
    sameJson,
  );
  const range = settled(
    () => timed("range", () => timeRange(columns.value, input.sessions())),
    (a, b) => a.start === b.start && a.end === b.end,
  );
  const rooms = settled(() => {
    return input.roomView() ? roomColumns(input.timetable(), input.sessions()) : null;
  }, sameJson);

  /** The last blocks drawn: the days and room strips an edit left alone keep theirs (not redrawn). */
  const cache = blockCache();
  const blocks = $derived(timed("blocks", () => blocksByDate(input.sessions(), rooms.value ?? undefined, cache)));

  // Labels depend on rooms, bodies, the meeting's languages and the UI's language (an
  // untitled session's label) only (sessions are cached by object): keep one cache until one
  // of those changes, so an edit relabels nothing else.
  let labelSource: (Pick<Timetable, "rooms" | "bodies" | "meeting"> & { lang: Lang; ui: string }) | null = null;
  let labelFn: ReturnType<typeof labelCache> = () => ({ title: "", room: "", bodies: "" });
  function labelsFor(tt: Timetable, lang: Lang, ui: string) {
    const src = labelSource;
    if (
      !src ||
      src.rooms !== tt.rooms ||
      src.bodies !== tt.bodies ||
      src.meeting !== tt.meeting ||
      src.lang !== lang ||
      src.ui !== ui
    ) {
      labelSource = { rooms: tt.rooms, bodies: tt.bodies, meeting: tt.meeting, lang, ui };
      labelFn = labelCache(tt, lang);
    }
    return labelFn;
  }
  const labels = settled(
    () => labelsFor(input.timetable(), readingLang(input.timetable(), input.view()), uiLocale()),
    (a, b) => a === b,
  );

  const hours = $derived(hourMarks(range.value));
  const standard = $derived(timeSpan(...minutesOf(input.timetable().meeting.hours)));
  const pxPerMinute = $derived.by(() => {
    const condensed = input.condensed();
    const { start, end } = range.value;
    return Math.min(
      condensed ? 1.2 : 3,
      Math.max(
        condensed ? 0.45 : 0.9,
        // Rows: keep room for the vertical scrollbar, which the size binding does not see.
        ((rows ? input.viewportWidth() - gutterPx - 16 : input.viewportHeight() - headerPx) - 10) /
          Math.max(60, end - start),
      ),
    );
  });
  const bodyPx = $derived((range.value.end - range.value.start) * pxPerMinute);
  /**
   * Each day's breadth across, from its busiest moment's lanes (or its rooms): in rows its
   * height; in columns its minimum width (days share what is left of the window). A lane is
   * never narrower than a short title ("Q12/17", "WP2/12") set horizontally.
   */
  const aggregated = settled(() => {
    const expanded = input.expanded?.() ?? new Set<string>();
    const out = new Set<string>();
    for (const c of columns.value) {
      const lanes = maxLanes(blocks.get(c.date) ?? []);
      if (isAggregated(lanes, input.condensed(), input.roomView(), expanded.has(c.date))) out.add(c.date);
    }
    return out;
  }, sameSet);
  const breadths = settled(() => {
    const condensed = input.condensed();
    const r = rooms.value;
    const opts = rows
      ? { rooms: r ? r.length : null, lanePx: condensed ? 16 : r ? 22 : 26, min: condensed ? 40 : 64, narrowPx }
      : { rooms: r ? r.length : null, lanePx: condensed ? 52 : 78, min: condensed ? 56 : 72, narrowPx };
    return columns.value.map((c) =>
      dayBreadth(c, aggregated.value.has(c.date) ? AGGREGATE_GROUPS : maxLanes(blocks.get(c.date) ?? []), {
        ...opts,
        gutterPx: CREATE_GUTTER_PX,
      }),
    );
  }, sameJson);
  const rowPx = $derived(rows ? breadths.value : []);
  /** The grid's tracks across (columns) and down (rows): the one source of the template and of `days`. */
  const columnTracks = $derived.by((): Track[] =>
    rows
      ? [{ px: gutterPx }, { px: bodyPx }]
      : [
          { px: gutterPx },
          ...columns.value.map((c, i) =>
            c.narrow && !rooms.value ? { px: narrowPx } : { px: breadths.value[i] ?? 0, flex: true },
          ),
        ],
  );
  const rowTracks = $derived.by((): Track[] =>
    rows ? [{ px: headerPx }, ...rowPx.map((px) => ({ px }))] : [{ px: headerPx }, { px: bodyPx }],
  );
  const templateColumns = $derived(template(columnTracks));
  const templateRows = $derived(template(rowTracks));
  const sizes = $derived(
    gridSizes({
      columns: columnTracks,
      rows: rowTracks,
      viewportWidth: input.viewportWidth(),
      rtl: input.rtl?.() ?? false,
    }),
  );
  /** Each day's box; a day whose box is unchanged keeps its object (its blocks are not culled again). */
  let lastDays: readonly DayBox[] = [];
  const days = $derived.by(() =>
    timed("days", () => {
      const was = new Map(lastDays.map((d) => [d.date, d]));
      const next = columns.value.map((c, i): DayBox => {
        const outer = rows ? cellBox(sizes, 1, i + 1) : cellBox(sizes, i + 1, 1);
        const inner = innerBox(outer, rows, sizes.rtl);
        const old = was.get(c.date);
        return old && sameJson(old.outer, outer) ? old : { date: c.date, outer, inner };
      });
      return (lastDays = next);
    }),
  );
  const drops = $derived(dropColumns(days, rows, rooms.value));

  return {
    get rows() {
      return rows;
    },
    get headerPx() {
      return headerPx;
    },
    get gutterPx() {
      return gutterPx;
    },
    get timeStartPx() {
      return rows ? gutterPx : headerPx;
    },
    get columns() {
      return columns.value;
    },
    get range() {
      return range.value;
    },
    get rooms() {
      return rooms.value;
    },
    get blocks() {
      return blocks;
    },
    get labelsOf() {
      return labels.value;
    },
    get hours() {
      return hours;
    },
    get standard() {
      return standard;
    },
    get pxPerMinute() {
      return pxPerMinute;
    },
    get rowPx() {
      return rowPx;
    },
    get templateColumns() {
      return templateColumns;
    },
    get templateRows() {
      return templateRows;
    },
    get breadths() {
      return breadths.value;
    },
    get width() {
      return sizes.width;
    },
    get days() {
      return days;
    },
    get dropColumns() {
      return drops;
    },
    get aggregated() {
      return aggregated.value;
    },
    get gutterCell() {
      return rows ? "grid-row:1;grid-column:2" : "grid-column:1;grid-row:2";
    },
    cell(i, part) {
      const track = i + 2;
      const lane = part === "header" ? 1 : 2;
      return rows ? `grid-row:${track};grid-column:${lane}` : `grid-column:${track};grid-row:${lane}`;
    },
  };
}
