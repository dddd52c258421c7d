//! Laws of the importer: it never panics, whatever the text; everything it returns is built
//! through the validating constructors.

use final_accounts::import::{
    ImportOptions, InputKind, PageData, detect, import_pages, import_text,
};
use proptest::prelude::*;

const SEED: &str = include_str!("fixtures/datong-hrss-2023-final-accounts.txt");

/// Words the importer reacts to, so that random texts reach its table and form paths.
const WORDS: &[&str] = &[
    "收入支出决算总表",
    "财政拨款收入支出决算总表",
    "支出决算表",
    "收入决算表",
    "一般公共预算财政拨款基本支出决算明细表",
    "财政拨款“三公”经费支出决算表",
    "部门决算公开相关信息统计表",
    "公开01表",
    "金额单位：万元",
    "单位：元",
    "部门名称：某局",
    "2023年度",
    "(2024年度)",
    "项目",
    "行次",
    "栏次",
    "合计",
    "总计",
    "小计",
    "预算数",
    "决算数",
    "科目代码",
    "科目名称",
    "人员经费合计",
    "一、政府采购情况",
    "1. 其他用车",
    "项目名称",
    "主管部门及代码",
    "预算单位",
    "年初预算数",
    "一级指标",
    "产出指标",
    "成本指标",
    "总分",
    "项目绩效分析",
    "注：本表无数据",
    "第二部分 2023年部门决算表",
    "仅供内部审核",
    "208",
    "2080505",
    "30901",
    "1,735.92",
    "0.16",
    "——",
    "-1",
    "99999999999999999999",
    "1",
    "2",
    "",
    " ",
];

fn line() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..8).prop_map(|cells| cells.join("\t"))
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 0..60).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_panic_on_arbitrary_text(text in "\\PC*") {
        let _ = detect(&text);
        let _ = import_text(&text);
    }

    #[test]
    fn no_panic_on_texts_made_of_table_words(text in document()) {
        if let Ok(imported) = import_text(&text) {
            // Diagnostics point into the text.
            let lines = text.lines().count();
            prop_assert!(imported.diagnostics.iter().all(|d| d.line >= 1 && d.line <= lines));
        }
    }

    #[test]
    fn no_panic_on_the_seed_text_with_lines_dropped_or_repeated(
        edits in prop::collection::vec((0_usize..1100, any::<bool>()), 0..40),
    ) {
        let mut lines: Vec<&str> = SEED.lines().collect();
        for (at, drop) in edits {
            let at = at % lines.len().max(1);
            if drop && at < lines.len() {
                lines.remove(at);
            } else if let Some(line) = lines.get(at).copied() {
                lines.insert(at, line);
            }
        }
        let text = lines.join("\n");
        prop_assert_eq!(detect(&text), InputKind::TabSeparated);
        let _ = import_text(&text);
    }
}

const PUTUO: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024-final-accounts.txt");
#[cfg(feature = "serde")]
const PUTUO_PAGES: &str =
    include_str!("fixtures/putuo-shehuigongzuobu-2024-final-accounts.pages.json");

/// A layout line: words from the table vocabulary at random columns, a form feed now and then.
fn layout_line() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::collection::vec((0_usize..12, prop::sample::select(WORDS)), 0..7),
    )
        .prop_map(|(feed, words)| {
            let mut line = String::new();
            if feed {
                line.push('\u{c}');
            }
            for (gap, word) in words {
                line.push_str(&" ".repeat(gap));
                line.push_str(word);
            }
            line
        })
}

fn layout_document() -> impl Strategy<Value = String> {
    prop::collection::vec(layout_line(), 0..60).prop_map(|lines| lines.join("\n"))
}

/// A cell of page data: a word of the vocabulary, or arbitrary text with line breaks.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(WORDS).prop_map(str::to_owned),
        "[\\PC\n]{0,6}",
    ]
}

fn page_data() -> impl Strategy<Value = PageData> {
    let page = (
        prop::collection::vec(prop::sample::select(WORDS), 0..20),
        prop::collection::vec(
            prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..8),
            0..3,
        ),
    );
    prop::collection::vec(page, 0..6).prop_map(|pages| {
        let (page_texts, page_tables): (Vec<String>, Vec<_>) = pages
            .into_iter()
            .map(|(lines, tables)| (lines.join("\n"), tables))
            .unzip();
        PageData {
            page_count: page_texts.len(),
            page_texts,
            page_tables,
        }
    })
}

/// The lines of `text` with some dropped and some repeated.
fn edited(text: &str, edits: Vec<(usize, bool)>) -> String {
    let mut lines: Vec<&str> = text.split('\n').collect();
    for (at, drop) in edits {
        let at = at % lines.len().max(1);
        if drop && at < lines.len() {
            lines.remove(at);
        } else if let Some(line) = lines.get(at).copied() {
            lines.insert(at, line);
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn no_panic_on_layout_texts_made_of_table_words(text in layout_document()) {
        if let Ok(imported) = import_text(&text) {
            let lines = text.split('\n').count();
            prop_assert!(imported.diagnostics.iter().all(|d| d.line >= 1 && d.line <= lines));
        }
    }

    #[test]
    fn no_panic_on_arbitrary_page_data(pages in page_data()) {
        let _ = import_pages(&pages, &ImportOptions::default());
    }

    #[test]
    fn no_panic_on_arbitrary_json(text in "\\{\"page_texts\"[\\PC]{0,80}") {
        let _ = import_text(&text);
    }

    #[test]
    fn no_panic_on_the_putuo_text_with_lines_dropped_or_repeated(
        edits in prop::collection::vec((0_usize..800, any::<bool>()), 0..40),
    ) {
        let text = edited(PUTUO, edits);
        if let Ok(imported) = import_text(&text) {
            let lines = text.split('\n').count();
            prop_assert!(imported.diagnostics.iter().all(|d| d.line >= 1 && d.line <= lines));
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn no_panic_on_the_putuo_page_data_with_lines_and_rows_dropped_or_repeated(
        edits in prop::collection::vec((0_usize..400, any::<bool>()), 0..30),
        rows in prop::collection::vec((0_usize..24, 0_usize..4, 0_usize..40, any::<bool>()), 0..20),
    ) {
        let Ok(mut pages) = PageData::from_json(PUTUO_PAGES) else {
            return Err(TestCaseError::fail("the page data parses"));
        };
        let text = edited(&pages.page_texts.join("\u{0}"), edits);
        pages.page_texts = text.split('\u{0}').map(str::to_owned).collect();
        for (page, table, row, drop) in rows {
            if let Some(grid) = pages.page_tables.get_mut(page).and_then(|t| t.get_mut(table)) {
                let at = row % grid.len().max(1);
                if drop && at < grid.len() {
                    grid.remove(at);
                } else if let Some(r) = grid.get(at).cloned() {
                    grid.insert(at, r);
                }
            }
        }
        let _ = import_pages(&pages, &ImportOptions::default());
    }
}
