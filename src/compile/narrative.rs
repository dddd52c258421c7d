//! The 说明 of a compiled disclosure: the standard paragraphs rendered from its own tables and
//! the accounts' comparatives, each sentence with its claims.

use crate::accounts::Accounts;
use crate::classification::Level;
use crate::disclosure::Disclosure;
use crate::money::{Amount, MoneyUnit, Precision, PublishedAmount, TableRounding, round_half_away};
use crate::narrative::{BudgetKind, FigureRef, Inputs, Narrative, RenderOptions, render};

use super::CompileError;

/// An exact amount printed as the tables print it: 0.01 万元, half away from zero.
fn printed(amount: Amount) -> Result<PublishedAmount, CompileError> {
    let wan = round_half_away(amount.in_units(MoneyUnit::WanYuan), 2);
    Ok(PublishedAmount::new(
        Amount::from_units(wan, MoneyUnit::WanYuan)?,
        MoneyUnit::WanYuan,
        Precision::Rounded { decimals: 2 },
    )?)
}

/// The printed 年初预算: each half away from zero, or, under controlled rounding, every level
/// of lines (类, 款, 项) whose exact budgets add up to the total's printed so that the printed
/// ones add up too: the largest remainders of 0.01 万元 are rounded up (Hamilton's method), so
/// each printed budget is one of the two units adjacent to its exact value.
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
    let total_figure = FigureRef::general_public_total(crate::narrative::SpendingColumn::Subtotal);
    let Some(&(_, total)) = given.iter().find(|(f, _)| *f == total_figure) else {
        return Ok(out);
    };
    // Amounts in 0.0001 万元 (元): whole units of 0.01 万元 are 100 元.
    let fen = |a: Amount| -> Option<i128> {
        let yuan = a.yuan();
        let scaled = yuan.checked_mul(rust_decimal::Decimal::ONE_HUNDRED)?;
        i128::try_from(scaled.trunc()).ok()
    };
    for level in [Level::Class, Level::Section, Level::Item] {
        let parts: Vec<(usize, Amount)> = given
            .iter()
            .enumerate()
            .filter(|(_, (f, _))| {
                matches!(f, FigureRef::GeneralPublic { code: Some(c), .. } if c.level() == level)
            })
            .map(|(i, (_, a))| (i, *a))
            .collect();
        let exact_sum = Amount::checked_sum(parts.iter().map(|(_, a)| *a))?;
        if parts.is_empty() || exact_sum != total {
            continue;
        }
        // In 分 (0.01 元); a unit of 0.01 万元 is 10 000 分.
        const UNIT: i128 = 10_000;
        let total_printed = out
            .iter()
            .find(|(f, _)| *f == total_figure)
            .and_then(|(_, p)| fen(p.amount()))
            .ok_or(CompileError::Internal("the printed 年初预算 total"))?;
        let mut floors = Vec::with_capacity(parts.len());
        for (i, a) in &parts {
            let exact = fen(*a).ok_or(CompileError::Internal("a 年初预算 in 分"))?;
            floors.push((*i, exact.div_euclid(UNIT), exact.rem_euclid(UNIT)));
        }
        let overflow = CompileError::Internal("a 年初预算 sum out of range");
        let floor_sum = floors
            .iter()
            .try_fold(0_i128, |sum, (_, f, _)| sum.checked_add(*f))
            .ok_or(overflow.clone())?;
        let mut up = total_printed
            .checked_div(UNIT)
            .and_then(|t| t.checked_sub(floor_sum))
            .ok_or(overflow.clone())?;
        floors.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        for (i, floor, remainder) in floors {
            let bump = i128::from(up > 0 && remainder > 0);
            up = up.saturating_sub(bump);
            let units = floor.checked_add(bump).ok_or(overflow.clone())?;
            let wan = rust_decimal::Decimal::try_from_i128_with_scale(units, 2)
                .map_err(|_| CompileError::Internal("a 年初预算 out of range"))?;
            let amount = Amount::from_units(wan, MoneyUnit::WanYuan)?;
            if let Some(slot) = out.get_mut(i) {
                slot.1 = PublishedAmount::new(
                    amount,
                    MoneyUnit::WanYuan,
                    Precision::Rounded { decimals: 2 },
                )?;
            }
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
    let paragraphs = render(disclosure, &inputs, options);
    let headings = headings(&paragraphs);
    let statements = paragraphs.into_iter().flat_map(|p| p.statements).collect();
    Ok((Narrative::new(statements), headings))
}

/// The headings the 说明 prints, in order: each chapter's ("五、一般公共预算财政拨款支出决算情况说明")
/// once, and each sub-section's ("（一）一般公共预算财政拨款支出决算总体情况").
fn headings(paragraphs: &[crate::narrative::Paragraph]) -> Vec<String> {
    let mut out = Vec::new();
    let mut chapter = "";
    for p in paragraphs {
        let (major, sub) = match p.section.split_once('（') {
            Some((major, rest)) => (major, Some(rest.trim_end_matches('）'))),
            None => (p.section.as_str(), None),
        };
        if major != chapter {
            out.push(format!("{major}、{}", p.chapter));
            chapter = major;
        }
        if let Some(sub) = sub {
            out.push(format!("（{sub}）{}", p.title));
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
    use crate::narrative::{Claim, Style};
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
        let style = if profile.id() == "shanghai-2024" {
            Style::Shanghai2024
        } else {
            Style::Shanxi2023
        };
        let render_options = RenderOptions::default()
            .with_style(style)
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
