//! A disclosure as printed, as one self-contained HTML page, and an audit report on it
//! (feature `html`).
//!
//! [`disclosure_page`] lays a [`Disclosure`] out as its profile's template prints it: the
//! document's titles and part headings in order (the 概况 heading where the document has
//! one), each table with its printed header (spanning cells, 栏次), its stub (科目代码 and
//! 科目名称, or 项目 and 行次), both sides of 公开01表 and 公开04表 side by side, the blocks of
//! 公开06表 next to each other, every cell as printed (blank, 0.00 and —— stay distinct), the
//! notes under the tables; the 说明 under its headings; the self-evaluation forms. It prints to
//! A4 from a browser.
//!
//! [`report_page`] is the same page with an audit [`Report`] on it: a summary and the list of
//! findings on top, the cells of each failing relation outlined (red for errors, orange for
//! warnings), rounding tails in grey, each 说明 claim marked as agreeing with the tables or
//! not, each form's formula scores beside the stated ones; clicking a finding highlights its
//! cells. Every cell carries the key of its place ([`place_key`]) in a `data-place`
//! attribute, and every finding lists the keys its places resolve to, so a reader (or a test)
//! can check that the marks are where the findings say.
//!
//! The page loads nothing: no font, stylesheet, script or image from anywhere, and its
//! Content-Security-Policy forbids every network load. Text is escaped by
//! [maud](https://docs.rs/maud), which builds the page; the library writes no file.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use final_accounts::audit::audit;
//! use final_accounts::disclosure::Disclosure;
//! use final_accounts::finding::Lang;
//! use final_accounts::html::{disclosure_page, report_page};
//!
//! let json = include_str!("../../tests/fixtures/datong-hrss-2023.json");
//! let disclosure: Disclosure = serde_json::from_str(json).unwrap();
//! let page = disclosure_page(&disclosure, Lang::Zh);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("收入支出决算总表"));
//! // The income side's 一般公共预算财政拨款收入, as printed.
//! assert!(page.contains(r#"data-place="income_expenditure|general_budget|income">1,735.92<"#));
//!
//! let report = audit(&disclosure);
//! let page = report_page(&report, Lang::En);
//! assert!(page.contains("9 errors, 15 warnings, 49 info"));
//! # }
//! ```

mod forms;
mod grid;
mod marks;
mod page;
mod tables;

pub use marks::place_key;

use crate::audit::Report;
use crate::disclosure::Disclosure;
use crate::finding::Lang;

/// The disclosure laid out as printed, as a self-contained HTML page; labels the page adds
/// (not the document's own words) in `lang`.
///
/// ```
/// use final_accounts::disclosure::Disclosure;
/// use final_accounts::finding::Lang;
/// use final_accounts::html::disclosure_page;
/// use final_accounts::money::MoneyUnit;
/// use final_accounts::tables::{IncomeTable, TableMeta};
///
/// let table = IncomeTable::new(TableMeta::new("收入决算表", MoneyUnit::WanYuan), vec![])?;
/// let d = Disclosure::builder("某<单位>", 2024).income(table).build()?;
/// let page = disclosure_page(&d, Lang::Zh);
/// assert!(page.contains("某&lt;单位&gt;"), "text is escaped");
/// assert!(page.contains("default-src 'none'"), "the page may load nothing");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn disclosure_page(disclosure: &Disclosure, lang: Lang) -> String {
    page::render(disclosure, None, lang)
}

/// The audited disclosure laid out as printed, with the report's findings on it, as a
/// self-contained HTML page; labels and messages in `lang`.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use final_accounts::audit::audit;
/// use final_accounts::disclosure::Disclosure;
/// use final_accounts::finding::Lang;
/// use final_accounts::html::report_page;
///
/// let json = include_str!("../../tests/fixtures/datong-hrss-2023.json");
/// let disclosure: Disclosure = serde_json::from_str(json).unwrap();
/// let page = report_page(&audit(&disclosure), Lang::Zh);
/// assert!(page.contains("错误9项，警告15项，提示49项"));
/// // The 208 row of 公开02表 ends in a rounding tail: its total cell is grey.
/// assert!(page.contains(r#"data-place="income|208|total""#));
/// # }
/// ```
#[must_use]
pub fn report_page(report: &Report<'_>, lang: Lang) -> String {
    page::render(report.disclosure(), Some(report), lang)
}
