//! Audits a disclosure (部门决算公开) and prints a report.
//!
//! ```sh
//! cargo run --example audit                      # the bundled 2023 Datong disclosure
//! cargo run --example audit -- path/to/file.json # another disclosure in the crate's JSON form
//! cargo run --example audit -- - < file.json     # the disclosure on standard input
//! cargo run --example audit -- --json            # the report as JSON
//! cargo run --example audit -- --rules           # the rules the audit applies, like a lint list
//! cargo run --example audit -- --help
//! ```
//!
//! Exit status: 0 when no finding is an error, 1 when some are, 2 when the input cannot be read
//! or is not a valid disclosure (the validation error names the place).

use std::process::ExitCode;

use final_accounts::audit::{Finding, Report, Severity, audit, rules};
use final_accounts::disclosure::Disclosure;
use final_accounts::evaluation::{Evaluation, ScoringParameters, evaluate};
use final_accounts::profile::Profile;
use rust_decimal::Decimal;
use serde::Serialize;

#[path = "support/input.rs"]
mod input;

const BUNDLED: &str = include_str!("../tests/fixtures/datong-hrss-2023.json");
const BUNDLED_NAME: &str = "tests/fixtures/datong-hrss-2023.json (bundled)";

const USAGE: &str = "usage: audit [--json] [--rules] [PATH | -]";

const HELP: &str = "\
Audits a government departmental final-accounts disclosure (部门决算公开) written in the
final-accounts JSON format (docs/FORMAT.md, schema/disclosure.schema.json) and prints what
it finds: errors, warnings and info, each with its rule id, its place and both figures.

usage: audit [--json] [--rules] [PATH | -]

  PATH      the disclosure to audit (UTF-8 JSON; a byte order mark is accepted)
  -         read the disclosure from standard input
            (without PATH: the bundled 2023 disclosure of 大同市人力资源和社会保障局)
  --json    print the report as JSON instead of text
  --rules   list the rules the audit applies (with --json: as JSON) and exit
  -h, --help  print this help

exit status:
  0  no finding is an error (warnings and info may remain)
  1  the audit found errors in the document
  2  the input cannot be read, is not JSON, or is not a valid disclosure
     (the message names the place: table, row, column)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if input::wants_help(&args) {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    let mut json = false;
    let mut list_rules = false;
    let mut path = None;
    for arg in args {
        match arg.as_str() {
            "--json" => json = true,
            "--rules" => list_rules = true,
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
        Some(p) => match input::read(p) {
            Ok(input) => (input.name, input.text),
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(2);
            }
        },
    };
    let disclosure: Disclosure = match serde_json::from_str(&text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {}", input::json_error(&name, &e));
            return ExitCode::from(2);
        }
    };
    let report = audit(&disclosure);
    let forms = form_summaries(&disclosure);
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
            findings: &report.findings,
            forms: &forms,
        };
        match serde_json::to_string_pretty(&out) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: cannot write the report: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        print_report(&name, &disclosure, &report, &forms);
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Lists every rule: id, default severity, title, source.
fn print_rules(json: bool) -> ExitCode {
    if json {
        let all: Vec<_> = rules().collect();
        return match serde_json::to_string_pretty(&all) {
            Ok(s) => {
                println!("{s}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write the rules: {e}");
                ExitCode::from(2)
            }
        };
    }
    for r in rules() {
        println!(
            "{} {} {} / {}",
            pad(r.id, 36, false),
            pad(&r.severity.to_string(), 8, false),
            r.title,
            r.title_zh
        );
    }
    println!("\n{} rules", rules().count());
    ExitCode::SUCCESS
}

#[derive(Serialize)]
struct JsonReport<'a> {
    source: &'a str,
    unit_name: &'a str,
    year: u16,
    profile: Option<&'a str>,
    summary: Summary,
    findings: &'a [Finding],
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

fn form_summaries(disclosure: &Disclosure) -> Vec<FormSummary> {
    let Ok(params) = ScoringParameters::for_year(disclosure.year()) else {
        return Vec::new();
    };
    let profile = disclosure.profile().and_then(Profile::builtin);
    let params = match profile {
        Some(p) => params.with_grade_scheme(
            p.grades().clone(),
            final_accounts::evaluation::Source {
                citation: "the grade scheme of the disclosure's template profile",
                confidence: final_accounts::evaluation::Confidence::Derived,
            },
        ),
        None => params,
    };
    disclosure
        .forms()
        .iter()
        .filter_map(|form| {
            let e: Evaluation = evaluate(form, &params).ok()?;
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

fn area(finding: &Finding) -> &str {
    finding.rule.split('.').next().unwrap_or("")
}

fn print_finding(f: &Finding) {
    let place = f
        .locations
        .first()
        .map(|l| {
            let mut parts = Vec::new();
            if let Some(row) = &l.row {
                parts.push(row.clone());
            }
            if let Some(col) = &l.column {
                parts.push(col.clone());
            }
            parts.join(" / ")
        })
        .unwrap_or_default();
    let numbers = match (&f.expected, &f.actual) {
        (Some(e), Some(a)) => format!("  [expected {e}, printed {a}]"),
        (None, Some(a)) => format!("  [printed {a}]"),
        (Some(e), None) => format!("  [expected {e}]"),
        (None, None) => String::new(),
    };
    println!(
        "  {:<7} {:<32} {}{}",
        f.severity.to_string(),
        f.rule,
        if place.is_empty() {
            String::new()
        } else {
            format!("{place}: ")
        },
        f.message_zh
    );
    if !numbers.is_empty() {
        println!("          {:<32} {}", "", numbers.trim_start());
    }
}

fn print_report(name: &str, disclosure: &Disclosure, report: &Report, forms: &[FormSummary]) {
    println!(
        "final-accounts audit: {} {}年度 (profile {})",
        disclosure.unit_name(),
        disclosure.year(),
        disclosure.profile().unwrap_or("none")
    );
    println!("source: {name}");
    println!("summary: {} ({} rules)", report.summary(), rules().count());

    println!("\n== Tables and document");
    let table_findings = Report::new(
        report
            .findings
            .iter()
            .filter(|f| !matches!(area(f), "narrative" | "eval"))
            .cloned()
            .collect(),
    );
    if table_findings.findings.is_empty() {
        println!("  (nothing found)");
    }
    for (table, findings) in table_findings.by_table() {
        println!("{}", table.unwrap_or("(document)"));
        for f in findings {
            print_finding(f);
        }
    }

    println!("\n== Narrative (说明)");
    let mut any = false;
    for f in report.findings.iter().filter(|f| area(f) == "narrative") {
        any = true;
        print_finding(f);
    }
    if !any {
        println!("  (nothing found)");
    }

    println!("\n== Self-evaluation forms (项目支出绩效自评表): stated / formula");
    if forms.is_empty() {
        println!("  (no form)");
    } else {
        println!(
            "  {}{}{}{}{}",
            pad("project", 30, false),
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
            println!(
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
    let mut current = "";
    for f in report.findings.iter().filter(|f| area(f) == "eval") {
        let project = f
            .locations
            .first()
            .and_then(|l| l.table.as_deref())
            .unwrap_or("");
        if project != current {
            println!("{project}");
            current = project;
        }
        print_finding(f);
    }
}
