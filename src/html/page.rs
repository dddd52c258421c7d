//! The page: the document's outline with the tables, the 说明 and the forms placed under
//! their part headings; with a report, the findings on top and their marks on the cells.

use std::collections::BTreeMap;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::audit::Report;
use crate::disclosure::{Disclosure, LineRole, TableKind};
use crate::finding::{Area, Figure, Finding, Key, Lang, Part, Place};
use crate::narrative::{Claim, StatedRate, Statement};
use crate::tables::TableMeta;

use super::grid::{Body, Grid, Role, normal};
use super::marks::{Index, Mark, Target, culprits, place_key};
use super::{forms, tables};

/// Forbids every load from anywhere: the page's own inline style and script only.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
                   img-src data:; base-uri 'none'; form-action 'none'";

const CSS: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// A table of the page: its kind, header and grid, and the key of the table as a whole.
struct Printed<'a> {
    kind: TableKind,
    meta: &'a TableMeta,
    grid: Grid,
    key: String,
}

/// What the findings put on the page: each key's marks, the value a culprit cell would need,
/// and each finding's keys.
#[derive(Default)]
struct Marks {
    by_key: BTreeMap<String, Vec<Mark>>,
    needed: BTreeMap<String, String>,
}

impl Marks {
    /// The classes of the element keyed `key`: `m-error`, `m-tail` …
    fn classes(&self, key: Option<&str>) -> String {
        let mut marks: Vec<Mark> = key
            .and_then(|k| self.by_key.get(k))
            .cloned()
            .unwrap_or_default();
        marks.sort();
        marks.dedup();
        marks
            .iter()
            .map(|m| format!("m-{}", m.name()))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Words the page adds, in either language.
struct Words {
    lang: Lang,
}

impl Words {
    fn pick(&self, zh: &'static str, en: &'static str) -> &'static str {
        match self.lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

pub(super) fn render(disclosure: &Disclosure, report: Option<&Report<'_>>, lang: Lang) -> String {
    let words = Words { lang };
    let printed: Vec<Printed<'_>> = disclosure
        .order()
        .iter()
        .filter_map(|kind| {
            Some(Printed {
                kind: *kind,
                meta: disclosure.meta(*kind)?,
                grid: tables::grid(disclosure, *kind)?,
                key: place_key(&Place::table(*kind)),
            })
        })
        .collect();
    let evaluations = report.map(Report::evaluations).unwrap_or_default();
    let form_grids: Vec<(String, Grid)> = disclosure
        .forms()
        .iter()
        .enumerate()
        .map(|(i, form)| {
            let evaluation = evaluations.get(i).and_then(Option::as_ref);
            (
                place_key(&Place::new(Part::Form(form.project().into()))),
                forms::grid(form, evaluation, lang),
            )
        })
        .collect();
    let index = index(disclosure, &printed, &form_grids);
    let (marks, listed) = match report {
        Some(report) => mark(report, &index),
        None => (Marks::default(), Vec::new()),
    };
    let document_key = place_key(&Place::new(Part::Document));
    let forms_key = place_key(&Place::new(Part::Forms));
    let title = format!(
        "{}{}年度部门决算",
        disclosure.unit_name(),
        disclosure.year()
    );
    let html_lang = match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    };
    let page: Markup = html! {
        (DOCTYPE)
        html lang=(html_lang) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                @if let Some(report) = report {
                    (summary(report, &listed, &marks, &words))
                }
                main.document lang="zh-CN" class=(marks.classes(Some(&document_key))) data-place=(document_key) {
                    @for block in blocks(disclosure) {
                        @match block {
                            Block::Line(role, line) => (outline_line(role, line, &marks)),
                            Block::Tables => {
                                @for table in &printed {
                                    (table_section(table, &marks))
                                }
                            }
                            Block::Narrative => (narrative(disclosure, report, &marks, &words)),
                            Block::Forms => {
                                section class={ "forms " (marks.classes(Some(&forms_key))) } data-place=(forms_key) {
                                    @for (key, grid) in &form_grids {
                                        div class={ "form " (marks.classes(Some(key))) } data-place=(key) {
                                            (grid_table(grid, &marks, "grid form-grid"))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                @if report.is_some() {
                    script { (PreEscaped(SCRIPT)) }
                }
            }
        }
    };
    page.into_string()
}

/// What the page prints, in order.
enum Block<'a> {
    Line(LineRole, &'a str),
    Tables,
    Narrative,
    Forms,
}

/// The outline's lines in order (section headings aside: the 说明 prints them), with the
/// tables after the heading that names them (…决算表), the 说明 after the next part heading
/// that is neither 名词解释 nor 附件, and the forms after the 附件 heading; what no heading
/// places follows, in that order.
fn blocks(disclosure: &Disclosure) -> Vec<Block<'_>> {
    let lines: Vec<(LineRole, &str)> = disclosure
        .outline()
        .roles()
        .filter(|(role, _)| *role != LineRole::Section)
        .collect();
    let part = |role: &LineRole| matches!(role, LineRole::Part(_));
    let tables_at = lines.iter().position(|(role, line)| {
        (part(role) || *role == LineRole::Banner) && line.contains("决算表")
    });
    let narrative_at = lines
        .iter()
        .enumerate()
        .skip(tables_at.map_or(0, |t| t.saturating_add(1)))
        .find(|(_, (role, line))| {
            part(role)
                && !line.contains("名词解释")
                && !line.contains("附件")
                && (tables_at.is_some() || line.contains("说明") || line.contains("决算情况"))
        })
        .map(|(i, _)| i);
    let forms_at = lines
        .iter()
        .position(|(role, line)| part(role) && line.contains("附件"));
    let mut out = Vec::new();
    for (i, (role, line)) in lines.iter().enumerate() {
        out.push(Block::Line(*role, line));
        if Some(i) == tables_at {
            out.push(Block::Tables);
        }
        if Some(i) == narrative_at {
            out.push(Block::Narrative);
        }
        if Some(i) == forms_at {
            out.push(Block::Forms);
        }
    }
    if tables_at.is_none() {
        out.push(Block::Tables);
    }
    if narrative_at.is_none() {
        out.push(Block::Narrative);
    }
    if forms_at.is_none() {
        out.push(Block::Forms);
    }
    out
}

/// Everything on the page a finding can point at.
fn index(disclosure: &Disclosure, printed: &[Printed<'_>], forms: &[(String, Grid)]) -> Index {
    let mut index = Index::default();
    let add_grid = |index: &mut Index, part: &Part, grid: &Grid| {
        for cell in grid.body.iter().flatten() {
            if let Some(key) = &cell.key {
                index.add(
                    part,
                    Target {
                        key: key.clone(),
                        rows: cell.rows.clone(),
                        columns: cell.columns.clone(),
                    },
                );
            }
        }
    };
    for table in printed {
        let part = Part::Table(table.kind);
        add_grid(&mut index, &part, &table.grid);
        index.whole(&part, table.key.clone());
        for (name, text) in [
            ("说明", table.meta.explanation()),
            ("注", table.meta.note()),
        ] {
            if text.is_some() {
                index.add(
                    &part,
                    Target {
                        key: place_key(&Place::table(table.kind).row(Key::Static(name))),
                        rows: vec![name.to_owned()],
                        columns: Vec::new(),
                    },
                );
            }
        }
    }
    for (form, (key, grid)) in disclosure.forms().iter().zip(forms) {
        let part = Part::Form(form.project().into());
        add_grid(&mut index, &part, grid);
        index.whole(&part, key.clone());
        index.add(
            &part,
            Target {
                key: key.clone(),
                rows: vec!["年度".to_owned(), "标题".to_owned()],
                columns: Vec::new(),
            },
        );
        // The forms taken together: each form's figures of the reference row.
        for cell in grid.body.iter().flatten() {
            if let Some(k) = &cell.key
                && cell.rows.iter().any(|r| r == "执行率")
            {
                index.add(
                    &Part::Forms,
                    Target {
                        key: k.clone(),
                        rows: Vec::new(),
                        columns: cell.columns.clone(),
                    },
                );
            }
        }
    }
    index.whole(&Part::Forms, place_key(&Place::new(Part::Forms)));
    index.whole(&Part::Narrative, place_key(&Place::new(Part::Narrative)));
    index.whole(&Part::Document, place_key(&Place::new(Part::Document)));
    for statement in &disclosure.narrative().statements {
        index.add(
            &Part::Narrative,
            Target {
                key: statement_key(statement),
                rows: vec![normal(statement.section())],
                columns: Vec::new(),
            },
        );
    }
    for line in disclosure.outline().lines() {
        index.add(
            &Part::Document,
            Target {
                key: line_key(line),
                rows: vec![normal(line)],
                columns: Vec::new(),
            },
        );
    }
    index
}

fn statement_key(statement: &Statement) -> String {
    place_key(&Place::narrative(statement.section()))
}

fn line_key(line: &str) -> String {
    place_key(&Place::new(Part::Document).row_text(line))
}

/// One finding as the list on top shows it: its mark and the keys of its cells.
struct Listed<'f> {
    finding: &'f Finding,
    mark: Mark,
    keys: Vec<String>,
    /// Whether a place names a row or column the page does not print, so that the part it
    /// is in is marked as a whole.
    whole: bool,
}

/// The keys each finding's places resolve to, and the marks they put on them. The 说明's and
/// the outline's places name a statement or a line; a column they add (年初预算) narrows
/// nothing on the page.
fn mark<'f>(report: &'f Report<'_>, index: &Index) -> (Marks, Vec<Listed<'f>>) {
    let mut marks = Marks::default();
    let mut listed = Vec::with_capacity(report.findings.len());
    for finding in &report.findings {
        let mark = Mark::of(finding);
        let mut keys: Vec<String> = Vec::new();
        let mut whole = false;
        for place in &finding.places {
            let place = match place.part {
                Part::Narrative | Part::Document => Place {
                    column: None,
                    ..place.clone()
                },
                _ => place.clone(),
            };
            let mut found = index.resolve(&place);
            if found.is_empty() && (place.row.is_some() || place.column.is_some()) {
                // A row or column the page does not print (a 行次 column the table lacks, a
                // line it leaves out): the part it is in, as a whole.
                found = index.resolve(&Place::new(place.part.clone()));
                if !found.is_empty() {
                    whole = true;
                }
            }
            for key in found {
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        }
        for key in &keys {
            marks.by_key.entry(key.clone()).or_default().push(mark);
        }
        for (place, needed) in culprits(finding) {
            for key in index.resolve(&place) {
                marks
                    .by_key
                    .entry(key.clone())
                    .or_default()
                    .push(Mark::Culprit);
                if let Some(needed) = &needed {
                    marks.needed.insert(key, needed.to_string());
                }
            }
        }
        listed.push(Listed {
            finding,
            mark,
            keys,
            whole,
        });
    }
    (marks, listed)
}

/// The summary and the list of findings.
fn summary(report: &Report<'_>, listed: &[Listed<'_>], marks: &Marks, words: &Words) -> Markup {
    let d = report.disclosure();
    let listed_culprits = marks.by_key.values().flatten().any(|m| *m == Mark::Culprit);
    let unplaced = listed.iter().filter(|l| l.keys.is_empty()).count();
    html! {
        section.audit #audit {
            h2 { (words.pick("审核结果：", "Audit: ")) (d.unit_name()) " " (d.year()) (words.pick("年度", "")) }
            p.summary {
                strong { (report.summary(words.lang)) }
                " · " (words.pick("模板", "profile")) " " (d.profile().unwrap_or("—"))
            }
            p.legend {
                span.m-error { (words.pick("错误：所涉单元格框红", "error: cells of the relation outlined in red")) }
                " "
                span.m-warning { (words.pick("警告：框橙", "warning: outlined in orange")) }
                " "
                span.m-tail { (words.pick("尾数误差：灰底", "rounding tail: grey")) }
                " "
                span.m-info { (words.pick("提示：虚线", "note: dotted")) }
                @if listed_culprits {
                    " "
                    span.m-culprit { (words.pick("错数：红底，附应为值", "wrong figure: red, with the value it needs")) }
                }
                " · " (words.pick("点击一条问题可在表中高亮其单元格。", "Click a finding to highlight its cells."))
            }
            @if unplaced > 0 {
                p.unplaced-note {
                    (unplaced) (words.pick(" 条问题所指之处不在页面上（整份文件或页面未印出的数字）。",
                        " findings point at nothing the page prints (the document as a whole, or a figure no table prints)."))
                }
            }
            ol.findings {
                @for (i, item) in listed.iter().enumerate() {
                    (finding_item(report, i, item, words))
                }
            }
            output #browser-check data-result="pending" {}
        }
    }
}

fn finding_item(report: &Report<'_>, i: usize, item: &Listed<'_>, words: &Words) -> Markup {
    let f = item.finding;
    let severity = match words.lang {
        Lang::Zh => f.severity.name_zh().to_owned(),
        Lang::En => f.severity.to_string(),
    };
    let place = f
        .place()
        .map(|p| report.place(p, words.lang).to_string())
        .unwrap_or_default();
    let figures = match (&f.expected, &f.actual) {
        (Some(e), Some(a)) => Some(match words.lang {
            Lang::Zh => format!("应为{e}，实为{a}"),
            Lang::En => format!("expected {e}, printed {a}"),
        }),
        _ => None,
    };
    html! {
        li #{ "finding-" (i) } class={ "finding sev-" (f.severity) } data-finding=(i) data-mark=(item.mark.name())
            data-targets=(item.keys.join(" ")) tabindex="0" {
            span.badge { (severity) } " "
            code { (f.rule.id) } " "
            span.where { (place) }
            div.message {
                (report.message(f, words.lang))
                @if let Some(figures) = figures { span.figures { " （" (figures) "）" } }
            }
            @if item.keys.is_empty() {
                div.unplaced { (words.pick("（页面上无对应之处）", "(nothing on the page to mark)")) }
            } @else if item.whole {
                div.unplaced { (words.pick("（所指行列未印出，标在其所在部分上）",
                    "(a row or column the page does not print: its part is marked)")) }
            }
        }
    }
}

fn outline_line(role: LineRole, line: &str, marks: &Marks) -> Markup {
    let key = line_key(line);
    let classes = marks.classes(Some(&key));
    html! {
        @match role {
            LineRole::Part(_) => h2 class={ "part " (classes) } data-place=(key) { (line) },
            LineRole::Banner => h2 class={ "banner " (classes) } data-place=(key) { (line) },
            _ => p class={ "title " (classes) } data-place=(key) { (line) },
        }
    }
}

fn table_section(table: &Printed<'_>, marks: &Marks) -> Markup {
    let meta = table.meta;
    let width: usize = table
        .grid
        .head
        .first()
        .map(|row| row.iter().map(|h| h.colspan).sum())
        .unwrap_or(0);
    let wide = width > 9;
    let explanation_key = place_key(&Place::table(table.kind).row(Key::Static("说明")));
    let note_key = place_key(&Place::table(table.kind).row(Key::Static("注")));
    html! {
        section class={ "table " @if wide { "wide " } (marks.classes(Some(&table.key))) } data-place=(table.key) {
            div.table-title { (meta.title()) }
            @if let Some(label) = meta.label() { div.table-label { (label) } }
            div.table-meta {
                span { @if let Some(unit) = meta.unit_name() { (unit.caption) "：" (unit.name) } }
                span { (meta.period().unwrap_or_default()) }
                span { (meta.money().caption) "：" (<&str>::from(meta.unit())) }
            }
            (grid_table(&table.grid, marks, "grid"))
            @if let Some(note) = meta.note() {
                p class={ "note " (marks.classes(Some(&note_key))) } data-place=(note_key) { (note) }
            }
            @if let Some(explanation) = meta.explanation() {
                @for line in explanation.lines() {
                    p class={ "explanation " (marks.classes(Some(&explanation_key))) } data-place=(explanation_key) { (line) }
                }
            }
        }
    }
}

fn grid_table(grid: &Grid, marks: &Marks, class: &str) -> Markup {
    html! {
        table class=(class) {
            thead {
                @for row in &grid.head {
                    tr { @for h in row { th colspan=[(h.colspan > 1).then_some(h.colspan)] rowspan=[(h.rowspan > 1).then_some(h.rowspan)] { (h.text) } } }
                }
            }
            tbody {
                @for row in &grid.body {
                    tr { @for cell in row { (body_cell(cell, marks)) } }
                }
            }
        }
    }
}

fn body_cell(cell: &Body, marks: &Marks) -> Markup {
    let role = match cell.role {
        Role::Name => "name",
        Role::Code => "code",
        Role::Figure => "figure",
        Role::Text => "text",
        Role::Section => "section",
    };
    let key = cell.key.as_deref();
    let needed = key.and_then(|k| marks.needed.get(k));
    html! {
        td class={ (role) " " (marks.classes(key)) } colspan=[(cell.colspan > 1).then_some(cell.colspan)]
            data-place=[key] data-needed=[needed] {
            (cell.text)
            @if let Some(beside) = &cell.beside { span.beside { (beside) } }
        }
    }
}

/// The 说明: each section's heading (from the outline when it prints one), its statements,
/// and with a report each claim marked as agreeing with the tables or not.
fn narrative(
    disclosure: &Disclosure,
    report: Option<&Report<'_>>,
    marks: &Marks,
    words: &Words,
) -> Markup {
    let statements = &disclosure.narrative().statements;
    let headings: Vec<&str> = disclosure
        .outline()
        .roles()
        .filter(|(role, _)| *role == LineRole::Section)
        .map(|(_, line)| line)
        .collect();
    let mut next = 0_usize;
    let mut heading = |label: String| -> String {
        match headings
            .iter()
            .enumerate()
            .skip(next)
            .find(|(_, h)| h.starts_with(&label))
        {
            Some((at, h)) => {
                next = at.saturating_add(1);
                (*h).to_owned()
            }
            None => label,
        }
    };
    let mut items: Vec<(Option<String>, Option<String>, &Statement)> = Vec::new();
    let (mut chapter, mut section) = (String::new(), String::new());
    for statement in statements {
        let label = statement.section();
        let (mut h3, mut h4) = (None, None);
        if label != section {
            let (major, sub) = match label.split_once('（') {
                Some((major, rest)) => (major, Some(rest.trim_end_matches('）'))),
                None => (label, None),
            };
            if major != chapter {
                h3 = Some(heading(format!("{major}、")));
                chapter = major.to_owned();
            }
            if let Some(sub) = sub {
                h4 = Some(heading(format!("（{sub}）")));
            }
            label.clone_into(&mut section);
        }
        items.push((h3, h4, statement));
    }
    let key = place_key(&Place::new(Part::Narrative));
    html! {
        // Printed even when empty: a finding about the 说明 as a whole (none printed, a section
        // missing) marks it.
        section class={ "narrative " (marks.classes(Some(&key))) } data-place=(key) {
            @for (h3, h4, statement) in &items {
                @if let Some(h) = h3 { h3 { (h) } }
                @if let Some(h) = h4 { h4 { (h) } }
                (statement_block(statement, report, marks, words))
            }
        }
    }
}

fn statement_block(
    statement: &Statement,
    report: Option<&Report<'_>>,
    marks: &Marks,
    words: &Words,
) -> Markup {
    let key = statement_key(statement);
    html! {
        div class={ "statement " (marks.classes(Some(&key))) } data-place=(key) {
            p { (statement.text()) }
            @if let Some(report) = report {
                @if !statement.claims().is_empty() {
                    ul.claims {
                        @for claim in statement.claims() {
                            @let status = claim_status(report, statement, claim);
                            li class={ "claim c-" (status.map_or("ok", |(m, _)| m.name())) } {
                                span.verdict { (verdict(status, words)) } " " (describe(claim))
                            }
                        }
                    }
                }
            }
        }
    }
}

fn verdict(status: Option<(Mark, &'static str)>, words: &Words) -> &'static str {
    match status {
        None => words.pick("✓ 与表一致", "✓ agrees"),
        Some((Mark::Error | Mark::Warning | Mark::Culprit, _)) => {
            words.pick("✗ 不一致", "✗ disagrees")
        }
        Some((Mark::Tail, _)) => words.pick("≈ 尾数误差内", "≈ within rounding"),
        Some((Mark::Info, "narrative.unverifiable")) => {
            words.pick("? 无法核对", "? cannot be checked")
        }
        Some((Mark::Info, _)) => words.pick("· 提示", "· note"),
    }
}

/// The figures a claim states, as findings quote them.
fn stated(claim: &Claim) -> Vec<String> {
    match claim {
        Claim::Amount(a) => vec![Figure::from(a.stated()).to_string()],
        Claim::Share(s) => vec![Figure::from(s.stated()).to_string()],
        Claim::Change(c) => {
            let mut out: Vec<String> = c
                .amount()
                .map(|a| Figure::from(a).to_string())
                .into_iter()
                .collect();
            if let StatedRate::Percent(p) = c.rate() {
                out.push(Figure::from(p).to_string());
            }
            out
        }
        Claim::Completion(c) => vec![Figure::from(c.stated()).to_string()],
        Claim::Count { stated, .. } => vec![stated.to_string()],
        Claim::GradeCount(g) => vec![g.stated().to_string()],
        Claim::VersusBudget(_) | Claim::Nil(_) => Vec::new(),
    }
}

/// The figures a claim is about, by name.
fn about(claim: &Claim) -> Vec<String> {
    match claim {
        Claim::Amount(a) => vec![a.figure().name()],
        Claim::Share(s) => vec![s.part().name(), s.whole().name()],
        Claim::Change(c) => vec![c.figure().name()],
        Claim::Completion(c) => vec![c.figure().name()],
        Claim::VersusBudget(v) => vec![v.figure().name()],
        Claim::Count { count, .. } => vec![count.to_string()],
        Claim::GradeCount(g) => vec![g.grade().to_owned()],
        Claim::Nil(f) => vec![f.name()],
    }
}

/// The worst mark of the 说明 findings about this claim, with the rule: a finding of the
/// statement's section that quotes a figure the claim states as the printed one, or says that
/// the figure it is about cannot be checked. `None` when no finding is about it: it agrees with
/// the tables. A finding of the section about none of its claims (a missing reason, template
/// residue) outlines the statement instead.
fn claim_status(
    report: &Report<'_>,
    statement: &Statement,
    claim: &Claim,
) -> Option<(Mark, &'static str)> {
    let section = Place::narrative(statement.section());
    let figures = stated(claim);
    let names = about(claim);
    report
        .findings
        .iter()
        .filter(|f| f.rule.area == Area::Narrative)
        .filter(|f| {
            f.places
                .iter()
                .any(|p| p.part == Part::Narrative && p.row == section.row)
        })
        .filter(|f| {
            let quotes = f
                .actual
                .as_ref()
                .is_some_and(|a| figures.contains(&a.to_string()));
            // A figure no table prints cannot be checked, whatever a claim says of it.
            let unverifiable = f.rule.id == "narrative.unverifiable"
                && f.message.args.iter().any(|arg| match arg {
                    Figure::Text(t) => names.iter().any(|n| n.as_str() == &**t),
                    _ => false,
                });
            quotes || unverifiable
        })
        .map(|f| (Mark::of(f), f.rule.id))
        .max_by_key(|(m, _)| *m)
}

/// A claim in a few words: what it is about and what it states.
fn describe(claim: &Claim) -> String {
    match claim {
        Claim::Amount(a) => format!("{} {}万元", a.figure().name(), a.stated()),
        Claim::Share(s) => format!("{}占{} {}", s.part().name(), s.whole().name(), s.stated()),
        Claim::Change(c) => {
            let amount = c.amount().map(|a| format!("{a}万元")).unwrap_or_default();
            let rate = match (c.rate_word(), c.rate()) {
                (Some(word), StatedRate::Percent(_) | StatedRate::Infinite) => {
                    format!(" {word}{}", c.rate())
                }
                _ => String::new(),
            };
            format!("{} {}{amount}{rate}", c.figure().name(), c.word())
        }
        Claim::Completion(c) => format!("{} 完成预算 {}", c.figure().name(), c.stated()),
        Claim::VersusBudget(v) => format!("{} {}预算", v.figure().name(), v.word()),
        Claim::Count { count, stated } => format!("{count} {stated}"),
        Claim::GradeCount(g) => format!("{} {}个", g.grade(), g.stated()),
        Claim::Nil(f) => format!("{} 无此项支出", f.name()),
    }
}
