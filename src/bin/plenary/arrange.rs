//! `plenary arrange`: place the sessions of a timetable with the core's arranger, print
//! what was placed, moved and left out (with the reasons), and write the result.
//! Exit 0 when no hard conflict remains, 1 when some do or the input cannot be arranged
//! (said at once), 2 when the input cannot be read.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use plenary::arrange::{ArrangeMode, ArrangeScope, Options, Report, arrange};
use plenary::document;
use plenary::messages::Message;

use crate::{Failure, Source, Stop, open_source};

/// Arguments of `plenary arrange`.
#[derive(Args)]
pub struct ArrangeArgs {
    /// The timetable: a Plenary document or any importable file, as for `check`.
    pub(crate) file: PathBuf,
    /// Write the arranged document here.
    #[arg(short, long, conflicts_with = "in_place")]
    output: Option<PathBuf>,
    /// Write the arranged document over FILE (a Plenary document only).
    #[arg(long)]
    in_place: bool,
    /// Which sessions may move: `all`, `unscheduled`, or `day:YYYY-MM-DD`.
    #[arg(long, default_value = "all", value_parser = parse_scope)]
    scope: ArrangeScope,
    /// Every session in scope may go anywhere.
    #[arg(long, conflicts_with = "repair")]
    from_scratch: bool,
    /// Change as little as possible (the default).
    #[arg(long)]
    repair: bool,
    /// With --repair: stay close to this published revision rather than the current state.
    #[arg(long, requires = "repair")]
    from_revision: Option<String>,
    /// Stop searching after this many seconds (the best found so far is kept).
    #[arg(long, default_value_t = 10.0)]
    seconds: f64,
    /// The seed of the search: the same file, seed and budget give the same result when
    /// the time limit is not reached.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many moves the search may evaluate (default: 400 per session, at least 50,000).
    #[arg(long)]
    budget: Option<u64>,
    /// How to print the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    report: ReportFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// For people.
    Text,
    /// A JSON object, for scripts.
    Json,
}

fn parse_scope(text: &str) -> Result<ArrangeScope, String> {
    match text {
        "all" => Ok(ArrangeScope::All),
        "unscheduled" => Ok(ArrangeScope::Unscheduled),
        _ => match text.strip_prefix("day:") {
            Some(date) => date
                .parse()
                .map(|date| ArrangeScope::Day { date })
                .map_err(|_| format!("'{date}' is not a date (YYYY-MM-DD)")),
            None => Err(format!(
                "'{text}' is no scope; expected all, unscheduled or day:YYYY-MM-DD"
            )),
        },
    }
}

pub fn run(args: &ArrangeArgs) -> Result<ExitCode, Stop> {
    if !(args.seconds.is_finite() && args.seconds >= 0.0) {
        return Err(Stop::Usage {
            command: "arrange",
            message: format!(
                "--seconds {}: expected a number of seconds, 0 or more",
                args.seconds
            ),
        });
    }
    let source = Source::read(&args.file)?;
    let foreign = source.is_foreign();
    if args.in_place && foreign {
        return Err(Failure(format!(
            "{}: not a Plenary document, so it is not written over; use -o OUT",
            args.file.display()
        ))
        .into());
    }
    let timetable = open_source(&args.file, source)?;
    let mode = if args.from_scratch {
        ArrangeMode::FromScratch
    } else {
        ArrangeMode::Repair {
            from_revision: args.from_revision.clone(),
        }
    };
    let mut options = Options::new(
        args.scope.clone(),
        mode,
        args.seed,
        args.budget
            .unwrap_or_else(|| Options::default_budget(timetable.sessions.len())),
    );
    let started = Instant::now();
    let limit = Duration::from_secs_f64(args.seconds);
    options.watch.deadline = started.checked_add(limit);
    let outcome = match arrange(&timetable, &options) {
        Ok(outcome) => outcome,
        Err(why) => {
            let line = Message::new("cli-cannot-arrange")
                .with("file", args.file.display().to_string())
                .with("reason", why.message());
            eprintln!("plenary: {}", line.text(crate::ui_lang()));
            return Ok(ExitCode::from(1));
        }
    };
    let took = started.elapsed();
    match args.report {
        ReportFormat::Json => {
            let text = serde_json::to_string_pretty(&outcome.report)
                .map_err(|e| Failure(format!("cannot write JSON: {e}")))?;
            crate::emit(&format!("{text}\n"))?;
        }
        ReportFormat::Text => crate::emit(&text_report(&outcome.report, took))?,
    }
    let target = match (&args.output, args.in_place) {
        (Some(out), _) => Some(out.clone()),
        (None, true) => Some(args.file.clone()),
        (None, false) => {
            let nothing = plenary::messages::Message::new("cli-arrange-nothing-written");
            eprintln!("plenary: {}", nothing.text(crate::ui_lang()));
            None
        }
    };
    if let Some(target) = target {
        crate::write_file(&target, document::save(&outcome.timetable).as_bytes())?;
    }
    Ok(if outcome.report.hard_conflicts == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The report, written in the language of `--ui-lang`.
fn text_report(r: &Report, took: Duration) -> String {
    let lang = crate::ui_lang();
    let unplaced = r.left.iter().filter(|l| l.unplaced).count();
    let lines = [
        Message::new("cli-arrange-placed")
            .with("placed", r.placed)
            .with("inScope", r.in_scope)
            .with("moved", r.moved.len())
            .with("unplaced", unplaced),
        Message::new("cli-arrange-conflicts-left")
            .with("hard", r.hard_conflicts)
            .with("soft", r.soft_conflicts),
        Message::new("cli-arrange-score")
            .with("score", r.score)
            .with("greedy", r.greedy_score)
            .with("evaluated", r.evaluated)
            .with("seconds", format!("{:.2}", took.as_secs_f64()))
            .with("stopped", if r.stopped { "yes" } else { "no" }),
    ];
    let mut out = String::new();
    for line in lines {
        out += &line.text(lang);
        out.push('\n');
    }
    if !r.out_of_reach_words.is_empty() {
        let head =
            Message::new("cli-arrange-out-of-reach").with("count", r.out_of_reach_words.len());
        out += &head.text(lang);
        out.push('\n');
        for m in &r.out_of_reach_words {
            out += &format!("- {}\n", m.text(lang));
        }
    }
    for l in &r.left {
        out += &format!("- {}\n", l.words.text(lang));
        if !l.rule_words.is_empty() {
            let rules: Vec<String> = l.rule_words.iter().map(|m| m.text(lang)).collect();
            let line = Message::new("cli-arrange-blocked-by").with("rules", rules.join("; "));
            out += &format!("  {}\n", line.text(lang));
        }
        if let Some(relax) = &l.relaxation_words {
            let line = Message::new("cli-arrange-would-fit").with("relaxation", relax.clone());
            out += &format!("  {}\n", line.text(lang));
        }
    }
    out
}
