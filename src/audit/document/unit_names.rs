//! The unit's name: the same in every title, banner and note.

use super::{UNIT_NAME_TEXT, document};
use crate::audit::Finding;
use crate::disclosure::Disclosure;
use crate::finding::{Figure, Place, Template};

/// The last character of a place name: 上海市, 普陀区, 山西省, 内蒙古自治区 …
const PLACE_ENDS: [char; 7] = ['省', '市', '区', '县', '州', '旗', '盟'];

/// Characters that may stand right before a unit's name in a sentence (经、由、据 …).
const LEADS: &str = "经由据为是向对在和与及将把被了的从按";

/// A character compared as another: 与 for 和, full-width brackets as ASCII.
fn folded(c: char) -> char {
    match c {
        '与' => '和',
        '（' => '(',
        '）' => ')',
        _ => c,
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The unit's name split into its prefix segments (中共, each place, 委) and where its core
/// (the name proper: 社会工作部, 人力资源和社会保障局) starts. A place is three to eight
/// characters ending in 省/市/区/县/州/旗/盟 (longer ones only as 自治区/州/县); the core keeps
/// at least three characters.
fn split_unit(unit: &[char]) -> (Vec<core::ops::Range<usize>>, usize) {
    let mut segments = Vec::new();
    let mut at = 0_usize;
    let starts = |prefix: &str| {
        let p: Vec<char> = prefix.chars().collect();
        unit.get(..p.len()) == Some(p.as_slice())
    };
    let party = if starts("中国共产党") {
        5
    } else if starts("中共") {
        2
    } else {
        0
    };
    if party > 0 {
        segments.push(0..party);
        at = party;
    }
    loop {
        let rest = unit.get(at..).unwrap_or_default();
        let place = (3_usize..=8).find(|&len| {
            rest.len() >= len.saturating_add(3)
                && rest
                    .get(len.saturating_sub(1))
                    .is_some_and(|c| PLACE_ENDS.contains(c))
                && (len <= 4
                    || rest
                        .get(len.saturating_sub(3)..len)
                        .is_some_and(|s| s.starts_with(&['自', '治'])))
        });
        let Some(len) = place else { break };
        segments.push(at..at.saturating_add(len));
        at = at.saturating_add(len);
    }
    if party > 0 && unit.get(at) == Some(&'委') && unit.len() >= at.saturating_add(4) {
        segments.push(at..at.saturating_add(1));
        at = at.saturating_add(1);
    }
    (segments, at)
}

/// The names of the unit in `text` printed otherwise than `unit`: each as printed. `strict`
/// (titles, banners, headings, which name the unit itself) reports the core with any other
/// prefix; otherwise (the 说明) a core preceded by another place names another unit.
#[cfg(test)]
pub(super) fn other_names(text: &str, unit: &str, strict: bool) -> Vec<String> {
    UnitName::new(unit).others(text, strict)
}

/// The unit's name split once into its prefix segments (party, places) and its core, for
/// [`UnitName::others`] over every line of a document.
struct UnitName<'a> {
    unit: &'a str,
    chars: Vec<char>,
    segments: Vec<core::ops::Range<usize>>,
    core_at: usize,
}

impl<'a> UnitName<'a> {
    fn new(unit: &'a str) -> UnitName<'a> {
        let chars: Vec<char> = unit.chars().filter(|c| !c.is_whitespace()).collect();
        let (segments, core_at) = split_unit(&chars);
        UnitName {
            unit,
            chars,
            segments,
            core_at,
        }
    }

    /// The names of the unit in `text` printed otherwise than the unit's name: each as
    /// printed (see the module's unit-name rule).
    fn others(&self, text: &str, strict: bool) -> Vec<String> {
        let (unit, u, segments, core_at) = (self.unit, &self.chars, &self.segments, self.core_at);
        let core = u.get(core_at..).unwrap_or_default();
        let mut found: Vec<String> = Vec::new();
        // A text without the core's first character names no unit: most lines, unread.
        let Some(first) = core.first().map(|c| folded(*c)) else {
            return found;
        };
        if core.len() < 3 || !text.chars().any(|c| folded(c) == first) {
            return found;
        }
        let t: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        if t.len() < core.len() {
            return found;
        }
        let same = |a: &[char], b: &[char]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| folded(*x) == folded(*y))
        };
        for i in 0..=t.len().saturating_sub(core.len()) {
            let end = i.saturating_add(core.len());
            let Some(printed_core) = t.get(i..end) else {
                continue;
            };
            if !same(printed_core, core) {
                continue;
            }
            // The whole name at this place.
            if let Some(whole) = i.checked_sub(core_at).and_then(|from| t.get(from..end))
                && same(whole, u)
            {
                if whole != u.as_slice() {
                    found.push(whole.iter().collect());
                }
                continue;
            }
            // Part of the unit's own prefix before the core (普陀区, 委).
            let mut from = i;
            for segment in segments.iter().rev() {
                let Some(seg) = u.get(segment.clone()) else {
                    break;
                };
                match from.checked_sub(seg.len()).and_then(|s| t.get(s..from)) {
                    Some(before) if same(before, seg) => from = from.saturating_sub(seg.len()),
                    _ => break,
                }
            }
            let previous = from.checked_sub(1).and_then(|p| t.get(p)).copied();
            let other_place = previous.is_some_and(|c| PLACE_ENDS.contains(&c) || c == '委');
            let report = if strict {
                true
            } else {
                !other_place
                    && (previous.is_none_or(|c| !is_cjk(c) || LEADS.contains(c))
                        || printed_core != core)
            };
            if !report {
                continue;
            }
            // As printed: the name with whatever prefix stands before it (up to ten characters).
            let mut start = from;
            while start > 0
                && from.saturating_sub(start) < 10
                && t.get(start.saturating_sub(1)).is_some_and(|c| {
                    is_cjk(*c) && !LEADS.contains(*c) && !"年度第部分".contains(*c)
                })
            {
                start = start.saturating_sub(1);
            }
            if strict || start == from {
                start = if strict { start } else { from };
            }
            let name: String = t.get(start..end).unwrap_or_default().iter().collect();
            if name != unit && !found.contains(&name) {
                found.push(name);
            }
        }
        found
    }
}

const UNIT_NAME_OTHER: Template = Template {
    zh: "单位名称应为“{expected}”，此处印为“{actual}”",
    en: "the unit's name is \"{expected}\"; it is printed here as \"{actual}\"",
};

/// The unit's name in every title, banner and heading of the outline and every sentence of the
/// 说明, printed otherwise than the disclosure's unit name.
pub(super) fn unit_names(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let unit = disclosure.unit_name();
    let name_of_unit = UnitName::new(unit);
    for line in disclosure.outline().lines() {
        for name in name_of_unit.others(line, true) {
            out.push(
                Finding::new(&UNIT_NAME_TEXT, &UNIT_NAME_OTHER)
                    .at(document().row_text(line.as_str()))
                    .expected(Figure::text(unit))
                    .actual(Figure::text(name)),
            );
        }
    }
    for statement in &disclosure.narrative().statements {
        for name in name_of_unit.others(statement.text(), false) {
            out.push(
                Finding::new(&UNIT_NAME_TEXT, &UNIT_NAME_OTHER)
                    .at(Place::narrative(statement.section()))
                    .expected(Figure::text(unit))
                    .actual(Figure::text(name)),
            );
        }
    }
}
