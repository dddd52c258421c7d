//! Reading the printed figures of a form: amounts (万元, three decimals), rates and scores (two
//! decimals). Trailing zeros are dropped by the forms, so the precision is declared, not read.

use rust_decimal::Decimal;

use super::EvaluationError;
use crate::money::{MoneyError, MoneyUnit, Precision, PublishedAmount, PublishedPercent};

/// Decimals of 万元 a form prints amounts with.
pub(crate) const AMOUNT_DECIMALS: u32 = 3;

/// Decimals a form prints rates (执行率) and scores (分值, 得分, 总分) with.
pub(crate) const SCORE_DECIMALS: u32 = 2;

/// The precision of a form amount.
pub(crate) const AMOUNT_PRECISION: Precision = Precision::Rounded {
    decimals: AMOUNT_DECIMALS,
};

/// A trimmed, non-empty text.
pub(crate) fn non_empty(field: &'static str, text: &str) -> Result<String, EvaluationError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(EvaluationError::Empty { field });
    }
    Ok(trimmed.to_owned())
}

/// A trimmed text, `None` when blank.
pub(crate) fn optional_text(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

/// The decimal written in `text`, keeping its printed decimals ("100.00" stays 100.00).
fn plain_decimal(text: &str, fallback: Decimal) -> Decimal {
    text.trim().parse::<Decimal>().unwrap_or(fallback)
}

/// A number with at most two decimals (a score, weight or rate), as printed. A negative one
/// is representable: the audit reports it (`eval.negative`).
pub(crate) fn parse_score(field: &'static str, text: &str) -> Result<Decimal, EvaluationError> {
    let figure = |source| EvaluationError::Figure {
        field,
        text: text.to_owned(),
        source,
    };
    if text.contains(['%', '％']) {
        return Err(figure(MoneyError::InvalidFigure {
            text: text.to_owned(),
            reason: "a score or rate on a form is printed without a percent sign",
        }));
    }
    let parsed = PublishedPercent::parse(text).map_err(figure)?;
    if parsed.decimals() > SCORE_DECIMALS {
        return Err(figure(MoneyError::TooManyDecimals {
            text: text.to_owned(),
            found: parsed.decimals(),
            allowed: SCORE_DECIMALS,
        }));
    }
    Ok(plain_decimal(text, parsed.percent().value()))
}

/// A rate (执行率) as a published percentage with the form's declared precision.
pub(crate) fn rate_of(printed: Decimal) -> Option<PublishedPercent> {
    PublishedPercent::new(printed, SCORE_DECIMALS).ok()
}

/// A printed amount of a form: 万元 with three declared decimals.
pub(crate) fn parse_amount(
    field: &'static str,
    text: &str,
) -> Result<(Decimal, PublishedAmount), EvaluationError> {
    let published =
        PublishedAmount::parse_with_precision(text, MoneyUnit::WanYuan, AMOUNT_PRECISION).map_err(
            |source| EvaluationError::Figure {
                field,
                text: text.to_owned(),
                source,
            },
        )?;
    let printed = plain_decimal(text, published.amount().wan_yuan());
    Ok((printed, published))
}
