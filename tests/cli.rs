//! The examples as a user runs them: `audit` and `classify` built by `cargo test` (which builds
//! every example) and run as programs. Their exit codes, help, input handling (byte order mark,
//! standard input, invalid UTF-8) and messages are what the README tells.
//!
//! A focused run needs the examples built first:
//! `cargo build --all-features --examples && cargo test --all-features --test cli`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The example binary `name`, beside this test's own binary (`target/<profile>/examples`).
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).unwrap();
    let path = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is not built: `cargo test` builds the examples; for a focused run use \
         `cargo build --all-features --examples` first",
        path.display()
    );
    path
}

fn run(name: &str, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(example(name))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A file under the target directory, removed when dropped.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
struct TempFile(PathBuf);

#[cfg_attr(not(feature = "serde"), allow(dead_code))]
impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let dir = std::env::current_exe()
            .unwrap()
            .parent()
            .unwrap()
            .join("cli-test-files");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }

    fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn classify_help_and_exit_codes() {
    let help = run("classify", &["--help"], None);
    assert_eq!(help.status.code(), Some(0));
    let text = stdout(&help);
    assert!(text.contains("usage: classify CODE"), "{text}");
    assert!(text.contains("exit status:"), "{text}");
    assert_eq!(run("classify", &["-h"], None).status.code(), Some(0));

    // The README's example: a 项 with its ancestors.
    let known = run("classify", &["2080505"], None);
    assert_eq!(known.status.code(), Some(0));
    let text = stdout(&known);
    assert!(text.contains("机关事业单位基本养老保险缴费支出"), "{text}");
    assert!(text.contains("ancestors:"), "{text}");

    // Well formed, listed by no built-in edition: 1. Malformed: 2, located.
    let unknown = run("classify", &["2089998"], None);
    assert_eq!(unknown.status.code(), Some(1), "{}", stderr(&unknown));
    assert!(stderr(&unknown).contains("partial"));
    let malformed = run("classify", &["208O1"], None);
    assert_eq!(malformed.status.code(), Some(2));
    assert!(stderr(&malformed).starts_with("error: "));
    assert_eq!(run("classify", &[], None).status.code(), Some(2));
}

#[cfg(feature = "serde")]
mod audit {
    use super::*;

    const DATONG: &[u8] = include_bytes!("fixtures/datong-hrss-2023.json");
    const PUTUO: &[u8] = include_bytes!("fixtures/putuo-shehuigongzuobu-2024.json");

    #[test]
    fn help_tells_the_exit_codes() {
        let out = run("audit", &["--help"], None);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        for line in [
            "usage: audit [--json | --emit-json] [--rules] [--lang zh|en] [--catalog FILE] [PATH | -]",
            "--emit-json",
            "--catalog FILE",
            "pdftotext -layout FILE -",
            "  0  no finding is an error",
            "  1  the audit found errors in the document",
            "  2  the input cannot be read, is not JSON, or is not a valid disclosure",
            "docs/FORMAT.md",
        ] {
            assert!(text.contains(line), "{line:?} not in {text}");
        }
    }

    #[test]
    fn the_bundled_document_has_errors_so_the_exit_code_is_1() {
        let out = run("audit", &[], None);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains("汇总：错误9项，警告15项，提示49项"), "{text}");
    }

    /// A Chinese report carries no English words (a phrase quoted as a figure, a catalog's
    /// title, the header), and the English report quotes the same phrases in English. Rule ids,
    /// profile ids and file names are identifiers, not words.
    #[test]
    fn the_chinese_report_has_no_english_words() {
        let english_word = |line: &str| {
            line.split(|c: char| !c.is_ascii_alphabetic())
                .find(|w| w.len() >= 3)
                .map(str::to_owned)
        };
        for fixture in [None, Some("tests/fixtures/putuo-shehuigongzuobu-2024.json")] {
            let args: Vec<&str> = fixture.into_iter().collect();
            let out = run("audit", &args, None);
            let text = stdout(&out);
            for line in text.lines().skip(2) {
                // A finding's heading line names its rule by id.
                let words = match line.trim_start().split_once("    ") {
                    Some((severity, rest)) if ["提示", "警告", "错误"].contains(&severity) => {
                        rest.trim_start().split_once(' ').map_or("", |(_, r)| r)
                    }
                    _ => line,
                };
                assert_eq!(english_word(words), None, "{line}");
            }
            assert!(!text.contains("“”"), "{text}");
        }
        let zh = stdout(&run("audit", &[], None));
        assert!(zh.contains("（应为不列百分比，实为0%）"), "{zh}");
        let en = stdout(&run("audit", &["--lang", "en"], None));
        assert!(en.contains("(expected no percentage, printed 0%)"), "{en}");
    }

    /// The text report as a person reads it: the summary by area first, each place said once,
    /// no line wider than 120 terminal columns (a CJK character takes two), in Chinese by
    /// default and in English with `--lang en`.
    #[test]
    fn the_text_report_fits_120_columns_in_both_languages() {
        let width = |line: &str| -> usize {
            line.chars()
                .map(|c| if c >= '\u{2E80}' { 2 } else { 1 })
                .sum()
        };
        for (args, summary, area) in [
            (&[][..], "汇总：错误9项，警告15项，提示49项", "  范围"),
            (
                &["--lang", "en"][..],
                "summary: 9 errors, 15 warnings, 49 info",
                "  area",
            ),
        ] {
            let out = run("audit", args, None);
            assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
            let text = stdout(&out);
            assert!(text.contains(summary), "{text}");
            let lines: Vec<&str> = text.lines().collect();
            let summary_at = lines
                .iter()
                .position(|l| l.starts_with("summary:") || l.starts_with("汇总："))
                .unwrap();
            assert!(lines[summary_at + 2].starts_with(area), "{text}");
            for line in &lines {
                assert!(width(line) <= 120, "{} columns: {line}", width(line));
            }
            // The mislabelled 支出决算表: its place is the group heading, not repeated in the
            // message below the rule.
            let at = lines
                .iter()
                .position(|l| l.split_whitespace().nth(1) == Some("doc.label"))
                .unwrap_or_else(|| panic!("no doc.label in {text}"));
            assert!(!lines[at + 1].contains("支出决算表"), "{}", lines[at + 1]);
        }
        let en = stdout(&run("audit", &["--lang", "en"], None));
        assert!(
            en.lines()
                .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["error", "doc.label"]),
            "{en}"
        );
        assert!(en.contains("1 warning") || en.contains("warnings"), "{en}");
        let out = run("audit", &["--lang", "fr"], None);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("--lang takes zh or en"));
    }

    /// The README's breakdown of the 49 info findings: 24 rounding tails, 17 figures of the 说明
    /// that no table prints, 5 funding-source labels kept as printed.
    #[test]
    fn the_readme_breakdown_of_the_info_findings_is_true() {
        let out = run("audit", &["--json"], None);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let info: Vec<&serde_json::Value> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["severity"] == "info")
            .collect();
        assert_eq!(info.len(), 49);
        let count =
            |keep: &dyn Fn(&serde_json::Value) -> bool| info.iter().filter(|f| keep(f)).count();
        let tails = count(&|f| f["message_zh"].as_str().unwrap().contains("尾数误差"));
        let unverifiable = count(&|f| f["rule"] == "narrative.unverifiable");
        let labels = count(&|f| f["rule"] == "eval.funding-label");
        let catalogs = count(&|f| f["rule"].as_str().unwrap().starts_with("code."));
        assert_eq!((tails, unverifiable, labels, catalogs), (24, 17, 5, 3));
        assert_eq!(report["summary"]["errors"], 9);
        assert_eq!(report["summary"]["warnings"], 15);
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(PUTUO);
        let file = TempFile::new("bom.json", &bytes);
        let with_bom = run("audit", &["--json", file.arg()], None);
        let plain = run(
            "audit",
            &["--json", "tests/fixtures/putuo-shehuigongzuobu-2024.json"],
            None,
        );
        assert_eq!(with_bom.status.code(), Some(1), "{}", stderr(&with_bom));
        let findings = |o: &Output| {
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            v["findings"].clone()
        };
        assert_eq!(findings(&with_bom), findings(&plain));
    }

    #[test]
    fn a_dash_reads_standard_input() {
        let out = run("audit", &["-"], Some(PUTUO));
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains("来源：标准输入"), "{text}");
        assert!(
            text.contains("中共上海市普陀区委社会工作部 2024年度"),
            "{text}"
        );
    }

    #[test]
    fn invalid_utf8_is_located_by_byte_offset() {
        // "上海" in GBK where UTF-8 is expected, at byte offset 15 of line 1.
        let file = TempFile::new("gbk.json", b"{\"unit_name\": \"\xC9\xCF\xBA\xA3\"}");
        let out = run("audit", &[file.arg()], None);
        assert_eq!(out.status.code(), Some(2));
        let message = stderr(&out);
        assert!(
            message.contains("is not valid UTF-8: byte offset 15 (line 1; the first byte is offset 0) holds 0xC9;"),
            "{message}"
        );
        // Counted from the start of the file, the byte order mark included.
        let file = TempFile::new("bom-gbk.json", b"\xEF\xBB\xBF{\n\"a\": \"\xC9\xCF\"}");
        let message = stderr(&run("audit", &[file.arg()], None));
        assert!(message.contains("byte offset 11 (line 2;"), "{message}");
        let file = TempFile::new("utf16.json", b"\xFF\xFE{\x00}\x00");
        let message = stderr(&run("audit", &[file.arg()], None));
        assert!(message.contains("is UTF-16 text"), "{message}");
    }

    #[test]
    fn input_errors_exit_2_in_the_users_words() {
        let out = run("audit", &["-"], Some(b"[]"));
        assert_eq!(out.status.code(), Some(2));
        let message = stderr(&out);
        assert!(
            message.starts_with(
                "error: standard input is not a valid disclosure: found an array […] where a disclosure"
            ),
            "{message}"
        );
        assert!(!message.contains("Raw"), "{message}");

        let out = run("audit", &["-"], Some(b"{\"unit_name\": "));
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("ends before its JSON is complete"),
            "{}",
            stderr(&out)
        );
        let out = run("audit", &["-"], Some(b"{unit_name}"));
        assert!(
            stderr(&out).contains("is not well-formed JSON"),
            "{}",
            stderr(&out)
        );

        let out = run("audit", &["no/such/file.json"], None);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).starts_with("error: cannot read no/such/file.json"));

        let out = run("audit", &["--frobnicate"], None);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("unknown option \"--frobnicate\""));
    }

    #[test]
    fn a_float_amount_is_named_with_its_place() {
        let mut v: serde_json::Value = serde_json::from_slice(DATONG).unwrap();
        v["income"]["rows"][0]["total"] = serde_json::json!(1991.06);
        let out = run("audit", &["-"], Some(&serde_json::to_vec(&v).unwrap()));
        assert_eq!(out.status.code(), Some(2));
        let message = stderr(&out);
        assert!(
            message.contains(
                "公开02表 row 合计 column total: the amount 1991.06 is written as a JSON number"
            ),
            "{message}"
        );
    }

    #[test]
    fn the_rule_list_exits_0() {
        let out = run("audit", &["--rules"], None);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("x.general-budget"));
    }

    /// A document without error-level findings (a generated one: every relation the audit
    /// checks holds) exits 0.
    #[cfg(feature = "proptest")]
    #[test]
    fn a_document_without_errors_exits_0() {
        use proptest::strategy::{Strategy, ValueTree};
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let disclosure = final_accounts::generate::disclosure()
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let json = serde_json::to_vec(&disclosure).unwrap();
        let out = run("audit", &["-"], Some(&json));
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
        assert!(stdout(&out).contains("汇总：错误0项"), "{}", stdout(&out));
    }

    const SEED_TEXT: &str = "tests/fixtures/datong-hrss-2023-final-accounts.txt";

    /// `--emit-json` prints the imported disclosure in the fixtures' JSON form and exits 0; that
    /// JSON decodes, carries the 说明 read from the text, and audits as the text does.
    #[test]
    fn emit_json_prints_the_imported_disclosure() {
        let out = run("audit", &["--emit-json", SEED_TEXT], None);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let json = stdout(&out);
        let disclosure: final_accounts::disclosure::Disclosure =
            serde_json::from_str(&json).expect("the emitted JSON is a disclosure");
        assert_eq!(disclosure.unit_name(), "大同市人力资源和社会保障局");
        assert_eq!(disclosure.order().len(), 10);
        assert_eq!(disclosure.forms().len(), 14);
        assert_eq!(disclosure.narrative().statements.len(), 44);
        // The importer's report goes to stderr, so stdout is the JSON alone.
        assert!(stderr(&out).starts_with("imported "), "{}", stderr(&out));
        let file = TempFile::new("emitted.json", json.as_bytes());
        let from_json = run("audit", &["--json", file.arg()], None);
        let from_text = run("audit", &["--json", SEED_TEXT], None);
        assert_eq!(from_json.status.code(), Some(1));
        let summary = |o: &Output| {
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            v["summary"].clone()
        };
        assert_eq!(summary(&from_json), summary(&from_text));
        // The hand-written fixture's 9 errors, 15 warnings and 49 info: without a catalog, the
        // five 类 of 公开01表/公开04表 that no built-in catalog lists are read by their printed
        // names, so the summary tables still print their 26 lines (no doc.class-lines).
        assert_eq!(summary(&from_text)["errors"], 9);
        assert_eq!(summary(&from_text)["warnings"], 15);
        assert_eq!(summary(&from_text)["info"], 49);
        assert_eq!(summary(&run("audit", &["--json"], None))["warnings"], 15);
    }

    /// A `.pdf` needs pdftotext: without it (no `which pdftotext` on the PATH), the example
    /// says how to install poppler-utils and exits 2.
    #[test]
    fn a_pdf_without_pdftotext_says_how_to_install_it() {
        let empty = TempFile::new("no-such.pdf", b"%PDF-1.4");
        let dir = std::env::temp_dir().join(format!("no-bin-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = Command::new(example("audit"))
            .arg(empty.arg())
            .env("PATH", &dir)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert!(err.contains("pdftotext is not installed"), "{err}");
        assert!(err.contains("poppler-utils"), "{err}");
        let _ = std::fs::remove_dir(&dir);
    }

    /// The reader is chosen from the content, not the name: a PDF on standard input or in a
    /// file named .txt is said to be a PDF (the library reads text; pdftotext extracts it),
    /// never given an encoding hint; an empty .json file is said to be empty.
    #[test]
    fn the_reader_is_chosen_from_the_content() {
        let dir = std::env::temp_dir().join(format!("no-bin-content-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let pdf = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n";
        let named_txt = TempFile::new("report.txt", pdf);
        for (arg, stdin) in [("-", Some(&pdf[..])), (named_txt.arg(), None)] {
            let mut command = Command::new(example("audit"));
            command
                .arg(arg)
                .env("PATH", &dir)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            let mut child = command.spawn().unwrap();
            if let Some(bytes) = stdin {
                child.stdin.take().unwrap().write_all(bytes).unwrap();
            }
            drop(child.stdin.take());
            let out = child.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(2));
            let err = stderr(&out);
            assert!(err.contains("is a PDF file"), "{err}");
            assert!(
                err.contains("pdftotext") && err.contains("poppler-utils"),
                "{err}"
            );
            assert!(!err.contains("UTF-8") && !err.contains("GBK"), "{err}");
        }
        let _ = std::fs::remove_dir(&dir);
        let empty = TempFile::new("empty.json", b"");
        let out = run("audit", &[empty.arg()], None);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("empty.json is empty"),
            "{}",
            stderr(&out)
        );
        assert!(!stderr(&out).contains("no table title"), "{}", stderr(&out));
    }

    /// `--catalog FILE`: a complete catalog of code,name rows (a header row, quotes and tabs
    /// accepted) makes every code it does not list an error; a malformed one exits 2 naming
    /// the row.
    #[test]
    fn a_complete_catalog_makes_unknown_codes_errors() {
        let catalog = TempFile::new(
            "catalog.csv",
            "科目编码,科目名称\n208,社会保障和就业支出\n\"20801\",\"人力资源和社会保障管理事务\"\n2080101\t行政运行\n"
                .as_bytes(),
        );
        let out = run(
            "audit",
            &["--json", "--catalog", catalog.arg(), SEED_TEXT],
            None,
        );
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let findings = v["findings"].as_array().unwrap();
        let unknown: Vec<&serde_json::Value> = findings
            .iter()
            .filter(|f| f["rule"] == "code.unknown")
            .collect();
        assert!(!unknown.is_empty());
        assert!(
            unknown.iter().all(|f| f["severity"] == "error"),
            "{unknown:?}"
        );
        // 2080101 is listed: no finding names it as unknown; 2080505 is not.
        let text = serde_json::to_string(&unknown).unwrap();
        assert!(!text.contains("\"2080101\""), "{text}");
        assert!(text.contains("2080505"), "{text}");
        // The same catalog with the JSON fixture.
        let out = run(
            "audit",
            &[
                "--catalog",
                catalog.arg(),
                "tests/fixtures/datong-hrss-2023.json",
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(1));
        let bad = TempFile::new("bad.csv", b"208,\n");
        let out = run("audit", &["--catalog", bad.arg(), SEED_TEXT], None);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("line 1: the code 208 has no name"),
            "{}",
            stderr(&out)
        );
        let malformed = TempFile::new("malformed.csv", "20x,社会保障和就业支出\n".as_bytes());
        let out = run("audit", &["--catalog", malformed.arg(), SEED_TEXT], None);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("is not a valid catalog"),
            "{}",
            stderr(&out)
        );
    }
}

#[cfg(feature = "serde")]
mod compile {
    use super::{run, stderr, stdout};

    const ACCOUNTS: &str = "tests/fixtures/datong-hrss-2023-accounts.json";

    #[test]
    fn the_compiled_disclosure_decodes_and_audits_without_errors_on_its_tables() {
        for rounding in ["controlled", "independent"] {
            let out = run("compile", &["--rounding", rounding, ACCOUNTS], None);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let disclosure: final_accounts::disclosure::Disclosure =
                serde_json::from_str(&stdout(&out)).unwrap();
            assert_eq!(disclosure.unit_name(), "大同市人力资源和社会保障局");
            let report = final_accounts::audit::audit(&disclosure);
            let errors: Vec<&str> = report
                .findings
                .iter()
                .filter(|f| f.severity == final_accounts::audit::Severity::Error)
                .map(|f| f.rule.id)
                .collect();
            assert!(errors.is_empty(), "{rounding}: {errors:?}");
        }
    }

    /// Under shanghai-2024: nine unlabelled tables in the template's order (三公 before the fund
    /// tables, no 公开10表), no 行次, the same figures; the disclosure decodes and audits
    /// without errors.
    #[test]
    fn the_shanghai_2024_profile_prints_its_nine_tables_from_the_same_figures() {
        let out = run("compile", &["--profile", "shanghai-2024", ACCOUNTS], None);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let disclosure: final_accounts::disclosure::Disclosure =
            serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(disclosure.profile(), Some("shanghai-2024"));
        let order: Vec<String> = disclosure.order().iter().map(ToString::to_string).collect();
        assert_eq!(
            order,
            [
                "income_expenditure",
                "income",
                "expenditure",
                "fiscal",
                "general_budget",
                "basic_detail",
                "three_public",
                "government_fund",
                "state_capital"
            ]
        );
        let report = final_accounts::audit::audit(&disclosure);
        let errors: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.severity == final_accounts::audit::Severity::Error)
            .map(|f| f.rule.id)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        let out = run(
            "compile",
            &["--profile", "shanghai-2024", "--tables", ACCOUNTS],
            None,
        );
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(
            text.starts_with("大同市人力资源和社会保障局2023年度部门决算表\n"),
            "{text}"
        );
        assert!(
            text.contains("\n一般公共预算财政拨款支出决算表\n"),
            "{text}"
        );
        assert!(!text.contains("公开"), "{text}");
        // The same figure as under shanxi-2023, without a 行次.
        assert!(
            text.contains("\n2080101\t行政运行\t1407.62\t809.32\t598.30\n"),
            "{text}"
        );
        assert!(text.contains("\n一、一般公共预算财政拨款收入\t"), "{text}");
    }

    #[test]
    fn tables_print_as_text_and_bad_input_exits_2() {
        let out = run("compile", &["--tables", ACCOUNTS], None);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(
            text.contains("公开05表\t一般公共预算财政拨款支出决算表"),
            "{text}"
        );
        assert!(
            text.contains("2080101\t行政运行\t1407.62\t809.32\t598.30"),
            "{text}"
        );
        // The 说明 follows the tables, under its headings, in the phrasing of the template.
        assert!(
            text.contains(
                "五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n  2023年一般公共预算财政拨款决算支出1,735.91万元"
            ),
            "{text}"
        );
        assert!(
            text.contains("  4、公务接待费支出0万元，共接待0批次，0人次。"),
            "{text}"
        );
        let out = run("compile", &["--profile", "nowhere-2024", ACCOUNTS], None);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&out.stderr)
                .contains("--profile is shanxi-2023 or shanghai-2024")
        );
        let out = run("compile", &["--rounding", "sideways", ACCOUNTS], None);
        assert_eq!(out.status.code(), Some(2));
        let out = run("compile", &["tests/fixtures/datong-hrss-2023.json"], None);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&out.stderr)
                .contains("at profile (line 2, column 11): the key \"profile\" is not one of")
        );
    }

    /// `--profile FILE`: a template given as data alone (tests/fixtures/profiles/variant.json)
    /// compiles the accounts in its tables and 说明, and `audit --profile FILE` audits the
    /// result against it, reporting under its id.
    #[test]
    fn a_profile_given_as_a_file_compiles_and_audits() {
        const VARIANT: &str = "tests/fixtures/profiles/variant.json";
        let out = run(
            "compile",
            &["--profile", VARIANT, "--tables", ACCOUNTS],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains("\n公开07表\t一般公共预算财政拨款“三公”经费支出决算表\n"),
            "{text}"
        );
        assert!(text.contains("。较上年，收入总计增加736.33万元"), "{text}");
        let compiled = run("compile", &["--profile", VARIANT, ACCOUNTS], None);
        assert_eq!(compiled.status.code(), Some(0), "{}", stderr(&compiled));
        let out = run(
            "audit",
            &["--profile", VARIANT, "-"],
            Some(stdout(&compiled).as_bytes()),
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(
            stdout(&out).contains("（模板 variant-test）"),
            "{}",
            stdout(&out)
        );
        let out = run("audit", &["--profile", "Cargo.toml", "-"], Some(b"{}"));
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("is not a profile"),
            "{}",
            stderr(&out)
        );
    }

    /// `--tables` prints every row: 公开09表's twelve cells under its twelve columns, and
    /// 公开10表's section titles before their lines.
    #[test]
    fn tables_print_the_three_public_row_and_the_related_sections() {
        let out = run("compile", &["--tables", ACCOUNTS], None);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(
            text.contains(
                "（11）\t决算数 公务接待费（12）\n1.03\t\t1.03\t\t1.03\t\t1.03\t\t1.03\t\t1.03\t\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("统计数（1）\n一、政府采购情况\n1\t合计\t13.40\n"),
            "{text}"
        );
        assert!(
            text.contains("\n二、机关运行经费\n5\t(一) 行政单位\t"),
            "{text}"
        );
        assert!(text.contains("\n三、国有资产占用情况\n7\t"), "{text}");
    }

    /// Accounts using codes the built-in catalogs lack (类 207 in 2023) are refused with the way
    /// out, and compile with the year's catalog given by `--catalog`.
    #[test]
    fn a_user_catalog_names_codes_the_built_in_catalogs_lack() {
        const OWN: &str = "tests/fixtures/accounts-207.json";
        const CATALOG: &str = "tests/fixtures/catalog-207-2023.csv";
        let out = run("compile", &[OWN], None);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert!(err.contains("项 2070109 cannot be named: 20701"), "{err}");
        assert!(err.contains("--catalog FILE"), "{err}");
        let out = run("compile", &["--catalog", CATALOG, "--tables", OWN], None);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains("\n20701\t文化和旅游\t120.00\t80.00\t40.00\n"),
            "{text}"
        );
        assert!(
            text.contains("\n2070109\t群众文化\t120.00\t80.00\t40.00\n"),
            "{text}"
        );
        let out = run("compile", &["--catalog", CATALOG, OWN], None);
        let disclosure: final_accounts::disclosure::Disclosure =
            serde_json::from_str(&stdout(&out)).unwrap();
        let report = final_accounts::audit::audit(&disclosure);
        assert!(!report.has_errors(), "{:?}", report.findings);
    }

    /// Every mistake in the accounts is named by its place, what was expected and what was
    /// found, in the words of the format: no serde or Debug text.
    #[test]
    fn bad_accounts_are_named_in_the_users_words() {
        let cases: [(&str, &str); 6] = [
            ("", "is empty: write the accounts as JSON"),
            ("  \n", "is empty"),
            ("{}", "(line 1, column 2): the key \"unit\" is missing"),
            (
                r#"{"unit":"x","year":2023,"items":[{"item":"2010601","pool":"general_budget","income":{"appropriation":3456789.12}}]}"#,
                "at items[0].income (line 1, column 111): the amount 3456789.12 is written as a JSON number; write it as a string, \"3456789.12\"",
            ),
            (
                r#"{"unit":"x","year":"2023","items":[]}"#,
                "at year (line 1, column 25): found the text \"2023\", expected a whole number from 0 to 65535",
            ),
            (
                r#"{"unit":"x","year":2023,"items":[{"item":"2010601","pool":"general_budget","income":{"appropriation":"3456789.12"}}]}"#,
                "项 2010601（一般公共预算财政拨款）does not balance: 年初结转和结余 + 收入 = 3456789.12 元",
            ),
        ];
        for (json, expected) in cases {
            let out = run("compile", &["-"], Some(json.as_bytes()));
            assert_eq!(out.status.code(), Some(2), "{json}");
            let err = stderr(&out);
            assert!(err.starts_with("compile: standard input "), "{err}");
            assert!(err.contains(expected), "{json}: {err}");
            for raw in [
                "EOF while parsing",
                "invalid type",
                "Decimal type",
                "u16",
                "Appropriation(",
                "GeneralBudget",
            ] {
                assert!(!err.contains(raw), "{raw} in {err}");
            }
        }
        // Accounts without a 项 or a project: nothing to compile.
        let out = run(
            "compile",
            &["-"],
            Some(br#"{"unit":"x","year":2023,"items":[]}"#),
        );
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out)
                .starts_with("compile: standard input: the accounts hold no 项 and no project"),
            "{}",
            stderr(&out)
        );
    }

    /// `-` reads standard input; a second file is refused, never silently preferred.
    #[test]
    fn a_dash_reads_standard_input_and_a_second_file_is_refused() {
        let bytes = std::fs::read(ACCOUNTS).unwrap();
        let from_stdin = run("compile", &["-"], Some(&bytes));
        assert_eq!(from_stdin.status.code(), Some(0), "{}", stderr(&from_stdin));
        assert_eq!(
            stdout(&from_stdin),
            stdout(&run("compile", &[ACCOUNTS], None))
        );
        let out = run(
            "compile",
            &[ACCOUNTS, "tests/fixtures/accounts-207.json"],
            None,
        );
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("more than one accounts file given"),
            "{}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty());
    }

    /// A reason keyed to a section no standard paragraph has, or to a line 公开05表 does not
    /// print, is an error naming it; "五(一)" with ASCII brackets is the section 五（一）.
    #[test]
    fn reasons_keyed_to_nothing_are_errors_and_ascii_brackets_are_the_same_label() {
        let seed: serde_json::Value =
            serde_json::from_slice(&std::fs::read(ACCOUNTS).unwrap()).unwrap();
        let with_reason = |section: &str| {
            let mut v = seed.clone();
            let reasons = v["comparatives"]["reasons"].as_array_mut().unwrap();
            reasons.retain(|r| r[0] != "五（一）");
            reasons.push(serde_json::json!([section, "年中追加项目资金增加"]));
            run(
                "compile",
                &["--tables", "-"],
                Some(&serde_json::to_vec(&v).unwrap()),
            )
        };
        let ascii = with_reason("五(一)");
        assert_eq!(ascii.status.code(), Some(0), "{}", stderr(&ascii));
        let full = with_reason("五（一）");
        assert_eq!(stdout(&ascii), stdout(&full));
        for (section, named) in [
            ("五（九）", "说明 五（九）: no standard paragraph"),
            (
                "五（三）212",
                "a reason is given for 五（三）212, but 公开05表 prints no line 212",
            ),
        ] {
            let out = with_reason(section);
            assert_eq!(out.status.code(), Some(2), "{section}");
            assert!(stderr(&out).contains(named), "{}", stderr(&out));
        }
    }
}

/// `audit --html FILE` and `compile --html FILE` (feature `html`): the examples write the page,
/// and say where.
#[cfg(feature = "html")]
mod html {
    use std::path::PathBuf;
    use std::process::Output;

    fn run(name: &str, args: &[&str]) -> Output {
        super::run(name, args, None)
    }

    /// A page path under the target directory, removed first.
    fn page(name: &str) -> PathBuf {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("html-cli");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        let _ = std::fs::remove_file(&path);
        path
    }

    #[test]
    fn audit_writes_the_marked_page_and_still_reports() {
        let path = page("datong.html");
        let out = run("audit", &["--html", path.to_str().unwrap()]);
        // The bundled document has errors: exit 1, the text report on stdout as without --html.
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stdout).contains("汇总：错误9项，警告15项，提示49项"));
        assert!(String::from_utf8_lossy(&out.stderr).contains(path.to_str().unwrap()));
        let html = std::fs::read_to_string(&path).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("审核结果"));
        assert!(html.contains("错误9项，警告15项，提示49项"));
        // 公开01表's 本年收入合计 ends in a rounding tail: grey.
        assert!(html.contains(
            r#"class="figure m-tail" data-place="income_expenditure|current_year_total|income">1,991.06<"#
        ));
    }

    #[test]
    fn audit_writes_english_labels_with_lang_en() {
        let path = page("putuo-en.html");
        let out = run(
            "audit",
            &[
                "--lang",
                "en",
                "--html",
                path.to_str().unwrap(),
                "tests/fixtures/putuo-shehuigongzuobu-2024.json",
            ],
        );
        assert_eq!(out.status.code(), Some(1));
        let html = std::fs::read_to_string(&path).unwrap();
        assert!(html.contains(r#"<html lang="en">"#));
        assert!(html.contains("Audit"));
        assert!(html.contains("Click a finding to highlight its cells."));
        // The document's own words stay as printed.
        assert!(html.contains("收入支出决算总表"));
    }

    #[test]
    fn compile_writes_the_compiled_disclosure_as_printed() {
        let path = page("compiled.html");
        let out = run(
            "compile",
            &[
                "--html",
                path.to_str().unwrap(),
                "tests/fixtures/datong-hrss-2023-accounts.json",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        // The JSON still goes to stdout.
        assert!(String::from_utf8_lossy(&out.stdout).starts_with('{'));
        let html = std::fs::read_to_string(&path).unwrap();
        assert!(html.contains("公开01表"));
        assert!(html.contains("收入支出决算总表"));
        assert!(!html.contains("审核结果"), "no audit on a compiled page");
    }

    #[test]
    fn html_without_a_file_is_refused() {
        let out = run("audit", &["--html"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--html takes the file"));
        let out = run("compile", &["--html"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--html needs the file"));
    }
}
