//! Audits a disclosure (部门决算公开) and prints a report.
//!
//! ```sh
//! cargo run --example audit                      # the bundled 2023 Datong disclosure
//! cargo run --example audit -- path/to/file.json # another disclosure in the crate's JSON form
//! cargo run --example audit -- document.txt      # a published document as tab-separated text
//! cargo run --example audit -- document.pdf      # a PDF (from its content), through pdftotext -layout
//! cargo run --example audit -- --emit-json document.txt > d.json   # the imported disclosure, to review
//! cargo run --example audit -- --catalog codes.csv document.txt    # with a complete catalog (code,name)
//! cargo run --example audit -- --profile my-province.json document.txt  # against a template given as data
//! cargo run --example audit -- - < file.json     # the disclosure on standard input
//! cargo run --example audit -- --json            # the report as JSON
//! cargo run --example audit -- --lang en         # the text report in English
//! cargo run --example audit -- --rules           # the rules the audit applies, like a lint list
//! cargo run --features html --example audit -- --html page.html document.json  # the page, marked
//! cargo run --example audit -- --help
//! ```
//!
//! Exit status: 0 when no finding is an error (and after --emit-json), 1 when some are, 2 when the
//! input cannot be read or is not a valid disclosure (the validation error names the place), or a
//! PDF is given and pdftotext is not installed.

/// `println!` that ends the program quietly when the reader has gone (`… | head`), instead of
/// panicking on the broken pipe.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout().lock(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

use std::process::ExitCode;

use final_accounts::audit::{AuditOptions, Finding, Report, Severity, audit_with, rules};
use final_accounts::classification::FunctionCatalog;
use final_accounts::disclosure::Disclosure;
use final_accounts::evaluation::Evaluation;
use final_accounts::finding::{
    Area, FindingView, Lang, Localization, Localized, Part, Place, Suspect, TableKind,
};
use rust_decimal::Decimal;
use serde::Serialize;

#[path = "support/catalog.rs"]
mod catalog;
#[allow(dead_code)] // each example uses part of the shared input code
#[path = "support/input.rs"]
mod input;
#[path = "support/pdf.rs"]
mod pdf;
#[path = "support/profile.rs"]
mod profile;

const BUNDLED: &str = include_str!("../tests/fixtures/datong-hrss-2023.json");
const BUNDLED_NAME: &str = "tests/fixtures/datong-hrss-2023.json (bundled)";

const USAGE: &str =
    "usage: audit [--json | --emit-json] [--rules] [--lang zh|en] [--catalog FILE] [PATH | -]";

const HELP: &str = "\
Audits a government departmental final-accounts disclosure (部门决算公开) written in the
final-accounts JSON format (docs/FORMAT.md, schema/disclosure.schema.json), or the text of
a published document, and prints what it finds: errors, warnings and info, each with its
rule id, its place and both figures.

usage: audit [--json | --emit-json] [--rules] [--lang zh|en] [--catalog FILE] [PATH | -]
       audit --html FILE [--lang zh|en] [--catalog FILE] [PATH | -]
       (each with [--profile ID|FILE] before PATH to audit against that template)

  PATH      the disclosure to audit: UTF-8 JSON (a byte order mark is accepted), or a
            published document's text (tab-separated), read by the importer (the kind
            is detected from the content); a PDF (recognised from its content) is first
            turned into text by `pdftotext -layout FILE -` (poppler-utils)
  -         read the disclosure from standard input
            (without PATH: the bundled 2023 disclosure of 大同市人力资源和社会保障局)
  --json    print the report as JSON instead of text
  --emit-json  print the imported disclosure in the JSON form of the fixtures (to review
            and correct it, then audit the JSON) and exit
  --catalog FILE  a complete functional classification catalog (政府收支分类科目) of the
            report year, one code,name row per line (CSV or TSV, a header row allowed):
            the importer finds the codes of 类 printed by name only in it, and the audit
            reports a code it does not list as an error
  --profile ID|FILE  the template to audit against: a built-in profile (shanxi-2023,
            shanghai-2024) or a profile given as JSON (the form of the crate's
            data/profiles/*.json); by default the one the disclosure names, or the
            built-in one closest to its tables
  --lang L  the language of the text report: zh (default) or en
  --html FILE  also write the document as printed, with the findings marked on it, to
            FILE: one self-contained HTML page that prints to A4 (needs the html feature:
            cargo run --features html --example audit -- --html FILE PATH)
  --rules   list the rules the audit applies (with --json: as JSON) and exit
  -h, --help  print this help

exit status:
  0  no finding is an error (warnings and info may remain); --emit-json printed
  1  the audit found errors in the document
  2  the input cannot be read, is not JSON, or is not a valid disclosure
     (the message names the place: table, row, column); the catalog is not valid;
     a PDF was given and pdftotext is not installed (the message says how to install it)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if input::wants_help(&args) {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    let mut json = false;
    let mut emit_json = false;
    let mut catalog_path: Option<String> = None;
    let mut list_rules = false;
    let mut path = None;
    let mut lang = Lang::Zh;
    let mut html_path: Option<String> = None;
    let mut template = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--emit-json" => emit_json = true,
            "--catalog" => match args.next() {
                Some(p) => catalog_path = Some(p),
                None => {
                    eprintln!("error: --catalog takes a file of code,name rows");
                    return ExitCode::from(2);
                }
            },
            "--lang" => match args.next().as_deref().map(str::parse::<Lang>) {
                Some(Ok(l)) => lang = l,
                _ => {
                    eprintln!("error: --lang takes zh or en");
                    return ExitCode::from(2);
                }
            },
            "--rules" => list_rules = true,
            "--profile" => match args.next().as_deref().map(profile::read) {
                Some(Ok(p)) => template = Some(p),
                Some(Err(message)) => {
                    eprintln!("error: {message}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("error: --profile takes a profile id or a profile's JSON file");
                    return ExitCode::from(2);
                }
            },
            "--html" => match args.next() {
                Some(p) => html_path = Some(p),
                None => {
                    eprintln!("error: --html takes the file to write the page to");
                    return ExitCode::from(2);
                }
            },
            "-" => path = Some(arg),
            other if other.starts_with('-') => {
                eprintln!("error: unknown option {other:?} ({USAGE}; --help explains)");
                return ExitCode::from(2);
            }
            _ if path.is_some() => {
                eprintln!("error: more than one document given ({USAGE})");
                return ExitCode::from(2);
            }
            _ => path = Some(arg),
        }
    }
    if list_rules {
        return print_rules(json);
    }
    let (name, text) = match &path {
        None => (BUNDLED_NAME.to_owned(), BUNDLED.to_owned()),
        Some(p) => match read_document(p) {
            Ok(document) => document,
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(2);
            }
        },
    };
    let catalog_input = match catalog_path.as_deref().map(input::read).transpose() {
        Ok(c) => c,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let (disclosure, catalog, damaged) = match load(&name, &text, catalog_input.as_ref()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if emit_json {
        return match serde_json::to_string_pretty(&disclosure) {
            Ok(s) => {
                say!("{s}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write the disclosure: {e}");
                ExitCode::from(2)
            }
        };
    }
    // One options value: the catalog for the audit (the import used it too), and the tables
    // the importer found printed but damaged.
    let mut options = AuditOptions::new().with_damaged_tables(&damaged);
    if let Some(catalog) = &catalog {
        options = options.with_functional_catalog(catalog);
    }
    if let Some(template) = &template {
        options = options.with_profile(template);
    }
    let report = audit_with(&disclosure, &options);
    if let Some(path) = &html_path
        && let Err(message) = write_html(&report, lang, path)
    {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }
    let forms = form_summaries(&disclosure, &report);
    if json {
        let out = JsonReport {
            source: &name,
            unit_name: disclosure.unit_name(),
            year: disclosure.year(),
            profile: disclosure.profile(),
            summary: Summary {
                errors: report.count(Severity::Error),
                warnings: report.count(Severity::Warning),
                info: report.count(Severity::Info),
                rules: rules().count(),
            },
            findings: report.findings.iter().map(|f| f.view(&report)).collect(),
            forms: &forms,
        };
        match serde_json::to_string_pretty(&out) {
            Ok(s) => say!("{s}"),
            Err(e) => {
                eprintln!("error: cannot write the report: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        print_report(&name, &report, &forms, lang);
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes the document as printed with the report's findings on it (`--html FILE`).
#[cfg(feature = "html")]
fn write_html(report: &Report<'_>, lang: Lang, path: &str) -> Result<(), String> {
    let page = final_accounts::html::report_page(report, lang);
    std::fs::write(path, page).map_err(|e| format!("cannot write {path}: {e}"))?;
    eprintln!("wrote the marked-up document to {path}");
    Ok(())
}

/// Without the html feature there is no page to write.
#[cfg(not(feature = "html"))]
fn write_html(_report: &Report<'_>, _lang: Lang, path: &str) -> Result<(), String> {
    Err(format!(
        "--html {path} needs the html feature: cargo run --features html --example audit -- --html {path} …"
    ))
}

/// Reads the document `arg` (a path or `-`) as text, the reader chosen from the content: a PDF
/// (its magic bytes, whatever the file is called) through pdftotext, anything else decoded as
/// text; the name to show with it.
fn read_document(arg: &str) -> Result<(String, String), String> {
    let (name, bytes) = input::read_bytes(arg)?;
    if final_accounts::import::is_pdf(&bytes) {
        let text = pdf::text(arg, &bytes)?;
        let text =
            input::decode(&text).map_err(|r| format!("the text pdftotext gives of {name} {r}"))?;
        return Ok((format!("{name} (pdftotext -layout)"), text));
    }
    let text = input::into_text(bytes).map_err(|r| format!("{name} {r}"))?;
    Ok((name, text))
}

/// Lists every rule: id, default severity, title, source.
fn print_rules(json: bool) -> ExitCode {
    if json {
        let all: Vec<_> = rules().collect();
        return match serde_json::to_string_pretty(&all) {
            Ok(s) => {
                say!("{s}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write the rules: {e}");
                ExitCode::from(2)
            }
        };
    }
    for r in rules() {
        say!(
            "{} {} {} / {}",
            pad(r.id, 36, false),
            pad(&r.severity.to_string(), 8, false),
            r.title,
            r.title_zh
        );
    }
    say!("\n{} rules", rules().count());
    ExitCode::SUCCESS
}

#[derive(Serialize)]
struct JsonReport<'a> {
    source: &'a str,
    unit_name: &'a str,
    year: u16,
    profile: Option<&'a str>,
    summary: Summary,
    findings: Vec<FindingView<'a>>,
    forms: &'a [FormSummary],
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    info: usize,
    rules: usize,
}

/// One form: the stated figures beside the formula's.
#[derive(Serialize)]
struct FormSummary {
    project: String,
    budget: String,
    executed: String,
    rate_stated: Option<String>,
    rate_formula: Option<String>,
    execution_score_stated: Option<String>,
    execution_score_formula: Option<String>,
    total_stated: Option<String>,
    total_formula: Option<String>,
    grade_stated: Option<String>,
    grade_formula: Option<String>,
}

/// The stated figures of each form beside the formula's, from the evaluations the audit made.
fn form_summaries(disclosure: &Disclosure, report: &Report<'_>) -> Vec<FormSummary> {
    disclosure
        .forms()
        .iter()
        .zip(report.evaluations())
        .filter_map(|(form, e)| {
            let e: &Evaluation = e.as_ref()?;
            let d2 = |d: Decimal| format!("{:.2}", d);
            Some(FormSummary {
                project: e.project.clone(),
                budget: e.budget_and_executed.0.normalize().to_string(),
                executed: e.budget_and_executed.1.normalize().to_string(),
                rate_stated: form.stated_rate().map(|r| r.to_string()),
                rate_formula: e
                    .execution
                    .rate()
                    .map(|r| format!("{:.2}%", r.round(2).value())),
                execution_score_stated: e.stated_execution_score.map(d2),
                execution_score_formula: e.execution.score().map(d2),
                total_stated: e.stated_total.map(d2),
                total_formula: e.total.map(d2),
                grade_stated: e.stated_grade.map(|g| g.to_string()),
                grade_formula: e.grade.map(|g| g.to_string()),
            })
        })
        .collect()
}

/// Pads `text` to `width` terminal columns (CJK characters take two).
fn pad(text: &str, width: usize, right: bool) -> String {
    let used: usize = text
        .chars()
        .map(|c| if c >= '\u{2E80}' { 2 } else { 1 })
        .sum();
    let fill = " ".repeat(width.saturating_sub(used));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

/// The terminal columns `text` takes (CJK characters and full-width forms take two).
fn width(text: &str) -> usize {
    text.chars()
        .map(|c| if c >= '\u{2E80}' { 2 } else { 1 })
        .sum()
}

/// The widest line of the text report, in terminal columns.
const MAX_WIDTH: usize = 120;

/// Indentation of a finding's message under its heading line.
const INDENT: usize = 10;

/// Prints `text` after `indent` spaces, wrapped so that no line exceeds [`MAX_WIDTH`] columns;
/// lines break at a space when the text has one near the end, else at any character.
fn print_wrapped(text: &str, indent: usize) {
    let room = MAX_WIDTH.saturating_sub(indent).max(20);
    let mut line = String::new();
    let mut used = 0;
    let flush = |line: &mut String| {
        say!("{}{}", " ".repeat(indent), line.trim_end());
        line.clear();
    };
    for word in text.split_inclusive(' ') {
        let w = width(word);
        if used + w > room && used > 0 && w <= room {
            flush(&mut line);
            used = 0;
        }
        for c in word.chars() {
            let cw = width(c.encode_utf8(&mut [0; 4]));
            if used + cw > room {
                flush(&mut line);
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.trim().is_empty() {
        flush(&mut line);
    }
}

/// The row and column of a finding's first place, without the part (said in the heading).
fn row_and_column(report: &Report<'_>, place: &Place, lang: Lang) -> String {
    let part = Place::new(place.part.clone());
    let whole = report.place(place, lang).to_string();
    let head = report.place(&part, lang).to_string();
    whole
        .strip_prefix(&head)
        .unwrap_or(&whole)
        .trim_start_matches(" · ")
        .trim_start_matches(" row ")
        .to_owned()
}

fn print_finding(report: &Report<'_>, f: &Finding, lang: Lang) {
    let place = f
        .place()
        .map(|p| row_and_column(report, p, lang))
        .unwrap_or_default();
    let severity = match lang {
        Lang::Zh => f.severity.name_zh().to_owned(),
        Lang::En => f.severity.to_string(),
    };
    print_wrapped(
        &format!(
            "{} {} {place}",
            pad(&severity, 7, false),
            pad(f.rule.id, 32, false)
        ),
        2,
    );
    if let Some(localized) = f.localized.as_deref() {
        print_localization(report, localized, lang);
    }
    // The message and the figures it does not quote, in the report's language.
    print_wrapped(&f.explain(report, lang), INDENT);
    if let Some(localized) = f.localized.as_deref() {
        for e in &localized.evidence {
            let place = e
                .place()
                .map(|p| report.place(p, lang).to_string())
                .unwrap_or_default();
            print_wrapped(
                &format!("· {} {place}: {}", e.rule.id, report.message(e, lang)),
                INDENT + 2,
            );
        }
    }
}

/// The culprit and the value it would need, first: what a reviewer corrects.
fn print_localization(report: &Report<'_>, localized: &Localized, lang: Lang) {
    let en = lang == Lang::En;
    let suspect = |s: &Suspect| {
        let place = report.place(&s.place, lang).to_string();
        let slip = s.typo.map_or_else(String::new, |t| {
            let words = if en { t.phrase().en } else { t.phrase().zh };
            if en {
                format!(" ({words})")
            } else {
                format!("（{words}）")
            }
        });
        if en {
            format!(
                "{place}: printed {}, implied {}{slip}",
                s.printed,
                s.implied_figure()
            )
        } else {
            format!(
                "{place}：印为{}，应为{}{slip}",
                s.printed,
                s.implied_figure()
            )
        }
    };
    match &localized.localization {
        Localization::Culprit(suspects) => {
            for s in suspects {
                let head = if en { "culprit" } else { "疑错数字" };
                print_wrapped(&format!("→ {head} {}", suspect(s)), INDENT);
            }
        }
        Localization::Ambiguous { sets, total } => {
            let head = if en {
                format!("→ one of {total} explanations:")
            } else {
                format!("→ 以下{total}种之一：")
            };
            print_wrapped(&head, INDENT);
            for set in sets.iter().take(6) {
                let line: Vec<String> = set.iter().map(suspect).collect();
                print_wrapped(&format!("  {}", line.join(" + ")), INDENT);
            }
            if *total > 6 {
                print_wrapped("  …", INDENT);
            }
        }
        Localization::Unexplained => print_wrapped(
            if en {
                "→ no change of one or two printed figures explains these failures"
            } else {
                "→ 无法由改动一至两个印出数字解释"
            },
            INDENT,
        ),
    }
}

fn print_report(name: &str, report: &Report<'_>, forms: &[FormSummary], lang: Lang) {
    let disclosure = report.disclosure();
    let en = lang == Lang::En;
    let profile = report
        .context()
        .profile
        .filter(|_| !report.context().profile_detected)
        .map(final_accounts::profile::Profile::id)
        .or(disclosure.profile())
        .unwrap_or(if en { "none" } else { "无" });
    if en {
        say!(
            "final-accounts audit: {} {}年度 (profile {profile})",
            disclosure.unit_name(),
            disclosure.year(),
        );
        say!("source: {name}");
        say!(
            "summary: {} ({} rules)",
            report.summary(lang),
            rules().count()
        );
    } else {
        say!(
            "final-accounts 审核：{} {}年度（模板 {profile}）",
            disclosure.unit_name(),
            disclosure.year(),
        );
        let name = match name {
            BUNDLED_NAME => BUNDLED_NAME.replace(" (bundled)", "（内置）"),
            "standard input" => "标准输入".to_owned(),
            other => other.replace(" (pdftotext -layout)", "（经 pdftotext -layout 转换）"),
        };
        say!("来源：{name}");
        say!(
            "汇总：{}（共{}条规则）",
            report.summary(lang),
            rules().count()
        );
    }
    say!();
    say!(
        "  {}{}{}{}",
        pad(if en { "area" } else { "范围" }, 30, false),
        pad(if en { "errors" } else { "错误" }, 10, true),
        pad(if en { "warnings" } else { "警告" }, 10, true),
        pad(if en { "info" } else { "提示" }, 10, true),
    );
    for (area, [errors, warnings, info]) in report.by_area() {
        let name = match (area, lang) {
            (Area::Table(_), Lang::Zh) => "表内关系",
            (_, Lang::Zh) => area.name_zh(),
            (_, Lang::En) => area.name_en(),
        };
        say!(
            "  {}{}{}{}",
            pad(name, 30, false),
            pad(&errors.to_string(), 10, true),
            pad(&warnings.to_string(), 10, true),
            pad(&info.to_string(), 10, true),
        );
    }

    say!(
        "\n== {}",
        if en {
            "Tables and document"
        } else {
            "表与文档"
        }
    );
    let mut current: Option<Part> = None;
    let mut any = false;
    for f in report
        .findings
        .iter()
        .filter(|f| !matches!(f.rule.area, Area::Narrative | Area::Evaluation))
    {
        any = true;
        let part = f.place().map(|p| p.part.clone());
        if part != current {
            match &part {
                Some(part) => say!("{}", report.place(&Place::new(part.clone()), lang)),
                None => say!("{}", if en { "(document)" } else { "（文档）" }),
            }
            current = part;
        }
        print_finding(report, f, lang);
    }
    if !any {
        say!(
            "  {}",
            if en {
                "(nothing found)"
            } else {
                "（未发现问题）"
            }
        );
    }

    say!("\n== {}", if en { "Narrative (说明)" } else { "说明" });
    let mut any = false;
    for f in report
        .findings
        .iter()
        .filter(|f| f.rule.area == Area::Narrative)
    {
        any = true;
        print_finding(report, f, lang);
    }
    if !any {
        say!(
            "  {}",
            if en {
                "(nothing found)"
            } else {
                "（未发现问题）"
            }
        );
    }

    say!(
        "\n== {}",
        if en {
            "Self-evaluation forms (项目支出绩效自评表): stated / formula"
        } else {
            "项目支出绩效自评表：填报数 / 公式计算数"
        }
    );
    if forms.is_empty() {
        say!(
            "  {}",
            if en {
                "(no form)"
            } else {
                "（无自评表）"
            }
        );
    } else {
        say!(
            "  {}{}{}{}{}",
            pad(if en { "project" } else { "项目" }, 30, false),
            pad("执行率 %", 16, true),
            pad("执行率得分", 14, true),
            pad("总分", 16, true),
            pad("等级", 8, true)
        );
        let pair = |s: &Option<String>, f: &Option<String>| {
            format!(
                "{}/{}",
                s.as_deref().unwrap_or("—"),
                f.as_deref().unwrap_or("—")
            )
        };
        for form in forms {
            let name: String = form.project.chars().take(13).collect();
            let rate_stated = form
                .rate_stated
                .as_ref()
                .map(|r| r.trim_end_matches('%').to_owned());
            let rate_formula = form
                .rate_formula
                .as_ref()
                .map(|r| r.trim_end_matches('%').to_owned());
            say!(
                "  {}{}{}{}{}",
                pad(&name, 30, false),
                pad(&pair(&rate_stated, &rate_formula), 16, true),
                pad(
                    &pair(&form.execution_score_stated, &form.execution_score_formula),
                    14,
                    true
                ),
                pad(&pair(&form.total_stated, &form.total_formula), 16, true),
                pad(&pair(&form.grade_stated, &form.grade_formula), 8, true),
            );
        }
    }
    let mut current: Option<Part> = None;
    for f in report
        .findings
        .iter()
        .filter(|f| f.rule.area == Area::Evaluation)
    {
        let part = f.place().map(|p| p.part.clone());
        if part != current {
            if let Some(part) = &part {
                print_wrapped(
                    &report.place(&Place::new(part.clone()), lang).to_string(),
                    0,
                );
            }
            current = part;
        }
        print_finding(report, f, lang);
    }
}

/// Reads a disclosure: the crate's JSON form, or the text of a published document (the kind is
/// detected from the content); the importer's warnings go to stderr. With a catalog, the
/// catalog of the document's year is built from its rows and returned for the audit, with the
/// tables the importer found printed but damaged.
fn load(
    name: &str,
    text: &str,
    catalog: Option<&input::Input>,
) -> Result<(Disclosure, Option<FunctionCatalog>, Vec<TableKind>), String> {
    use final_accounts::import::{InputKind, detect, import_text, import_text_with};
    let json = text.trim_start().starts_with(['{', '[']);
    if json && detect(text) != InputKind::PageData {
        let disclosure: Disclosure =
            serde_json::from_str(text).map_err(|e| input::json_error(name, &e))?;
        let catalog = catalog
            .map(|c| catalog::read(&c.name, &c.text, disclosure.year()))
            .transpose()?;
        return Ok((disclosure, catalog, Vec::new()));
    }
    let cannot = |e: final_accounts::import::ImportError| format!("{name} cannot be imported: {e}");
    let catalog = match catalog {
        None => None,
        Some(c) => {
            // The catalog is of the document's year: read the year first.
            let year = import_text(text).map_err(cannot)?.disclosure.year();
            Some(catalog::read(&c.name, &c.text, year)?)
        }
    };
    let options = match &catalog {
        Some(catalog) => AuditOptions::new().with_functional_catalog(catalog),
        None => AuditOptions::new(),
    };
    let imported = import_text_with(text, &options.import_options()).map_err(cannot)?;
    let warnings: Vec<_> = imported.warnings().collect();
    eprintln!(
        "imported {name} ({}): {} lines skipped or not read, {} of them to check by hand",
        detect(text),
        imported.diagnostics.len(),
        warnings.len()
    );
    for warning in warnings {
        eprintln!("  {warning}");
    }
    Ok((imported.disclosure, catalog, imported.damaged))
}
