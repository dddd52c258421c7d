//! The 说明 of a compiled disclosure: the standard paragraphs rendered from its own tables and
//! the accounts' comparatives, each sentence with its claims.

use crate::accounts::Accounts;
use crate::classification::FunctionCode;
use crate::classification::Level;
use crate::disclosure::Disclosure;
use crate::money::{Amount, ExactTable, MoneyUnit, PublishedAmount, RowTree, TableRounding};
use crate::narrative::{BudgetKind, FigureRef, Inputs, Narrative, RenderOptions, render};

use super::CompileError;

/// An exact amount printed as the tables print it: 0.01 万元, half away from zero.
fn printed(amount: Amount) -> Result<PublishedAmount, CompileError> {
    Ok(PublishedAmount::round(amount, MoneyUnit::WanYuan, 2)?)
}

/// The printed 年初预算: each half away from zero, or, under controlled rounding, the lines of
/// every level (类, 款, 项) whose exact budgets add up to the total printed as one table with the
/// total (a hierarchy of rows, [`ExactTable`]), so that every printed level adds up to the
/// printed total and each printed budget is one of the two units adjacent to its exact value.
fn budgets(
    given: &[(FigureRef, Amount)],
    rounding: TableRounding,
) -> Result<Vec<(FigureRef, PublishedAmount)>, CompileError> {
    let mut out = given
        .iter()
        .map(|(f, a)| Ok((*f, printed(*a)?)))
        .collect::<Result<Vec<_>, CompileError>>()?;
    if rounding != TableRounding::Controlled {
        return Ok(out);
    }
    let line = |f: &FigureRef| match f {
        FigureRef::GeneralPublic { code, .. } => Some(*code),
        _ => None,
    };
    let Some(total) = given.iter().position(|(f, _)| line(f) == Some(None)) else {
        return Ok(out);
    };
    let exact = |i: usize| given.get(i).map_or(Amount::ZERO, |(_, a)| *a);
    // The levels, coarse to fine, that nest: the first adds up to the total, each finer one to
    // the lines above it (a 类 its 项). A level that does not (a 类 that is not the sum of its
    // 项) prints on its own.
    let mut rows: Vec<usize> = vec![total];
    let mut parents: Vec<Option<usize>> = vec![None];
    for level in [Level::Class, Level::Section, Level::Item] {
        let lines: Vec<(usize, FunctionCode)> = given
            .iter()
            .enumerate()
            .filter_map(|(i, (f, _))| line(f).flatten().map(|c| (i, c)))
            .filter(|(_, c)| c.level() == level)
            .collect();
        if lines.is_empty() {
            continue;
        }
        // Each line under the nearest line already placed that is its ancestor, else the total.
        let placed = rows.len();
        let mut level_parents = Vec::with_capacity(lines.len());
        for (_, code) in &lines {
            let parent = (1..placed)
                .rev()
                .find(|&r| {
                    rows.get(r)
                        .and_then(|i| given.get(*i))
                        .and_then(|(f, _)| line(f).flatten())
                        .is_some_and(|p| code.ancestors().any(|a| a == p))
                })
                .unwrap_or(0);
            level_parents.push(parent);
        }
        // A row that gets lines under it must have none yet (the total before the first level
        // placed, a 类 before its 项) and be their exact sum.
        let nests = (0..placed).all(|r| {
            let under: Vec<Amount> = level_parents
                .iter()
                .zip(&lines)
                .filter(|(p, _)| **p == r)
                .map(|(_, (i, _))| exact(*i))
                .collect();
            under.is_empty()
                || !parents.contains(&Some(r))
                    && Amount::checked_sum(under)
                        .is_ok_and(|s| rows.get(r).is_some_and(|i| s == exact(*i)))
        });
        if !nests {
            continue;
        }
        for ((i, _), parent) in lines.iter().zip(level_parents) {
            rows.push(*i);
            parents.push(Some(parent));
        }
    }
    if rows.len() == 1 {
        return Ok(out);
    }
    let tree = RowTree::new(parents)?;
    let leaves: Vec<Vec<Amount>> = tree
        .leaves()
        .map(|r| vec![rows.get(r).map_or(Amount::ZERO, |i| exact(*i))])
        .collect();
    let table = ExactTable::new(tree, 1, leaves)?.round(MoneyUnit::WanYuan, 2, rounding)?;
    for (r, i) in rows.iter().enumerate() {
        if let Some(slot) = out.get_mut(*i) {
            slot.1 = table.cell(r, 0);
        }
    }
    Ok(out)
}

/// The inputs of the renderer from the accounts: the year, last year's figures and the
/// 年初预算 as printed, and the reasons.
pub(super) fn inputs(accounts: &Accounts, rounding: TableRounding) -> Result<Inputs, CompileError> {
    let c = accounts.comparatives();
    let mut inputs = Inputs::new(accounts.year());
    inputs.unit_name = Some(accounts.unit().to_owned());
    for (figure, amount) in c.prior_years() {
        inputs.prior_year.push((*figure, printed(*amount)?));
    }
    for (figure, amount) in budgets(c.initial_budgets(), rounding)? {
        inputs.budgets.push((figure, BudgetKind::Initial, amount));
    }
    inputs.reasons = c.reasons().to_vec();
    inputs.purposes = c.purposes().to_vec();
    if let Some(d) = accounts.three_public_details() {
        use crate::narrative::{CountRef, ReceptionScope};
        inputs.counts = [
            (CountRef::OverseasGroups, d.overseas_groups),
            (CountRef::OverseasPersonTimes, d.overseas_person_times),
            (CountRef::VehiclesPurchased, d.vehicles_purchased),
            (CountRef::VehiclesFunded, d.vehicles_funded),
            (
                CountRef::ReceptionBatches(ReceptionScope::All),
                d.reception_batches,
            ),
            (
                CountRef::ReceptionPersonTimes(ReceptionScope::All),
                d.reception_person_times,
            ),
        ]
        .into_iter()
        .map(|(c, n)| (c, u64::from(n)))
        .collect();
    }
    Ok(inputs)
}

/// The 说明: every standard paragraph the disclosure has figures for, rendered from its own
/// printed tables, so every figure it states is the one the tables print.
pub(super) fn narrative(
    accounts: &Accounts,
    disclosure: &Disclosure,
    options: RenderOptions,
    rounding: TableRounding,
) -> Result<(Narrative, Vec<String>), CompileError> {
    let inputs = inputs(accounts, rounding)?;
    if let Some(d) = accounts.three_public_details() {
        use crate::narrative::{Figures, Stage, ThreePublicItem};
        for (detail, count, item) in [
            (
                "出国团组",
                d.overseas_groups,
                ThreePublicItem::OverseasTravel,
            ),
            (
                "购置公务用车",
                d.vehicles_purchased,
                ThreePublicItem::VehiclePurchase,
            ),
            ("接待批次", d.reception_batches, ThreePublicItem::Reception),
        ] {
            let figure = FigureRef::ThreePublic {
                stage: Stage::Actual,
                item,
            };
            if count > 0
                && disclosure
                    .amount(&figure)
                    .is_none_or(|a| a.amount().is_zero())
            {
                return Err(CompileError::DetailOnZero {
                    detail,
                    count,
                    item: item.to_string(),
                });
            }
        }
    }
    let rows = crate::narrative::Figures::general_public_rows(disclosure);
    for (figure, _, _) in &inputs.budgets {
        if let FigureRef::GeneralPublic {
            code: Some(code), ..
        } = figure
            && rows.iter().all(|r| r.code != *code)
        {
            return Err(CompileError::BudgetWithoutLine {
                code: code.to_string(),
            });
        }
    }
    // A reason or a purpose keyed to a line 公开05表 does not print would never be stated.
    let printed = |code: &str| rows.iter().any(|r| r.code.to_string() == code);
    for (section, _) in accounts.comparatives().reasons() {
        if let Some(code) = section.strip_prefix("五（三）")
            && !code.is_empty()
            && !printed(code)
        {
            return Err(CompileError::KeyedToNoLine {
                what: "a reason",
                key: section.clone(),
                code: code.to_owned(),
            });
        }
    }
    for (figure, _) in accounts.comparatives().purposes() {
        if let FigureRef::GeneralPublic {
            code: Some(code), ..
        } = figure
            && !printed(&code.to_string())
        {
            return Err(CompileError::KeyedToNoLine {
                what: "a purpose",
                key: figure.name(),
                code: code.to_string(),
            });
        }
    }
    let paragraphs = render(disclosure, &inputs, options);
    let headings = headings(&paragraphs, options.template);
    let statements = paragraphs.into_iter().flat_map(|p| p.statements).collect();
    Ok((Narrative::new(statements), headings))
}

/// The headings the 说明 prints, in order, numbered as `template` numbers them: each chapter's
/// ("五、一般公共预算财政拨款支出决算情况说明") once, and each sub-section's
/// ("（一）一般公共预算财政拨款支出决算总体情况").
fn headings(
    paragraphs: &[crate::narrative::Paragraph],
    template: &crate::profile::NarrativeTemplate,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut chapter = "";
    for p in paragraphs {
        let (major, sub) = match p.section.split_once('（') {
            Some((major, rest)) => (major, Some(rest.trim_end_matches('）'))),
            None => (p.section.as_str(), None),
        };
        if major != chapter {
            out.push(template.chapter_heading(major, &p.chapter));
            chapter = major;
        }
        if let Some(sub) = sub {
            out.push(template.section_heading(sub, &p.title));
        }
    }
    out
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;
    use crate::classification::{EconomicScheme, builtin};
    use crate::compile::{CompileOptions, compile};
    use crate::import::{Prose, read_narrative};
    use crate::narrative::Claim;
    use crate::profile::Profile;

    /// The seed's accounts, compiled under `profile`, with the 说明 as a document prints it:
    /// each chapter's heading, each sub-section's, then every statement as its own paragraph.
    fn compiled(profile: &Profile) -> (Disclosure, Vec<Prose>) {
        let accounts: Accounts = serde_json::from_str(include_str!(
            "../../tests/fixtures/datong-hrss-2023-accounts.json"
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        let functional = builtin::functional_in_force(2023);
        let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023);
        let options = CompileOptions::new(&functional, &economic, TableRounding::Controlled)
            .with_profile(profile)
            .with_narrative(None);
        let disclosure = compile(&accounts, &options).unwrap_or_else(|e| panic!("{e}"));
        let render_options = RenderOptions::default()
            .with_template(profile.narrative())
            .with_detail_level(profile.detail_level());
        let inputs = inputs(&accounts, TableRounding::Controlled).unwrap_or_else(|e| panic!("{e}"));
        let paragraphs = render(&disclosure, &inputs, render_options);
        let mut prose = Vec::new();
        let mut chapter = String::new();
        for p in &paragraphs {
            let major = p.section.split('（').next().unwrap_or_default().to_owned();
            if major != chapter {
                prose.push(format!("{major}、{}", p.chapter));
                chapter = major.clone();
            }
            if let Some(sub) = p.section.strip_prefix(major.as_str())
                && !sub.is_empty()
            {
                prose.push(format!("{sub}{}", p.title));
            }
            prose.extend(p.statements.iter().map(|s| s.text().to_owned()));
        }
        let prose = prose
            .into_iter()
            .enumerate()
            .map(|(line, text)| Prose::Paragraph {
                line: line + 1,
                text,
            })
            .collect();
        let narrative = Narrative::new(paragraphs.into_iter().flat_map(|p| p.statements).collect());
        let mut disclosure = disclosure;
        disclosure.set_narrative(narrative);
        (disclosure, prose)
    }

    /// What the renderer writes, the importer's reader reads back: every claim of the
    /// compiled 说明, and no other, in both templates' phrasing.
    #[test]
    fn the_compiled_narrative_reads_back_into_its_claims() {
        for profile in [Profile::shanxi_2023(), Profile::shanghai_2024()] {
            let (disclosure, prose) = compiled(profile);
            let mut diagnostics = Vec::new();
            let read = read_narrative(&prose, &disclosure, &mut diagnostics);
            let written: Vec<&Claim> = disclosure
                .narrative()
                .statements
                .iter()
                .flat_map(|s| s.claims())
                .collect();
            let back: Vec<&Claim> = read.statements.iter().flat_map(|s| s.claims()).collect();
            let missing: Vec<String> = written
                .iter()
                .filter(|c| !back.contains(c))
                .map(|c| format!("{c:?}"))
                .collect();
            let extra: Vec<String> = back
                .iter()
                .filter(|c| !written.contains(c))
                .map(|c| format!("{c:?}"))
                .collect();
            assert!(
                missing.is_empty(),
                "{}: not read back {missing:#?}",
                profile.id()
            );
            assert!(
                extra.is_empty(),
                "{}: read but not written {extra:#?}",
                profile.id()
            );
            assert!(written.len() > 60, "{}: {}", profile.id(), written.len());
        }
    }
}
