//! Validation of frab feeds against the c3voc schemas (`../shared/data/frab-schema/`): the
//! XSD with `xmllint`, the JSON Schema with Python's `jsonschema`. Shared by the exporters'
//! tests (tests/core/interop.rs) and the publishing tests (tests/core/publish.rs). A missing
//! tool skips visibly, or fails under `CI=true` (tests/core/require.rs).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::require;

/// The validators this machine has, for the schemas in one folder.
pub struct FrabSchemas {
    dir: PathBuf,
    xmllint: bool,
    jsonschema: bool,
}

impl FrabSchemas {
    /// The validators for the schemas in `dir` (the XSD `frab-schedule.xml.xsd`, the JSON
    /// Schema `frab-schema.json`).
    pub fn new(dir: &Path) -> FrabSchemas {
        FrabSchemas {
            dir: dir.to_owned(),
            xmllint: require::tool(
                "xmllint",
                &["--version"],
                "apt-get install libxml2-utils (scripts/install-deps.sh test)",
            ),
            jsonschema: require::tool(
                "python3",
                &["-c", "import jsonschema"],
                "python3 -m pip install jsonschema, or apt-get install python3-jsonschema",
            ),
        }
    }

    /// Asserts that the frab XML in `file` validates against the XSD; `what` names it.
    pub fn assert_xml(&self, file: &Path, what: &str) {
        if !self.xmllint {
            return;
        }
        let out = Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(self.dir.join("frab-schedule.xml.xsd"))
            .arg(file)
            .output()
            .expect("xmllint runs");
        assert!(
            out.status.success(),
            "{what}: schedule.xml validates: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Asserts that the frab JSON in `file` validates against the JSON Schema (draft 7, with
    /// format checks); `what` names it.
    pub fn assert_json(&self, file: &Path, what: &str) {
        if !self.jsonschema {
            return;
        }
        let script = "import json,sys,jsonschema\n\
            schema=json.load(open(sys.argv[1]))\n\
            doc=json.load(open(sys.argv[2]))\n\
            v=jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())\n\
            errs=[f'{list(e.absolute_path)}: {e.message}' for e in v.iter_errors(doc)]\n\
            print('\\n'.join(errs[:10])); sys.exit(1 if errs else 0)\n";
        let out = Command::new("python3")
            .args(["-c", script])
            .arg(self.dir.join("frab-schema.json"))
            .arg(file)
            .output()
            .expect("python runs");
        assert!(
            out.status.success(),
            "{what}: schedule.json validates: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
