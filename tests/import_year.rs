//! The report year wherever a document prints it: generated variations of the Putuo layout text
//! and page data move the year of every title and banner onto a line of its own (after or
//! before the words it belongs to), spread it with spaces, or leave it only in the banner or
//! a table title. Each imports with year 2024, the unit's name and every table equal to the
//! fixture; a document that prints no year at all is still refused.
#![cfg(feature = "serde")]

mod common;

use final_accounts::import::{ImportError, ImportOptions, Imported, import_text_with};
use serde_json::Value;

const TEXT: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024-final-accounts.txt");
const PAGES: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024-final-accounts.pages.json");
const FIXTURE: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024.json");
const UNIT: &str = "中共上海市普陀区委社会工作部";

fn import(text: &str) -> Result<Imported, ImportError> {
    // The five 类 no built-in catalog lists, by the fixture's codes.
    let catalog = common::tables::unlisted_classes(2024);
    import_text_with(
        text,
        &ImportOptions {
            catalog: Some(&catalog),
        },
    )
}

/// Whether a line is a title or banner of the document (not prose, not a part heading, not a
/// table title): the lines whose year the variations move.
fn is_title_line(line: &str) -> bool {
    let c: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    !c.starts_with('第')
        && c.chars().count() <= 60
        && !c.contains(['，', '。', '：'])
        && (c.ends_with("部门决算") || c.ends_with("部门决算表") || c.ends_with("年度"))
        && c.contains("2024")
}

/// How a variation prints a title line's year.
#[derive(Debug, Clone, Copy)]
enum Form {
    /// On its own line after the words: "…年度部门决算" / "2024".
    After,
    /// On its own line before them: "2024" / "…年度部门决算".
    Before,
    /// Spread with spaces: "2024  年  度".
    Spaced,
    /// Left out of the cover; the banner keeps it.
    BannerOnly,
}

/// The line without its year (and the spaces around it), with its indent.
fn without_year(line: &str) -> String {
    let at = line.find("2024").unwrap();
    let (before, after) = line.split_at(at);
    format!(
        "{}{}",
        before.trim_end(),
        after["2024".len()..].trim_start()
    )
}

fn vary_lines(text: &str, form: Form) -> String {
    let mut out = Vec::new();
    let mut first = true;
    for line in text.split('\n') {
        if !is_title_line(line) {
            out.push(line.to_owned());
            continue;
        }
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        match form {
            Form::After => {
                out.push(without_year(line));
                out.push(format!("{indent}2024"));
            }
            Form::Before => {
                out.push(format!("{indent}2024"));
                out.push(without_year(line));
            }
            Form::Spaced => out.push(line.replace("2024 年度", "2024  年  度")),
            Form::BannerOnly => {
                // The cover (the first title line) loses its year; the banners keep theirs.
                if first {
                    out.push(without_year(line));
                } else {
                    out.push(line.to_owned());
                }
            }
        }
        first = false;
    }
    out.join("\n")
}

fn vary_pages(form: Form) -> String {
    let mut pages: Value = serde_json::from_str(PAGES).unwrap();
    let texts: Vec<Value> = pages["page_texts"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(page, t)| {
            let t = t.as_str().unwrap();
            // The banners stand on later pages: only the cover's page loses its year.
            match form {
                Form::BannerOnly if page > 0 => Value::from(t),
                _ => Value::from(vary_lines(t, form)),
            }
        })
        .collect();
    pages["page_texts"] = Value::from(texts);
    pages.to_string()
}

fn check(imported: &Imported, what: &str) {
    assert_eq!(imported.disclosure.year(), 2024, "{what}");
    assert_eq!(imported.disclosure.unit_name(), UNIT, "{what}");
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    common::tables::equal_to_fixture(imported, &fixture);
}

const FORMS: [Form; 4] = [Form::After, Form::Before, Form::Spaced, Form::BannerOnly];

#[test]
fn every_variation_moves_some_year() {
    for form in FORMS {
        assert_ne!(vary_lines(TEXT, form), TEXT, "{form:?}");
        assert_ne!(vary_pages(form), PAGES, "{form:?}");
    }
}

#[test]
fn layout_text_gives_the_year_however_the_titles_print_it() {
    for form in FORMS {
        let text = vary_lines(TEXT, form);
        let imported = import(&text).unwrap_or_else(|e| panic!("{form:?}: {e}"));
        check(&imported, &format!("layout {form:?}"));
    }
}

#[test]
fn page_data_gives_the_year_however_the_titles_print_it() {
    for form in FORMS {
        let pages = vary_pages(form);
        let imported = import(&pages).unwrap_or_else(|e| panic!("{form:?}: {e}"));
        check(&imported, &format!("pages {form:?}"));
    }
}

/// Without any year printed, the document is refused: the year is never guessed.
#[test]
fn a_document_that_prints_no_year_is_refused() {
    let text: String = TEXT
        .split('\n')
        .map(|line| {
            if is_title_line(line) {
                without_year(line)
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let text = text.replace("2024", "");
    assert_eq!(import(&text).unwrap_err(), ImportError::NoYear);
}
