//! The one tokenizer of printed figures: a number as the 说明 prints it (digits, thousands
//! separators, a decimal point, or ∞) and the unit word after it (万元, %, a classifier, a date
//! word, an enumerator's 、). The 说明 reader and the checks both read figures with it.

use rust_decimal::Decimal;

/// The classifier of a count, as the vocabulary knows it (台、套 and 台（套） are one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Classifier {
    /// 个.
    Items,
    /// 人次.
    PersonTimes,
    /// 辆.
    Vehicles,
    /// 台（套）, 台套, 台, 套.
    Sets,
    /// 批次.
    Batches,
    /// 项.
    Entries,
    /// 次.
    Times,
    /// 家.
    Firms,
    /// 人.
    Persons,
}

impl Classifier {
    /// The classifier as findings print it.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Classifier::Items => "个",
            Classifier::PersonTimes => "人次",
            Classifier::Vehicles => "辆",
            Classifier::Sets => "台套",
            Classifier::Batches => "批次",
            Classifier::Entries => "项",
            Classifier::Times => "次",
            Classifier::Firms => "家",
            Classifier::Persons => "人",
        }
    }
}

/// The unit a figure is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// 万元.
    WanYuan,
    /// % or ％.
    Percent,
    /// A count's classifier.
    Count(Classifier),
    /// 年, 年度, 月, 日, 号: a date, not a figure.
    Date,
    /// "1、": an enumerator.
    Enumerator,
    /// Anything else (元, 分, 倍 …): a figure no shape reads.
    Other,
}

/// The unit words after a printed number, each prefix after the longer words it starts
/// (人次 before 人, 台（套） before 台, 年度 before 年).
pub(crate) const UNITS: &[(&str, Unit)] = &[
    ("万元", Unit::WanYuan),
    ("%", Unit::Percent),
    ("％", Unit::Percent),
    ("台（套）", Unit::Count(Classifier::Sets)),
    ("台(套)", Unit::Count(Classifier::Sets)),
    ("台套", Unit::Count(Classifier::Sets)),
    ("人次", Unit::Count(Classifier::PersonTimes)),
    ("批次", Unit::Count(Classifier::Batches)),
    ("辆", Unit::Count(Classifier::Vehicles)),
    ("台", Unit::Count(Classifier::Sets)),
    ("套", Unit::Count(Classifier::Sets)),
    ("个", Unit::Count(Classifier::Items)),
    ("项", Unit::Count(Classifier::Entries)),
    ("次", Unit::Count(Classifier::Times)),
    ("家", Unit::Count(Classifier::Firms)),
    ("人", Unit::Count(Classifier::Persons)),
    ("年度", Unit::Date),
    ("年", Unit::Date),
    ("月", Unit::Date),
    ("日", Unit::Date),
    ("号", Unit::Date),
    ("、", Unit::Enumerator),
];

/// A number printed at a byte offset of a text, and its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scanned {
    /// Where the number ends (its unit starts).
    pub(crate) end: usize,
    /// "∞" rather than digits.
    pub(crate) infinite: bool,
    /// The unit after it.
    pub(crate) unit: Unit,
    /// Where the unit ends.
    pub(crate) unit_end: usize,
}

/// The number printed at byte offset `at` of `text`, if one starts there: digits, with a
/// thousands separator (`,`) or a decimal point (`.`) only between digits, or `∞`; and the unit
/// word after it ([`UNITS`], else [`Unit::Other`]). Never panics, whatever the text.
pub(crate) fn figure_at(text: &str, at: usize) -> Option<Scanned> {
    let rest = text.get(at..)?;
    let first = rest.chars().next()?;
    let len = if first == '∞' {
        first.len_utf8()
    } else if first.is_ascii_digit() {
        let bytes = rest.as_bytes();
        let mut end = 1_usize;
        while let Some(b) = bytes.get(end) {
            let next_digit = bytes
                .get(end.saturating_add(1))
                .is_some_and(u8::is_ascii_digit);
            if b.is_ascii_digit() || (matches!(b, b',' | b'.') && next_digit) {
                end = end.saturating_add(1);
            } else {
                break;
            }
        }
        end
    } else {
        return None;
    };
    let end = at.saturating_add(len);
    let after = text.get(end..).unwrap_or("");
    let (unit, unit_len) = UNITS
        .iter()
        .find(|(word, _)| after.starts_with(word))
        .map_or((Unit::Other, 0), |(word, unit)| (*unit, word.len()));
    Some(Scanned {
        end,
        infinite: first == '∞',
        unit,
        unit_end: end.saturating_add(unit_len),
    })
}

/// What a printed figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An amount in 万元.
    Amount,
    /// A percentage.
    Percent,
    /// A count with its classifier.
    Count(Classifier),
}

/// A printed value: a number, or "∞" (a growth rate from a zero prior year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Printed {
    /// A number as printed (sign included).
    Number(Decimal),
    /// ∞.
    Infinite,
}

/// A figure printed in a text: its kind, value, byte range in the compacted text and the
/// byte offset where its label starts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub(crate) kind: Kind,
    pub(crate) value: Printed,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) label_start: usize,
}

/// The printed figures of a (compacted) text, in order, read by [`figure_at`]. Amounts are
/// figures followed by 万元, percentages by % or ％ (∞ only as a percentage), counts by a
/// classifier; other numbers (years, dates, list numbers, 元 or 分) are no figures. A number
/// after a minus sign (-, －, −) is negative. Never panics, whatever the text.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut label_start = 0;
    let mut at = 0_usize;
    while let Some(rest) = text.get(at..) {
        let Some(c) = rest.chars().next() else { break };
        let Some(scanned) = figure_at(text, at) else {
            at = at.saturating_add(c.len_utf8());
            continue;
        };
        let kind = match scanned.unit {
            Unit::Percent => Some(Kind::Percent),
            Unit::WanYuan if !scanned.infinite => Some(Kind::Amount),
            Unit::Count(c) if !scanned.infinite => Some(Kind::Count(c)),
            _ => None,
        };
        let value = if scanned.infinite {
            Some(Printed::Infinite)
        } else {
            let printed = text.get(at..scanned.end).unwrap_or("");
            let negative = text
                .get(..at)
                .is_some_and(|before| before.ends_with(['-', '－', '−']));
            number(printed, negative).map(Printed::Number)
        };
        match (kind, value) {
            (Some(kind), Some(value)) => {
                out.push(Token {
                    kind,
                    value,
                    start: at,
                    end: scanned.end,
                    label_start,
                });
                at = scanned.unit_end;
                label_start = at;
            }
            _ => at = scanned.end.max(at.saturating_add(1)),
        }
    }
    out
}

/// The value of a printed number (thousands separators dropped), negated after a minus sign.
fn number(printed: &str, negative: bool) -> Option<Decimal> {
    let plain: String = printed.chars().filter(|c| *c != ',').collect();
    let value = plain.parse::<Decimal>().ok()?;
    if negative {
        Decimal::ZERO.checked_sub(value)
    } else {
        Some(value)
    }
}
