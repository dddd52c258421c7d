//! `--catalog FILE`: a functional classification catalog (政府收支分类科目) from its published
//! text, as the Ministry's spreadsheets export it: one `code,name` row per line, comma or tab
//! separated. A header row ("科目编码,科目名称"), empty lines, lines starting with `#` and
//! columns after the name are skipped; quotes around a cell and spaces inside a code
//! ("208 05 05") are dropped. The rows go through `FunctionCatalog::from_rows`, so a malformed
//! code, a duplicate or a 项 without its 款 is reported with its row.
//!
//! Kept small on purpose: when the library reads catalogs from text itself, this file becomes a
//! call to it.

use final_accounts::classification::{Completeness, FunctionCatalog};

/// The `(line, code, name)` rows of a catalog's text.
///
/// # Errors
///
/// A line with a code but no name, named by its line number.
pub fn rows(text: &str) -> Result<Vec<(usize, String, String)>, String> {
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cells = line
            .split(['\t', ','])
            .map(|c| c.trim().trim_matches('"').trim());
        let code: String = cells
            .next()
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if !code.starts_with(|c: char| c.is_ascii_digit()) {
            // A header row ("科目编码,科目名称") or a caption.
            continue;
        }
        let name = cells.next().unwrap_or_default();
        if name.is_empty() {
            return Err(format!("line {number}: the code {code} has no name"));
        }
        rows.push((number, code, name.to_owned()));
    }
    Ok(rows)
}

/// Builds the catalog of edition `year` from `text` (the file `name`), complete: a code it does
/// not list is an error of the document.
///
/// # Errors
///
/// A message naming the file, and the line or row of every problem.
pub fn read(name: &str, text: &str, year: u16) -> Result<FunctionCatalog, String> {
    let rows = rows(text).map_err(|e| format!("{name}: {e}"))?;
    if rows.is_empty() {
        return Err(format!(
            "{name}: no catalog row (code,name per line, comma or tab separated)"
        ));
    }
    FunctionCatalog::from_rows(
        year,
        Completeness::Complete,
        rows.into_iter().map(|(_, code, name)| (code, name)),
    )
    .map_err(|e| format!("{name} is not a valid catalog: {e}"))
}
