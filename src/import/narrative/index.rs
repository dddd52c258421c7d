//! The reader's index of the vocabulary: the phrases by their first character, and the
//! 类/款/项 names the disclosure's tables print.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Family;
use crate::classification::FunctionCode;
use crate::disclosure::Disclosure;
use crate::narrative::vocabulary::{LEVEL_MARKERS, Subject, shape_starts};

/// A 类/款/项 row of a table: its code and printed name (normalized).
#[derive(Debug, Clone)]
struct ClassRow {
    code: FunctionCode,
    name: Vec<char>,
}

/// The index: the fixed phrases, indexed by their first character, and the 类/款/项 names
/// of the tables.
pub(super) struct Index {
    phrases: &'static PhraseIndex,
    classes: Vec<(Family, Vec<ClassRow>)>,
    /// Every character a token can start with, sorted: the reader passes any other at once.
    pub(super) starts: Vec<char>,
    /// The first characters of the 类/款/项 names, sorted.
    class_starts: Vec<char>,
}

/// Phrases (normalized) and what they name, indexed by their first character.
type PhraseIndex = HashMap<char, Vec<(Vec<char>, Subject)>>;

/// The fixed phrases, normalized and indexed by their first character (built once).
static PHRASES: LazyLock<PhraseIndex> = LazyLock::new(|| {
    let mut phrases: PhraseIndex = HashMap::new();
    for (phrase, subject) in crate::narrative::vocabulary::phrases() {
        let chars = normalize(phrase);
        if let Some(first) = chars.first() {
            phrases.entry(*first).or_default().push((chars, subject));
        }
    }
    phrases
});

/// The first characters of the reader's other tokens besides the words of the shapes
/// ([`shape_starts`]): figures, punctuation and remarks.
const TOKEN_STARTS: &str = "0123456789∞，；。、：！？（";

impl Index {
    pub(super) fn new(disclosure: &Disclosure) -> Index {
        let phrases = &*PHRASES;
        let rows = |rows: &mut dyn Iterator<Item = (Option<FunctionCode>, &str)>| {
            rows.filter_map(|(code, name)| {
                Some(ClassRow {
                    code: code?,
                    name: normalize(name),
                })
            })
            .filter(|r| !r.name.is_empty())
            .collect::<Vec<_>>()
        };
        let mut classes = Vec::new();
        if let Some(t) = disclosure.general_budget() {
            let mut it = t.rows().iter().map(|r| (r.code_of(), r.name()));
            classes.push((Family::GeneralPublic, rows(&mut it)));
        }
        if let Some(t) = disclosure.government_fund() {
            let mut it = t.rows().iter().map(|r| (r.code_of(), r.name()));
            classes.push((Family::GovernmentFund, rows(&mut it)));
        }
        if let Some(t) = disclosure.state_capital() {
            let mut it = t.rows().iter().map(|r| (r.code_of(), r.name()));
            classes.push((Family::StateCapital, rows(&mut it)));
        }
        let mut class_starts: Vec<char> = classes
            .iter()
            .flat_map(|(_, rows)| rows.iter().filter_map(|r| r.name.first().copied()))
            .collect();
        class_starts.sort_unstable();
        class_starts.dedup();
        let mut starts: Vec<char> = TOKEN_STARTS.chars().chain(shape_starts()).collect();
        starts.extend(phrases.keys().copied());
        starts.extend(class_starts.iter().copied());
        starts.sort_unstable();
        starts.dedup();
        Index {
            phrases,
            classes,
            starts,
            class_starts,
        }
    }

    /// The longest fixed phrase at `at`: its length and subject.
    pub(super) fn phrase(&self, chars: &[char], at: usize) -> Option<(usize, Subject)> {
        let first = chars.get(at)?;
        let rest = chars.get(at..)?;
        self.phrases
            .get(first)?
            .iter()
            .filter(|(p, _)| rest.starts_with(p))
            .max_by_key(|(p, _)| p.len())
            .map(|(p, s)| (p.len(), *s))
    }

    /// A fixed phrase by its exact text.
    pub(super) fn exact(&self, phrase: &[char]) -> Option<Subject> {
        self.phrases
            .get(phrase.first()?)?
            .iter()
            .find(|(p, _)| p.as_slice() == phrase)
            .map(|(_, s)| *s)
    }

    /// The 类 (款, 项) path at `at` in the table of `family`: "社会保障和就业支出(类)",
    /// "一般公共服务支出（类）社会工作事务（款）行政运行（项）". Its length and subject.
    pub(super) fn class(
        &self,
        chars: &[char],
        at: usize,
        family: Family,
    ) -> Option<(usize, Subject)> {
        let rows = &self.classes.iter().find(|(f, _)| *f == family)?.1;
        let rest = chars.get(at..)?;
        let mut end = 0_usize;
        let mut code: Option<FunctionCode> = None;
        for (marker, level) in LEVEL_MARKERS {
            let here = rest.get(end..)?;
            let found = rows
                .iter()
                .filter(|r| r.code.level() == level)
                .filter(|r| code.is_none_or(|parent| r.code.parent() == Some(parent)))
                .filter(|r| here.starts_with(&r.name))
                .max_by_key(|r| r.name.len());
            let Some(row) = found else { break };
            // Two rows of the same level with the same name: the phrase names neither.
            let same = rows
                .iter()
                .filter(|r| r.code.level() == level && r.name == row.name)
                .filter(|r| code.is_none_or(|parent| r.code.parent() == Some(parent)))
                .count();
            if same > 1 {
                break;
            }
            code = Some(row.code);
            end = end.saturating_add(row.name.len());
            let marker: Vec<char> = marker.chars().collect();
            if rest.get(end..).is_some_and(|r| r.starts_with(&marker)) {
                end = end.saturating_add(marker.len());
            }
        }
        let code = code?;
        // The path goes on with a level marker the rows above did not reach: it names a row
        // the table does not print (or not under that parent), and so no row at all.
        let tail = rest.get(end..).unwrap_or_default();
        let stop = tail
            .iter()
            .position(|c| c.is_ascii_digit() || matches!(c, '，' | '；' | '。' | '：' | '、'))
            .unwrap_or(tail.len());
        let markers: [Vec<char>; 3] = LEVEL_MARKERS.map(|(m, _)| m.chars().collect());
        let last_marker = (0..stop).rev().find_map(|i| {
            markers
                .iter()
                .find(|m| tail.get(i..).is_some_and(|t| t.starts_with(m)))
                .map(|m| i.saturating_add(m.len()))
        });
        match last_marker {
            Some(after) => Some((end.saturating_add(after), Subject::Partial)),
            None => Some((end, Subject::Figure(family.figure(code)))),
        }
    }

    /// The subject at `at`: the longest of the fixed phrases and the 类/款/项 names.
    pub(super) fn subject(
        &self,
        chars: &[char],
        at: usize,
        family: Option<Family>,
    ) -> Option<(usize, Subject)> {
        let fixed = self.phrase(chars, at);
        let starts_class = chars
            .get(at)
            .is_some_and(|c| self.class_starts.binary_search(c).is_ok());
        let class = family
            .filter(|_| starts_class)
            .and_then(|f| self.class(chars, at, f));
        match (fixed, class) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// The first subject a heading names.
    pub(super) fn first_subject(&self, title: &str, family: Option<Family>) -> Option<Subject> {
        let chars = normalize(title);
        (0..chars.len()).find_map(|at| self.subject(&chars, at, family).map(|(_, s)| s))
    }
}

/// The text as the reader compares it: no white space, parentheses, colons, semicolons and
/// percent signs full width or ASCII as the templates print them, quotes as `"`, a comma
/// between digits kept (a thousands separator) and any other comma full width.
pub(super) fn normalize(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::with_capacity(chars.len());
    for (i, c) in chars.iter().enumerate() {
        let digit_at = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(char::is_ascii_digit)
        };
        out.push(match c {
            '(' => '（',
            ')' => '）',
            ':' => '：',
            ';' => '；',
            '％' => '%',
            '“' | '”' | '＂' => '"',
            '．' => '.',
            ',' if !(digit_at(i.checked_sub(1)) && digit_at(i.checked_add(1))) => '，',
            // "2，076.12": a full-width comma between a digit and a group of three is a
            // thousands separator.
            '，' if digit_at(i.checked_sub(1))
                && (1..=3).all(|k| digit_at(i.checked_add(k)))
                && !digit_at(i.checked_add(4)) =>
            {
                ','
            }
            '０'..='９' => {
                let offset = u32::from(*c).saturating_sub(u32::from('０'));
                char::from_digit(offset, 10).unwrap_or(*c)
            }
            other => *other,
        });
    }
    out
}
