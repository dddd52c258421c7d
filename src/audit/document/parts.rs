//! The parts of the document (一、部门概况 … 十、名词解释): their numbering and order.

use super::{PARTS, count, document};
use crate::audit::Finding;
use crate::disclosure::Disclosure;
use crate::finding::{Figure, Template};
use crate::profile::Profile;

/// The part headings 第一部分 … 第十部分, as expected figures.
const PART_NAMES: [&str; 10] = [
    "第一部分",
    "第二部分",
    "第三部分",
    "第四部分",
    "第五部分",
    "第六部分",
    "第七部分",
    "第八部分",
    "第九部分",
    "第十部分",
];

/// The number of "第X部分", for X from 一 to 十 (white space aside), as the disclosure's outline
/// reads it ([`part_number`](crate::printed::part_number)).
pub(super) fn part_number(heading: &str) -> Option<usize> {
    crate::printed::part_number(heading).map(usize::from)
}

const PART_WRONG: Template = Template {
    zh: "第{0}个部分应为{expected}，实为“{actual}”",
    en: "part heading {0} should be numbered {expected}, it is \"{actual}\"",
};

/// Every part, 第一部分 to 第十部分: the body of a template that prints them all.
const ALL_PARTS: [u8; 10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/// The part headings must read 第一部分, 第二部分, … in order, or as the template's body prints
/// them (the Shanghai 2024 body prints 第一、第三、第四部分; its tables stand under a banner):
/// whichever of the two the headings follow more closely (the template's on a tie) is the one
/// checked. A heading is out
/// of place when it carries neither the number of its position nor the number after the
/// heading before it, so that one slip is reported once: a repeated 第二部分 where 第三部分
/// belongs (the next heading, 第四部分, is in place), or a missing 第二部分 (第三部分 follows
/// 第一部分; 第四部分 then follows it).
pub(super) fn parts(disclosure: &Disclosure, profile: Option<&Profile>, out: &mut Vec<Finding>) {
    let headings: Vec<&str> = disclosure.outline().part_headings().collect();
    let all = part_slips(&headings, &ALL_PARTS);
    let slips = match profile.and_then(Profile::body_parts) {
        Some(body) => {
            let template = part_slips(&headings, body);
            if template.len() <= all.len() {
                template
            } else {
                all
            }
        }
        None => all,
    };
    out.extend(slips);
}

/// The part headings out of place against `body`, the part numbers in printed order.
fn part_slips(headings: &[&str], body: &[u8]) -> Vec<Finding> {
    let at = |i: usize| body.get(i).map(|n| usize::from(*n));
    let after = |number: usize| {
        body.iter()
            .position(|n| usize::from(*n) == number)
            .and_then(|i| at(i.checked_add(1)?))
    };
    let numbered = headings
        .iter()
        .filter_map(|h| part_number(h).map(|n| (*h, n)));
    let mut out = Vec::new();
    let mut previous: Option<usize> = None;
    for (index, (heading, number)) in numbered.enumerate() {
        let follows = previous.and_then(after) == Some(number);
        previous = Some(number);
        let want = at(index);
        if want == Some(number) || follows {
            continue;
        }
        let want = want
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| PART_NAMES.get(i))
            .copied()
            .unwrap_or("第?部分");
        out.push(
            Finding::new(&PARTS, &PART_WRONG)
                .at(document().row_text(heading))
                .expected(want)
                .actual(Figure::text(heading))
                .arg(count(index.saturating_add(1))),
        );
    }
    out
}
