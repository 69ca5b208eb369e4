//! The closed sets of values the options take (`--lang`, `--layout`, `--format`, `--from`,
//! `--orientation`), made from the core's own lists (`Lang::ALL`, `Layout::ALL`, ...), so
//! `--help`, the shell completions and the man page list exactly what the core knows, and a
//! value outside the list is a usage error that names the ones allowed.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use plenary::annex::{Layout, Orientation};
use plenary::export::ExportFormat;
use plenary::interop::Format;
use plenary::model::Lang;

/// A parser of one of `all`, each named by `name` and described by `help` (if any).
fn one_of<T>(
    all: &'static [T],
    name: fn(T) -> &'static str,
    help: Option<fn(T) -> &'static str>,
) -> impl TypedValueParser<Value = T>
where
    T: Copy + Send + Sync + 'static,
{
    let values = all.iter().map(move |&v| {
        let value = PossibleValue::new(name(v));
        match help {
            Some(help) => value.help(help(v)),
            None => value,
        }
    });
    PossibleValuesParser::new(values).map(move |picked| {
        all.iter()
            .copied()
            .find(|&v| name(v) == picked)
            .expect("clap lets only the listed names through")
    })
}

/// `--lang`: the six languages by their ISO 639-1 codes.
pub fn lang() -> impl TypedValueParser<Value = Lang> {
    one_of(&Lang::ALL, Lang::code, None)
}

/// `--layout`: the annex layouts.
pub fn layout() -> impl TypedValueParser<Value = Layout> {
    one_of(&Layout::ALL, Layout::name, Some(Layout::label))
}

/// `--orientation`: the page orientations of the paged annex formats.
pub fn orientation() -> impl TypedValueParser<Value = Orientation> {
    one_of(
        &Orientation::ALL,
        Orientation::name,
        Some(Orientation::label),
    )
}

/// `export --format`: every export format.
pub fn export_format() -> impl TypedValueParser<Value = ExportFormat> {
    one_of(
        &ExportFormat::ALL,
        ExportFormat::name,
        Some(ExportFormat::label),
    )
}

/// `import --from`: every importable format.
pub fn import_format() -> impl TypedValueParser<Value = Format> {
    one_of(&Format::ALL, Format::name, Some(Format::label))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Each option lists exactly the core's values, in the core's order.
    #[test]
    fn the_options_list_the_cores_values() {
        let cli = crate::Cli::command();
        let listed = |command: &str, option: &str| -> Vec<String> {
            let sub = cli
                .find_subcommand(command)
                .unwrap_or_else(|| panic!("{command}"));
            let arg = sub
                .get_arguments()
                .find(|a| a.get_id() == option)
                .unwrap_or_else(|| panic!("{command} --{option}"));
            arg.get_possible_values()
                .iter()
                .map(|v| v.get_name().to_owned())
                .collect()
        };
        let names = |all: Vec<&str>| all.into_iter().map(str::to_owned).collect::<Vec<_>>();
        let langs = names(plenary::model::Lang::ALL.map(|l| l.code()).to_vec());
        let layouts = names(plenary::annex::Layout::ALL.map(|l| l.name()).to_vec());
        assert_eq!(listed("export", "lang"), langs);
        assert_eq!(listed("diff", "lang"), langs);
        assert_eq!(listed("notes", "lang"), langs);
        assert_eq!(listed("export", "layout"), layouts);
        assert_eq!(listed("notes", "layout"), layouts);
        assert_eq!(
            listed("export", "format"),
            names(
                plenary::export::ExportFormat::ALL
                    .map(|f| f.name())
                    .to_vec()
            )
        );
        assert_eq!(
            listed("import", "from"),
            names(plenary::interop::Format::ALL.map(|f| f.name()).to_vec())
        );
        assert_eq!(
            listed("export", "orientation"),
            ["auto", "portrait", "landscape"]
        );
    }
}
