//! The names of the rows: wrapped lines put back together, block by block.

use super::tokens::Token;
use super::{Body, Shape, is_placeholder, is_total, is_value};
use crate::import::DiagnosticKind;
use crate::import::grid::{Document, is_code};
use crate::printed::{compact, starts_with_chinese_enumerator};

/// The block a token belongs to, given where the blocks start.
pub(super) fn block_index(starts: &[usize], token: &Token) -> usize {
    starts
        .iter()
        .rposition(|s| token.start.saturating_add(1) >= *s)
        .unwrap_or(0)
}

/// Where the blocks of a table side by side are printed: each block's code position and the
/// position of its names. A code belongs to the block whose code position is nearest, a name
/// to the block whose names start nearest, a figure to the block it follows.
#[derive(Debug, Clone, Default)]
pub(super) struct Geometry {
    pub(super) code_x: Vec<usize>,
    pub(super) name_x: Vec<Option<usize>>,
    /// Whether codes and names are placed by nearness (blocks of 公开06表), not by where the
    /// block starts (the sides of a summary table).
    pub(super) by_kind: bool,
}

impl Geometry {
    /// The blocks of a table with codes, from its data lines.
    pub(super) fn of_codes(data: &[Body]) -> Geometry {
        let code_x = block_starts(data);
        let mut geometry = Geometry {
            name_x: vec![None; code_x.len()],
            code_x,
            by_kind: true,
        };
        let mut xs: Vec<Vec<usize>> = vec![Vec::new(); geometry.code_x.len()];
        for line in data {
            for pair in line.tokens.windows(2) {
                if let [code, name] = pair
                    && is_code(&code.text)
                    && !is_value(&name.text)
                    && let Some(x) = xs.get_mut(geometry.nearest_code(code))
                {
                    x.push(name.start);
                }
            }
        }
        for (slot, mut x) in geometry.name_x.iter_mut().zip(xs) {
            x.sort_unstable();
            *slot = x.get(x.len() / 2).copied();
        }
        geometry
    }

    /// The two sides of a summary table, split where the right side's names start.
    pub(super) fn of_sides(split: Option<usize>) -> Geometry {
        let code_x = match split {
            Some(s) => vec![0, s],
            None => vec![0],
        };
        Geometry {
            name_x: vec![None; code_x.len()],
            code_x,
            by_kind: false,
        }
    }

    pub(super) fn nearest_code(&self, token: &Token) -> usize {
        (0..self.code_x.len())
            .min_by_key(|b| {
                self.code_x
                    .get(*b)
                    .map_or(usize::MAX, |x| x.abs_diff(token.start))
            })
            .unwrap_or(0)
    }

    pub(super) fn following(&self, token: &Token) -> usize {
        block_index(&self.code_x, token)
    }

    /// The block a token belongs to.
    pub(super) fn block(&self, token: &Token) -> usize {
        if self.code_x.len() <= 1 {
            return 0;
        }
        if !self.by_kind || is_value(&token.text) && !is_code(&token.text) {
            return self.following(token);
        }
        if is_code(&token.text) {
            return self.nearest_code(token);
        }
        if self.name_x.iter().all(Option::is_some) {
            return (0..self.name_x.len())
                .min_by_key(|b| {
                    self.name_x
                        .get(*b)
                        .copied()
                        .flatten()
                        .map_or(usize::MAX, |x| x.abs_diff(token.start))
                })
                .unwrap_or(0);
        }
        self.following(token)
    }
}

/// Where the blocks of codes start: the codes' starting positions gathered into runs (a block
/// prints its codes at one place, give or take a few characters), each run's median. A line
/// need not print a code in every block: a block shorter than the next leaves its place blank.
pub(super) fn block_starts(data: &[Body]) -> Vec<usize> {
    let mut starts: Vec<usize> = data
        .iter()
        .flat_map(|line| line.tokens.iter())
        .filter(|t| is_code(&t.text))
        .map(|t| t.start)
        .collect();
    starts.sort_unstable();
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for at in starts {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|last| at <= last.saturating_add(4)) => {
                run.push(at);
            }
            _ => runs.push(vec![at]),
        }
    }
    let mut out: Vec<usize> = Vec::new();
    for run in runs {
        let Some(median) = run.get(run.len() / 2).copied() else {
            continue;
        };
        // A later block must start right of the one before it.
        if out
            .last()
            .is_none_or(|last| median > last.saturating_add(4))
        {
            out.push(median);
        }
    }
    if out.is_empty() {
        out.push(0);
    }
    out
}

/// Where the right side of a summary table starts: the leftmost name printed after something
/// else on its line.
pub(super) fn side_split(data: &[Body]) -> Option<usize> {
    data.iter()
        .filter_map(|l| {
            l.tokens
                .iter()
                .skip(1)
                .find(|t| !is_value(&t.text))
                .map(|t| t.start)
        })
        .min()
}

/// The names of each data line, per block: the name printed on the line with the wrapped
/// lines that belong to it; wrapped lines are taken out of `data`'s reach (they are not rows)
/// and, above the first row, out of the header.
pub(super) fn names_of(
    shape: Shape,
    head: &mut Vec<Body>,
    data: &[Body],
    doc: &mut Document,
    place: &str,
) -> Vec<Vec<String>> {
    match shape {
        Shape::Summary => summary_names(data),
        Shape::Values => data.iter().map(|_| Vec::new()).collect(),
        Shape::Info => data
            .iter()
            .map(|l| {
                vec![
                    l.tokens
                        .iter()
                        .filter(|t| !is_value(&t.text))
                        .map(|t| compact(&t.text).into_owned())
                        .collect::<String>(),
                ]
            })
            .collect(),
        Shape::Classified | Shape::Blocks => {
            let (names, unplaced) = coded_names(shape, head, data);
            for n in unplaced {
                if let Some(line) = data.get(n) {
                    doc.note(
                        line.number,
                        &line.text,
                        DiagnosticKind::UnplacedLine {
                            table: place.to_owned(),
                        },
                    );
                }
            }
            names
        }
    }
}

/// Names of a summary table: per side, the text before its figures; a short word without
/// enumerator and without figures beside it ("出") ends the name above it when that name fills
/// its column (a shorter name did not wrap: "结余分配" under "本年支出合计" is a row of its own).
pub(super) fn summary_names(data: &[Body]) -> Vec<Vec<String>> {
    let split = side_split(data).unwrap_or(usize::MAX);
    let side_of = |t: &Token| usize::from(t.start.saturating_add(1) >= split);
    let mut names: Vec<Vec<String>> = data
        .iter()
        .map(|l| {
            let mut sides = vec![String::new(), String::new()];
            for t in l.tokens.iter().filter(|t| !is_value(&t.text)) {
                if let Some(s) = sides.get_mut(side_of(t)) {
                    s.push_str(&compact(&t.text));
                }
            }
            sides
        })
        .collect();
    for side in 0..2_usize {
        // A name wraps only when it fills its column: the widest names of the side.
        let widest = names
            .iter()
            .filter_map(|s| s.get(side))
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0);
        let mut last: Option<usize> = None;
        for (n, line) in data.iter().enumerate() {
            let text = names
                .get(n)
                .and_then(|s| s.get(side))
                .cloned()
                .unwrap_or_default();
            if text.is_empty() {
                continue;
            }
            let values_here = line
                .tokens
                .iter()
                .any(|t| is_value(&t.text) && side_of(t) == side);
            let other_side_empty = names
                .get(n)
                .and_then(|s| s.get(1_usize.saturating_sub(side)))
                .is_none_or(String::is_empty);
            let continues = other_side_empty
                && text.chars().count() <= 4
                && !starts_with_chinese_enumerator(&text)
                && !text.contains("合计")
                && !text.contains("总计")
                && !values_here;
            let fills = |above: usize| {
                names
                    .get(above)
                    .and_then(|s| s.get(side))
                    .is_some_and(|s| s.chars().count().saturating_add(2) >= widest)
            };
            match last {
                Some(above) if continues && fills(above) => {
                    if let Some(slot) = names.get_mut(above).and_then(|s| s.get_mut(side)) {
                        slot.push_str(&text);
                    }
                    if let Some(slot) = names.get_mut(n).and_then(|s| s.get_mut(side)) {
                        slot.clear();
                    }
                }
                _ => last = Some(n),
            }
        }
    }
    names
}

/// Per block: each line is an anchor (code, total, figures), a wrapped piece of a name, or
/// nothing in this block.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Anchor,
    Piece,
    Empty,
}

/// The data lines as one block sees them: what each is, the words of its name, and whether an
/// anchor prints a name of its own.
struct BlockLines {
    kinds: Vec<Kind>,
    texts: Vec<String>,
    has_name: Vec<bool>,
}

/// The tokens of a line that belong to block `b`.
fn in_block(geometry: &Geometry, b: usize, l: &Body) -> Vec<Token> {
    l.tokens
        .iter()
        .filter(|t| geometry.block(t) == b)
        .cloned()
        .collect()
}

/// Where names start in each block, from the rows printing code and name.
fn name_starts(geometry: &Geometry, blocks: usize, data: &[Body]) -> Vec<Option<usize>> {
    (0..blocks)
        .map(|b| {
            let mut xs: Vec<usize> = data
                .iter()
                .filter_map(|l| {
                    let mut in_block = l.tokens.iter().filter(|t| geometry.block(t) == b);
                    let first = in_block.next()?;
                    let second = in_block.next()?;
                    (is_code(&first.text) && !is_value(&second.text)).then_some(second.start)
                })
                .collect();
            xs.sort_unstable();
            xs.get(xs.len() / 2).copied()
        })
        .collect()
}

/// Classifies the data lines for block `b`.
fn block_lines(geometry: &Geometry, b: usize, data: &[Body]) -> BlockLines {
    let mut lines = BlockLines {
        kinds: Vec::new(),
        texts: Vec::new(),
        has_name: Vec::new(),
    };
    for line in data {
        let tokens = in_block(geometry, b, line);
        let code = tokens.first().is_some_and(|t| is_code(&t.text));
        let values = tokens.iter().any(|t| is_value(&t.text));
        let words: String = tokens
            .iter()
            .filter(|t| !(is_value(&t.text) || is_code(&t.text) && code))
            .map(|t| compact(&t.text).into_owned())
            .collect();
        let anchor = code
            || values
            || tokens.first().is_some_and(|t| {
                is_total(&t.text)
                    || is_placeholder(&t.text)
                    || compact(&t.text).ends_with("经费合计")
            });
        let piece = !anchor && !words.is_empty();
        lines.kinds.push(if anchor {
            Kind::Anchor
        } else if piece {
            Kind::Piece
        } else {
            Kind::Empty
        });
        lines.has_name.push(anchor && !words.is_empty());
        lines.texts.push(words);
    }
    lines
}

/// The header lines at the end of the header that are pieces of the first name of block `b`
/// (one word each, printed where the block's names start, `x`).
fn head_pieces(geometry: &Geometry, b: usize, head: &[Body], x: Option<usize>) -> Vec<usize> {
    let mut pieces: Vec<usize> = Vec::new();
    for (n, line) in head.iter().enumerate().rev() {
        let tokens = in_block(geometry, b, line);
        let fits = tokens.len() == 1
            && tokens.first().is_some_and(|t| {
                !is_value(&t.text)
                    && x.is_some_and(|x| {
                        t.start.saturating_add(3) >= x && t.start <= x.saturating_add(3)
                    })
            })
            && line.tokens.len() == 1;
        if !fits {
            break;
        }
        pieces.insert(0, n);
    }
    pieces
}

/// Runs of pieces: before the first anchor, between anchors, after the last.
fn piece_runs(kinds: &[Kind], anchors: &[usize]) -> Vec<Vec<usize>> {
    let pieces_between = |from: Option<usize>, to: Option<usize>| -> Vec<usize> {
        let lo = from.map_or(0, |f| f.saturating_add(1));
        let hi = to.unwrap_or(kinds.len());
        (lo..hi)
            .filter(|n| kinds.get(*n) == Some(&Kind::Piece))
            .collect()
    };
    let mut runs: Vec<Vec<usize>> = Vec::new();
    runs.push(pieces_between(None, anchors.first().copied()));
    for w in anchors.windows(2) {
        if let [a, c] = w {
            runs.push(pieces_between(Some(*a), Some(*c)));
        }
    }
    runs.push(pieces_between(anchors.last().copied(), None));
    runs
}

/// How many pieces each anchor takes above and below it: as many above as below when the
/// pieces allow it (every row centred on its name), else each run to the row below it if that
/// prints no name, or to the row above.
fn above_below(
    runs: &[Vec<usize>],
    anchors: &[usize],
    has_name: &[bool],
    head_pieces: usize,
) -> Vec<(usize, usize)> {
    let count = |r: Option<&Vec<usize>>| i64::try_from(r.map_or(0, Vec::len)).unwrap_or(0);
    let m0 = count(runs.first()).saturating_add(i64::try_from(head_pieces).unwrap_or(0));
    // a_k = c_k + s_k t, with t the pieces above the first anchor.
    let mut lo = 0_i64;
    let mut hi = m0;
    let mut c = 0_i64;
    let mut s = 1_i64;
    let mut coeffs: Vec<(i64, i64)> = Vec::new();
    for (k, anchor) in anchors.iter().enumerate() {
        if k > 0 {
            let m = count(runs.get(k));
            c = m.saturating_sub(c);
            s = s.saturating_neg();
        }
        coeffs.push((c, s));
        let need = i64::from(!has_name.get(*anchor).copied().unwrap_or(true));
        if s > 0 {
            lo = lo.max(need.saturating_sub(c));
        } else {
            hi = hi.min(c.saturating_sub(need));
        }
    }
    let last_run = count(runs.last());
    if let Some((c, s)) = coeffs.last() {
        if *s > 0 {
            hi = hi.min(last_run.saturating_sub(*c));
        } else {
            lo = lo.max(c.saturating_sub(last_run));
        }
    }
    if lo <= hi {
        return coeffs
            .iter()
            .map(|(c, s)| {
                let a = usize::try_from(c.saturating_add(s.saturating_mul(lo))).unwrap_or(0);
                (a, a)
            })
            .collect();
    }
    // Not centred: each run goes to the row below it if that prints no name, else to the row
    // above.
    let mut ab = vec![(0_usize, 0_usize); anchors.len()];
    for (k, run) in runs.iter().enumerate() {
        let below_anchor = anchors.get(k);
        let lower_lacks = below_anchor.is_some_and(|a| !has_name.get(*a).copied().unwrap_or(true));
        if (lower_lacks || k == 0) && k < anchors.len() {
            if let Some(slot) = ab.get_mut(k) {
                slot.0 = run
                    .len()
                    .saturating_add(if k == 0 { head_pieces } else { 0 });
            }
        } else if let Some(slot) = ab.get_mut(k.saturating_sub(1)) {
            slot.1 = run.len();
        }
    }
    ab
}

/// The lines of one block and where its pieces go.
struct Placing<'a> {
    geometry: &'a Geometry,
    block: usize,
    lines: &'a BlockLines,
    anchors: &'a [usize],
    runs: &'a [Vec<usize>],
    head_pieces: &'a [usize],
}

impl Placing<'_> {
    /// Writes each anchor's name (its pieces above, its own words, its pieces below) into
    /// `names`; returns how many header lines were taken and the data lines assigned.
    fn assign(
        &self,
        head: &[Body],
        above_below: &[(usize, usize)],
        names: &mut [Vec<String>],
    ) -> (usize, Vec<usize>) {
        let texts = &self.lines.texts;
        let mut used_head = 0_usize;
        let mut assigned: Vec<usize> = Vec::new();
        for (k, anchor) in self.anchors.iter().enumerate() {
            let (above, below) = above_below.get(k).copied().unwrap_or((0, 0));
            let mut parts: Vec<String> = Vec::new();
            // Above: the last `above` pieces of the run before it (and of the header).
            let run_above = self.runs.get(k).cloned().unwrap_or_default();
            let from_run = above.min(run_above.len());
            let from_head = if k == 0 {
                above.saturating_sub(from_run).min(self.head_pieces.len())
            } else {
                0
            };
            if from_head > 0 {
                let skip = self.head_pieces.len().saturating_sub(from_head);
                for n in self.head_pieces.iter().skip(skip) {
                    if let Some(line) = head.get(*n) {
                        parts.extend(
                            in_block(self.geometry, self.block, line)
                                .iter()
                                .map(|t| compact(&t.text).into_owned()),
                        );
                    }
                }
                used_head = from_head;
            }
            for n in run_above
                .iter()
                .skip(run_above.len().saturating_sub(from_run))
            {
                parts.push(texts.get(*n).cloned().unwrap_or_default());
                assigned.push(*n);
            }
            parts.push(texts.get(*anchor).cloned().unwrap_or_default());
            let run_below = self
                .runs
                .get(k.saturating_add(1))
                .cloned()
                .unwrap_or_default();
            for n in run_below.iter().take(below) {
                parts.push(texts.get(*n).cloned().unwrap_or_default());
                assigned.push(*n);
            }
            if let Some(slot) = names.get_mut(*anchor).and_then(|v| v.get_mut(self.block)) {
                *slot = parts.concat();
            }
        }
        (used_head, assigned)
    }
}

/// Names of the rows of a table with codes, per block, with wrapped lines put back; and the
/// data lines holding a wrapped piece that no row could take.
pub(super) fn coded_names(
    shape: Shape,
    head: &mut Vec<Body>,
    data: &[Body],
) -> (Vec<Vec<String>>, Vec<usize>) {
    let mut unplaced: Vec<usize> = Vec::new();
    let geometry = if shape == Shape::Blocks {
        Geometry::of_codes(data)
    } else {
        Geometry::default()
    };
    let blocks = geometry.code_x.len().max(1);
    let mut names: Vec<Vec<String>> = data.iter().map(|_| vec![String::new(); blocks]).collect();
    let name_x = name_starts(&geometry, blocks, data);
    for (b, x) in name_x.iter().enumerate() {
        let lines = block_lines(&geometry, b, data);
        // Pieces above the first anchor, from the end of the header.
        let head_pieces = if b == 0 || shape == Shape::Blocks {
            head_pieces(&geometry, b, head, *x)
        } else {
            Vec::new()
        };
        let kinds = &lines.kinds;
        let anchors: Vec<usize> = (0..kinds.len())
            .filter(|n| kinds.get(*n) == Some(&Kind::Anchor))
            .collect();
        if anchors.is_empty() {
            unplaced.extend((0..kinds.len()).filter(|n| kinds.get(*n) == Some(&Kind::Piece)));
            continue;
        }
        let runs = piece_runs(kinds, &anchors);
        let above_below = above_below(&runs, &anchors, &lines.has_name, head_pieces.len());
        let placing = Placing {
            geometry: &geometry,
            block: b,
            lines: &lines,
            anchors: &anchors,
            runs: &runs,
            head_pieces: &head_pieces,
        };
        let (used_head, assigned) = placing.assign(head, &above_below, &mut names);
        if used_head > 0 {
            let keep = head_pieces.len().saturating_sub(used_head);
            let drop: Vec<usize> = head_pieces.iter().skip(keep).copied().collect();
            let mut n = 0_usize;
            head.retain(|_| {
                let keep = !drop.contains(&n);
                n = n.saturating_add(1);
                keep
            });
        }
        for (n, kind) in kinds.iter().enumerate() {
            if *kind == Kind::Piece && !assigned.contains(&n) {
                unplaced.push(n);
            }
        }
    }
    (names, unplaced)
}
