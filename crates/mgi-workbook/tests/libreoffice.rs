//! The workbook opened and saved again by LibreOffice reads back the same, in English and in
//! French (accented sheet names and labels), with the source drop-downs' labels as written,
//! when LibreOffice is installed; the test says so when it is not, and fails then under
//! `MGI_REQUIRE_TOOLS` (scripts/test installs it).

mod common;

use std::process::Command;

use calamine::Data;
use common::{framework, reference, versions};
use mgi_i18n::Lang;
use mgi_testkit::Book;
use mgi_workbook::{read_questionnaire, write_questionnaire};

#[test]
fn a_workbook_saved_by_libreoffice_reads_back_the_same() {
    if Command::new("soffice").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("MGI_REQUIRE_TOOLS").is_none(),
            "soffice (LibreOffice) is required: scripts/test installs libreoffice-calc-nogui"
        );
        eprintln!("soffice not found: the LibreOffice round trip is not checked");
        return;
    }
    let fw = framework();
    let doc = reference(&fw);
    let dir = tempfile::tempdir().expect("a temporary folder");
    for lang in [Lang::En, Lang::Fr] {
        let input = dir.path().join(format!("questionnaire-{lang}.xlsx"));
        let written = write_questionnaire(&fw, &doc, &versions(&doc), lang).expect("written");
        std::fs::write(&input, written).expect("saved");
        let out = dir.path().join("out");
        let status = Command::new("soffice")
            .arg("--headless")
            .arg("--norestore")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                dir.path().join("profile").display()
            ))
            .args(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir"])
            .arg(&out)
            .arg(&input)
            .output()
            .expect("soffice runs");
        assert!(status.status.success(), "{lang}: {status:?}");
        let saved = std::fs::read(out.join(format!("questionnaire-{lang}.xlsx")))
            .expect("LibreOffice wrote a file");
        assert_eq!(
            read_questionnaire(&fw, &doc, &versions(&doc), &saved),
            Ok(doc.clone()),
            "{lang}"
        );
        // LibreOffice keeps the source drop-downs' labels, and those of the spare rows empty.
        let book = Book::open(&saved);
        let register = book.names().last().map(|n| n.to_string()).expect("sheets");
        let label = |row: usize| book.get(&register, &format!("K{row}"));
        let first = &doc.sources[0];
        assert_eq!(
            label(2),
            Data::String(format!(
                "{} — {} ({})",
                first.key,
                first.title,
                first.year.expect("dated")
            )),
            "{lang}"
        );
        assert_eq!(label(doc.sources.len() + 2), Data::Empty, "{lang}");
    }
}
