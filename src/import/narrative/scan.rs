//! One statement read left to right: subjects, fillers, figures.

use super::Section;
use super::index::{Index, normalize};
use super::shapes::Marker;
use crate::narrative::vocabulary::{
    DESCRIPTIONS, ELLIPTIC, FILLERS, GRADE_BEFORE, LEVEL_MARKERS, NIL, NIL_OF_SECTION, QUALIFIERS,
    REASON, Subject, Unit, figure_at,
};
use crate::narrative::{ChangeWord, Claim, FigureRef};

/// A change being read: its figures, word and amount; the rate may follow.
#[derive(Debug)]
pub(super) struct PendingChange {
    pub(super) figures: Vec<FigureRef>,
    pub(super) word: ChangeWord,
    pub(super) amount: Option<String>,
}

/// One statement being read.
pub(super) struct Scan<'v, 's> {
    pub(super) index: &'v Index,
    pub(super) section: &'s mut Section,
    pub(super) chars: Vec<char>,
    /// The same text as a string, and the byte offset of each of its characters (and of its
    /// end): where the tokenizer of printed figures reads.
    printed: String,
    offsets: Vec<usize>,
    pub(super) pos: usize,
    /// The end of the last token read: what lies between it and a figure must be filler.
    pub(super) anchor: usize,
    /// Where the current clause starts, and where the subject was named.
    pub(super) clause_start: usize,
    pub(super) subject_at: usize,
    pub(super) subject: Option<Subject>,
    pub(super) qualifier: Option<&'static str>,
    pub(super) marker: Option<Marker>,
    pub(super) initial_budget: Option<String>,
    pub(super) full_budget: Option<String>,
    pub(super) pending: Option<PendingChange>,
    pub(super) claims: Vec<Claim>,
    pub(super) unread: Vec<String>,
    /// Rates printed without "%", read as rates.
    pub(super) percent_missing: Vec<String>,
    pub(super) reason: Option<String>,
}

impl<'v, 's> Scan<'v, 's> {
    pub(super) fn new(index: &'v Index, section: &'s mut Section, text: &str) -> Scan<'v, 's> {
        let chars = normalize(text);
        let printed: String = chars.iter().collect();
        let mut offsets: Vec<usize> = printed.char_indices().map(|(at, _)| at).collect();
        offsets.push(printed.len());
        Scan {
            index,
            section,
            chars,
            printed,
            offsets,
            pos: 0,
            anchor: 0,
            clause_start: 0,
            subject_at: 0,
            subject: None,
            qualifier: None,
            marker: None,
            initial_budget: None,
            full_budget: None,
            pending: None,
            claims: Vec::new(),
            unread: Vec::new(),
            percent_missing: Vec::new(),
            reason: None,
        }
    }

    /// The character at byte offset `byte` of the text.
    fn char_at(&self, byte: usize) -> usize {
        self.offsets
            .binary_search(&byte)
            .unwrap_or_else(|index| index)
    }

    pub(super) fn at(&self, word: &str) -> bool {
        self.at_index(self.pos, word)
    }

    /// Whether `word` is printed at `index`.
    pub(super) fn at_index(&self, index: usize, word: &str) -> bool {
        let mut i = index;
        for c in word.chars() {
            if self.chars.get(i) != Some(&c) {
                return false;
            }
            i = i.saturating_add(1);
        }
        true
    }

    pub(super) fn text(&self, from: usize, to: usize) -> String {
        self.chars
            .get(from..to.min(self.chars.len()))
            .map(|s| s.iter().collect())
            .unwrap_or_default()
    }

    /// The index of the next char in `stops` at or after `from` (the end if none).
    pub(super) fn next_of(&self, from: usize, stops: &[char]) -> usize {
        (from..self.chars.len())
            .find(|i| self.chars.get(*i).is_some_and(|c| stops.contains(c)))
            .unwrap_or(self.chars.len())
    }

    pub(super) fn run(&mut self) {
        while let Some(c) = self.chars.get(self.pos) {
            if self.index.starts.binary_search(c).is_err() {
                self.pos = self.pos.saturating_add(1);
                continue;
            }
            if self.skip_reason() || self.skip_description() {
                continue;
            }
            if self.read_nil() || self.read_grade_marker() {
                continue;
            }
            if let Some((len, subject)) =
                self.index
                    .subject(&self.chars, self.pos, self.section.family)
            {
                let phrase: Vec<char> = self
                    .chars
                    .get(self.pos..self.pos.saturating_add(len))
                    .map(<[char]>::to_vec)
                    .unwrap_or_default();
                self.pos = self.pos.saturating_add(len);
                if subject == Subject::Partial {
                    self.unread.push(phrase.iter().collect());
                }
                self.set_subject(&phrase, subject);
                continue;
            }
            if self.read_keyword() {
                continue;
            }
            if self.read_number() {
                continue;
            }
            let c = self.chars.get(self.pos).copied().unwrap_or_default();
            self.pos = self.pos.saturating_add(1);
            if matches!(c, '，' | '；' | '。' | '、' | '：' | '！' | '？') {
                self.anchor = self.pos;
                self.clause_start = self.pos;
                self.marker = None;
                if matches!(c, '；' | '。') {
                    self.finish_change();
                }
            } else if c == '（' {
                // A remark in parentheses without figures is filler.
                let open = self.pos.saturating_sub(1);
                let close = self.next_of(self.pos, &['）']);
                let remark = self.text(self.pos, close);
                if close < self.chars.len()
                    && LEVEL_MARKERS
                        .iter()
                        .any(|(m, _)| m.trim_matches(['（', '）']) == remark)
                {
                    // A level marker no path of the table's rows reached: what it marks is
                    // no printed row, and the figures after it belong to none.
                    let from = self.clause_start.max(self.subject_at).min(open);
                    let path: Vec<char> = self
                        .chars
                        .get(from..close.saturating_add(1))
                        .map(<[char]>::to_vec)
                        .unwrap_or_default();
                    self.pos = close.saturating_add(1);
                    self.unread.push(path.iter().collect());
                    self.set_subject(&path, Subject::Partial);
                    continue;
                }
                if close < self.chars.len() && !remark.chars().any(|c| c.is_ascii_digit()) {
                    if self.gap_is_filler(self.anchor, open) {
                        self.anchor = close.saturating_add(1);
                    }
                    self.pos = close.saturating_add(1);
                }
            }
        }
        self.finish_change();
    }

    /// 主要原因…: the reason, to the end of its sentence; not read for claims.
    pub(super) fn skip_reason(&mut self) -> bool {
        if !self.at(REASON) {
            return false;
        }
        let start = self.pos.saturating_add(REASON.chars().count());
        let end = self.next_of(start, &['。', '；']);
        if self.reason.is_none() {
            let text = self.text(start, end);
            let text = text
                .trim_start_matches('是')
                .trim_start_matches(['：', '，']);
            let text = text.trim_end_matches(['，', '、']);
            if !text.is_empty() {
                self.reason = Some(text.to_owned());
            }
        }
        self.pos = end;
        true
    }

    /// 主要用于…, 主要包括…, 用于…, 主要是…: a description, to the end of its clause.
    pub(super) fn skip_description(&mut self) -> bool {
        let Some(word) = DESCRIPTIONS.iter().copied().find(|w| self.at(w)) else {
            return false;
        };
        let start = self.pos.saturating_add(word.chars().count());
        // "主要用于：…" describes up to the end of its clause; "主要用于以下方面：" introduces
        // the statements after its colon.
        let colon = self.next_of(start, &['：', '，', '；', '。']);
        self.pos = if self.chars.get(colon) == Some(&'：') && colon > start {
            colon
        } else {
            self.next_of(start, &['，', '；', '。'])
        };
        true
    }

    /// 无此项支出 (the chapter's figure), 无<subject>: nil claims.
    pub(super) fn read_nil(&mut self) -> bool {
        if !self.at(NIL) {
            return false;
        }
        let after = self.pos.saturating_add(NIL.chars().count());
        let ends_clause = |at: usize| {
            self.chars
                .get(at)
                .is_none_or(|c| matches!(c, '，' | '；' | '。'))
        };
        for this in NIL_OF_SECTION {
            let len = this.chars().count();
            let matches = self
                .chars
                .get(after..after.saturating_add(len))
                .is_some_and(|s| s.iter().copied().eq(this.chars()));
            if matches && ends_clause(after.saturating_add(len)) {
                if let Some(main) = self.section.main {
                    self.finish_change();
                    for figure in main.amounts() {
                        self.claims.push(Claim::nil(figure));
                    }
                    self.pos = after.saturating_add(len);
                    self.anchor = self.pos;
                    return true;
                }
                return false;
            }
        }
        if let Some((len, subject)) = self.index.subject(&self.chars, after, self.section.family) {
            let end = after.saturating_add(len);
            let clause_end = self.next_of(end, &['，', '；', '。']);
            if self.gap_is_filler(end, clause_end) && !subject.amounts().is_empty() {
                self.finish_change();
                for figure in subject.amounts() {
                    self.claims.push(Claim::nil(figure));
                }
                self.pos = clause_end;
                self.anchor = clause_end;
                return true;
            }
        }
        false
    }

    /// 评级为“优”的项目 / 等级为“优”的项目: the grade of the count that follows.
    pub(super) fn read_grade_marker(&mut self) -> bool {
        let Some(word) = GRADE_BEFORE.iter().copied().find(|w| self.at(w)) else {
            return false;
        };
        let start = self.pos.saturating_add(word.chars().count());
        let close = self.next_of(start, &['"']);
        let grade = self.text(start, close);
        let after = close.saturating_add(1);
        if close < self.chars.len() && self.at_index(after, "的项目") {
            self.pos = after.saturating_add(3);
            self.anchor = self.pos;
            self.marker = Some(Marker::Grade(grade));
            return true;
        }
        false
    }

    pub(super) fn set_subject(&mut self, phrase: &[char], subject: Subject) {
        let text: String = phrase.iter().collect();
        let qualifier = QUALIFIERS.iter().copied().find(|q| text.starts_with(q));
        let mut subject = subject;
        if qualifier.is_none()
            && ELLIPTIC.contains(&text.as_str())
            && let Some(q) = self.qualifier
        {
            let full = normalize(&format!("{q}{text}"));
            if let Some(qualified) = self.index.exact(&full) {
                subject = qualified;
            }
        } else {
            self.qualifier = qualifier;
        }
        if self.subject != Some(subject) {
            self.finish_change();
            self.initial_budget = None;
            self.full_budget = None;
        }
        self.subject = Some(subject);
        self.subject_at = self.pos;
        for figure in subject.amounts() {
            if !self.section.named.contains(&figure) {
                self.section.named.push(figure);
            }
        }
        self.anchor = self.pos;
        self.marker = None;
    }

    /// Whether `from..to` holds only filler words.
    pub(super) fn gap_is_filler(&self, from: usize, to: usize) -> bool {
        let mut i = from;
        'outer: while i < to {
            for filler in FILLERS {
                let len = filler.chars().count();
                let end = i.saturating_add(len);
                if end <= to
                    && self
                        .chars
                        .get(i..end)
                        .is_some_and(|s| s.iter().copied().eq(filler.chars()))
                {
                    i = end;
                    continue 'outer;
                }
            }
            return false;
        }
        true
    }

    /// A figure at `pos`: digits (thousands separators, decimals) or ∞, and its unit.
    pub(super) fn read_number(&mut self) -> bool {
        let start = self.pos;
        let Some(scanned) = self
            .offsets
            .get(start)
            .and_then(|byte| figure_at(&self.printed, *byte))
        else {
            return false;
        };
        let (end, unit) = (self.char_at(scanned.end), scanned.unit);
        let number: String = self
            .chars
            .get(start..end)
            .map(|s| s.iter().filter(|c| **c != ',').collect())
            .unwrap_or_default();
        // "076": not how a figure is printed (a figure split by a separator the reader does
        // not know): not read.
        let leading_zero =
            number.starts_with('0') && number.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
        self.pos = self.char_at(scanned.unit_end);
        match unit {
            Unit::Date | Unit::Enumerator => {
                self.anchor = self.pos;
                return true;
            }
            _ => {}
        }
        // A figure after a rate's word (增长, 下降, 占比, 完成…的) that ends its clause with no
        // unit at all ("增长13.95，"): a rate whose "%" is missing. Read as the rate it can
        // only be, and reported; a figure with any other word after it ("增长1倍") is not.
        let unit = if unit == Unit::Other
            && self
                .chars
                .get(end)
                .is_none_or(|c| matches!(c, '，' | '；' | '。' | '、' | '）'))
            && matches!(
                self.marker,
                Some(
                    Marker::Change(ChangeWord::Grow | ChangeWord::Decline)
                        | Marker::Share(_)
                        | Marker::Completion(_)
                )
            ) {
            self.percent_missing.push(self.text(self.clause_start, end));
            Unit::Percent
        } else {
            unit
        };
        let gap = !leading_zero && self.gap_is_filler(self.anchor, start);
        let marker = self.marker.take();
        // An amount opening a clause with no word at all takes no subject from an earlier
        // clause ("…，12万元"): its subject is not printed.
        let orphan = unit == Unit::WanYuan
            && marker.is_none()
            && start == self.clause_start
            && self.subject_at < self.clause_start;
        let read = gap && !orphan && self.figure(&number, unit, marker);
        if !read {
            let from = (0..start)
                .rev()
                .find(|i| {
                    self.chars
                        .get(*i)
                        .is_some_and(|c| matches!(c, '，' | '；' | '。' | '：'))
                })
                .map_or(0, |i| i.saturating_add(1));
            let to = self.next_of(self.pos, &['，', '；', '。']);
            self.unread.push(self.text(from, to));
        }
        self.anchor = self.pos;
        true
    }
}
