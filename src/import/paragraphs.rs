//! Paragraphs from printed lines: the prose of layout text and page texts, wrapped over lines
//! and pages, joined back into the paragraphs the document prints.
//!
//! Body text is justified: every line of a paragraph but its last fills the text width. So a
//! paragraph ends after a line clearly shorter than the text width (the width most wrapped
//! lines have), and before a line that starts a heading ("一、", "（二）", "3、") or is indented
//! as a paragraph's first line (layout text indents it by a few spaces). A line indented far
//! beyond that is a piece of the line before it that text extraction printed apart (a full
//! stop or a clause on a slightly different baseline), and is joined to it. A heading that
//! does not fill its line ("五、一般公共预算财政拨款支出决算情况说明") is a paragraph of its own;
//! one that fills it wraps onto the next line, as numbered paragraphs do. The joined text leaves out the white space extraction put between characters and figures.

use super::text::compact;

/// Leading spaces up to this many indent a paragraph's first line; more set a piece of the
/// line before apart.
const PARAGRAPH_INDENT: usize = 7;

/// The display width of a line without its white space: a full-width character counts two.
fn width(text: &str) -> usize {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if (c as u32) < 0x1100 { 1_usize } else { 2 })
        .fold(0_usize, usize::saturating_add)
}

/// Whether a line ends a sentence.
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['。', '！', '？', '；', '：', '.', ';', ':'])
}

/// The text width of the prose: the width three quarters of the lines that do not end a
/// sentence (wrapped lines) reach. Zero when there are none.
pub(crate) fn full_width<'a>(lines: impl Iterator<Item = &'a str>) -> usize {
    let mut widths: Vec<usize> = lines
        .filter(|t| !ends_sentence(t))
        .map(width)
        .filter(|w| *w > 0)
        .collect();
    widths.sort_unstable();
    let at = widths.len().saturating_mul(3) / 4;
    widths
        .get(at.min(widths.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0)
}

/// Leading spaces of a line.
fn indent(text: &str) -> usize {
    text.chars().take_while(|c| *c == ' ').count()
}

/// Whether a line starts with a heading's enumerator: "一、", "（二）", "(3)", "4、", "5．".
fn starts_heading(text: &str) -> bool {
    let t = compact(text);
    if let Some(inner) = t.strip_prefix(['（', '(']) {
        let numeral: String = inner
            .chars()
            .take_while(|c| *c != '）' && *c != ')')
            .collect();
        return !numeral.is_empty()
            && numeral.chars().count() <= 4
            && numeral.chars().all(|c| is_numeral(c) || c.is_ascii_digit())
            && inner
                .get(numeral.len()..)
                .is_some_and(|r| r.starts_with(['）', ')']));
    }
    let numeral: String = t
        .chars()
        .take_while(|c| is_numeral(*c) || c.is_ascii_digit())
        .collect();
    !numeral.is_empty()
        && numeral.chars().count() <= 4
        && (numeral.chars().all(is_numeral) || numeral.chars().all(|c| c.is_ascii_digit()))
        && t.get(numeral.len()..)
            .is_some_and(|r| r.starts_with(['、', '．']))
}

fn is_numeral(c: char) -> bool {
    "一二三四五六七八九十百".contains(c)
}

/// Joins a run of printed lines (line number, text with its indentation) into paragraphs (the
/// line each starts on, its text), given the text width `full` (see [`full_width`]).
pub(crate) fn join(run: &[(usize, &str)], full: usize) -> Vec<(usize, String)> {
    // The printed lines, with the pieces extraction set apart joined back.
    let mut visual: Vec<(usize, usize, String)> = Vec::new();
    for (number, text) in run {
        let piece = compact(text);
        if piece.is_empty() {
            continue;
        }
        match visual.last_mut() {
            Some(last) if indent(text) > PARAGRAPH_INDENT && !starts_heading(text) => {
                last.2.push_str(&piece);
            }
            _ => visual.push((*number, indent(text), piece.into_owned())),
        }
    }
    // A line clearly shorter than the text width ends its paragraph; with no wrapped line to
    // tell the width, every line is a paragraph.
    let short = |t: &str| full == 0 || width(t).saturating_mul(100) < full.saturating_mul(85);
    let mut paragraphs: Vec<(usize, String)> = Vec::new();
    let mut open = false;
    for (number, indent, text) in visual {
        let starts = starts_heading(&text) || (1..=PARAGRAPH_INDENT).contains(&indent);
        match paragraphs.last_mut() {
            Some(last) if open && !starts => last.1.push_str(&text),
            _ => paragraphs.push((number, text.clone())),
        }
        // A heading ends with its line when it is short; one that fills the line wraps
        // ("3、一般公共服务支出（类）社会工作事务（款）其他社会工作 / 事务支出（项）。…").
        open = !short(&text);
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_joined_into_paragraphs() {
        let run = [
            (1, "   一、收入支出决算总体情况说明"),
            (
                2,
                "   中共上海市普陀区委社会工作部 2024 年度收入支出总计 307.82",
            ),
            (
                3,
                "万元。与 2023 年度相比，收入支出总计增加 307.82 万元，增长",
            ),
            (4, "100.00%。主要原因：单位成立。"),
            (
                5,
                "  1、一般公共服务支出（类）社会工作事务（款）行政运行（项）",
            ),
            (6, "                              。"),
            (
                7,
                "主要用于：行政单位人员支出、公用支出。全年预算为 52.00 万元，",
            ),
            (8, "支出决算为 0.49 万元。"),
            (9, "             决算数小于全年预算数的主要原因：单位 2024"),
            (10, "年新成立。"),
            (
                11,
                "  3、一般公共服务支出（类）社会工作事务（款）其他社会工作",
            ),
            (12, "事务支出（项）。主要用于：新建部门开办费。"),
            (13, "  （二）政府采购支出情况"),
            (14, "  本年度政府采购支出 0 万元。"),
        ];
        let full = full_width(run.iter().map(|(_, t)| *t));
        assert_eq!(full, 57);
        let got = join(&run, full);
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "一、收入支出决算总体情况说明",
                "中共上海市普陀区委社会工作部2024年度收入支出总计307.82万元。与2023年度相比，收入支出总计增加307.82万元，增长100.00%。主要原因：单位成立。",
                "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：行政单位人员支出、公用支出。全年预算为52.00万元，支出决算为0.49万元。决算数小于全年预算数的主要原因：单位2024年新成立。",
                "3、一般公共服务支出（类）社会工作事务（款）其他社会工作事务支出（项）。主要用于：新建部门开办费。",
                "（二）政府采购支出情况",
                "本年度政府采购支出0万元。",
            ]
        );
        assert_eq!(
            got.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            [1, 2, 5, 11, 13, 14]
        );
    }

    #[test]
    fn headings_and_figures() {
        assert!(starts_heading("（三）一般公共预算"));
        assert!(starts_heading("12、其他"));
        assert!(!starts_heading("307.82 万元"));
        assert!(!starts_heading("2024 年度"));
        assert_eq!(join(&[], 0), Vec::new());
        let sentences = join(&[(1, "本年无此项支出。"), (2, "本年无政府采购。")], 0);
        assert_eq!(sentences.len(), 2);
    }

    proptest::proptest! {
        /// Law: joining loses, adds and reorders no printed character (white space aside), and
        /// every paragraph starts on one of the run's lines, in order.
        #[test]
        fn joining_keeps_every_character_in_order(
            lines in proptest::collection::vec(
                (0_usize..20, "[一二1（）、。，：万元0-9.a ]{0,40}"),
                0..30,
            ),
        ) {
            let texts: Vec<String> = lines
                .iter()
                .map(|(indent, text)| format!("{}{text}", " ".repeat(*indent)))
                .collect();
            let run: Vec<(usize, &str)> = texts.iter().map(String::as_str).zip(1_usize..).map(|(t, n)| (n, t)).collect();
            let full = full_width(run.iter().map(|(_, t)| *t));
            let got = join(&run, full);
            let joined: String = got.iter().map(|(_, t)| t.as_str()).collect();
            let printed: String = texts.iter().map(|t| compact(t).into_owned()).collect();
            proptest::prop_assert_eq!(joined, printed);
            let starts: Vec<usize> = got.iter().map(|(n, _)| *n).collect();
            proptest::prop_assert!(starts.windows(2).all(|w| w[0] < w[1]));
            proptest::prop_assert!(starts.iter().all(|n| (1..=run.len()).contains(n)));
            proptest::prop_assert!(got.iter().all(|(_, t)| !t.is_empty()));
        }
    }
}
