//! The checks of the narrative against the tables.

use rust_decimal::Decimal;

use crate::audit::{Finding, Location, Severity};
use crate::classification::Level;
use crate::money::{
    Amount, Direction, Interval, MoneyUnit, Percent, Precision, PublishedAmount, PublishedPercent,
    RateCheck, Verdict,
};

use super::claim::{BudgetSource, Change, Completion, Share, StatedAmount, VersusBudget};
use super::figure::{ProcurementItem, ReceptionScope, Stage, ThreePublicItem};
use super::text::{CONTRADICTION_PATTERNS, RESIDUE_PATTERNS, compact, find_patterns};
use super::{
    Budget, Claim, Comparison, CountRef, EvaluatedProject, FigureRef, Figures, GradeCount,
    Narrative, SpendingColumn, StatedRate, Statement,
};

/// Parameters of the narrative checks.
///
/// ```
/// use final_accounts::classification::Level;
/// use final_accounts::narrative::CheckOptions;
/// let options = CheckOptions::default();
/// assert_eq!(options.detail_level, Level::Class);
/// assert_eq!(options.detail_section.as_deref(), Some("五（三）"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckOptions {
    /// The level of 公开05表 lines each expected to have a sentence in the 具体情况 paragraph
    /// (`narrative.detail-coverage`). Default: 类 \[S\]; some templates (Shanghai) go down to 项.
    pub detail_level: Level,
    /// The section label of the 具体情况 paragraph (prefix match, parenthesis width ignored);
    /// `None` looks in every section. Default: "五（三）", its place in both known templates.
    pub detail_section: Option<String>,
    /// Template placeholders (`narrative.residue`). Default: [`RESIDUE_PATTERNS`].
    pub residue_patterns: Vec<String>,
    /// Prior-year figures, when known (for `narrative.change-amount` and the direction of a
    /// change); the narrative's own changes are otherwise the only source of the prior year.
    pub prior_year: Vec<(FigureRef, PublishedAmount)>,
    /// The decimals the narrative prints its amounts and rates to, dropping trailing zeros
    /// ("5万元" for 5.00, "100%" for 100.00%): a figure printed with fewer digits is read at
    /// this precision. `None` reads each figure at the digits printed (the widest reading).
    /// Default `None`; profiles declare it.
    pub decimals: Option<u32>,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            detail_level: Level::Class,
            detail_section: Some("五（三）".to_owned()),
            residue_patterns: RESIDUE_PATTERNS.iter().map(|s| (*s).to_owned()).collect(),
            prior_year: Vec::new(),
            decimals: None,
        }
    }
}

impl CheckOptions {
    /// The options with these prior-year figures.
    #[must_use]
    pub fn with_prior_year(mut self, prior_year: Vec<(FigureRef, PublishedAmount)>) -> Self {
        self.prior_year = prior_year;
        self
    }

    /// The options with this 具体情况 level.
    #[must_use]
    pub fn with_detail_level(mut self, level: Level) -> Self {
        self.detail_level = level;
        self
    }
}

/// A figure resolved from the tables: its printed value, the interval (in 元) of what it
/// stands for and where it is printed.
struct Value {
    center: Amount,
    interval: Interval,
    shown: String,
    location: Location,
}

fn wan(amount: Amount) -> String {
    amount.round_in(MoneyUnit::WanYuan, 2).to_string()
}

fn wan_interval(i: &Interval) -> String {
    let w = Decimal::from(10_000);
    format!(
        "[{}, {}]",
        i.lo().checked_div(w).unwrap_or_default().normalize(),
        i.hi().checked_div(w).unwrap_or_default().normalize()
    )
}

/// The published forms as the narrative's roll-up reads them, asked of [`Figures`] once per
/// check: the trait hands back an owned list, and asking per claim made a narrative of many
/// statements about many forms quadratic.
struct Evaluations<'a> {
    figures: &'a dyn Figures,
    forms: std::cell::OnceCell<Option<Vec<EvaluatedProject>>>,
    spent: std::cell::OnceCell<Option<(Amount, Interval)>>,
}

impl<'a> Evaluations<'a> {
    fn new(figures: &'a dyn Figures) -> Evaluations<'a> {
        Evaluations {
            figures,
            forms: std::cell::OnceCell::new(),
            spent: std::cell::OnceCell::new(),
        }
    }

    /// Σ 全年执行数 of the forms, and its interval (checked: `None` on overflow).
    fn spent(&self) -> Option<(Amount, Interval)> {
        *self.spent.get_or_init(|| {
            let mut center = Amount::ZERO;
            let mut interval = Interval::exact(Decimal::ZERO);
            for form in self.get()? {
                center = center.checked_add(form.spent.amount()).ok()?;
                interval = interval.checked_add(&form.spent.interval_yuan())?;
            }
            Some((center, interval))
        })
    }

    fn get(&self) -> Option<&[EvaluatedProject]> {
        self.forms
            .get_or_init(|| self.figures.self_evaluations())
            .as_deref()
    }
}

fn resolve(evaluations: &Evaluations<'_>, figure: &FigureRef) -> Option<Value> {
    let figures = evaluations.figures;
    if let Some(a) = figures.amount(figure) {
        return Some(Value {
            center: a.amount(),
            interval: a.interval_yuan(),
            shown: a.to_string(),
            location: figures.location(figure),
        });
    }
    if *figure == FigureRef::EvaluationSpent {
        let (center, interval) = evaluations.spent()?;
        return Some(Value {
            center,
            shown: center
                .round_in(MoneyUnit::WanYuan, 3)
                .normalize()
                .to_string(),
            interval,
            location: figures.location(figure),
        });
    }
    None
}

fn resolve_count(evaluations: &Evaluations<'_>, count: &CountRef) -> Option<u64> {
    let figures = evaluations.figures;
    figures.count(count).or_else(|| {
        if *count == CountRef::EvaluatedProjects {
            evaluations.get().and_then(|f| u64::try_from(f.len()).ok())
        } else {
            None
        }
    })
}

struct Ctx<'a> {
    figures: &'a dyn Figures,
    evaluations: Evaluations<'a>,
    options: &'a CheckOptions,
    /// The amounts the narrative itself states, with the section that states each: a figure
    /// no table prints is still checked against the narrative's own statement of it (a share
    /// of 授予中小企业合同金额, a part of 公务接待费).
    stated: Vec<(FigureRef, PublishedAmount, String)>,
    out: Vec<Finding>,
}

/// The figure a figure is a part of, when the tables may not print the part: 国内 and
/// 国（境）外 接待费 are parts of the 公务接待费 of 公开09表, 外事接待 a part of 国内接待;
/// 授予中小企业 a part of 政府采购, 授予小微企业 a part of 授予中小企业.
fn whole_of(figure: &FigureRef) -> Option<FigureRef> {
    match figure {
        FigureRef::Reception(ReceptionScope::Domestic | ReceptionScope::Overseas)
        | FigureRef::Reception(ReceptionScope::All) => Some(FigureRef::ThreePublic {
            stage: Stage::Actual,
            item: ThreePublicItem::Reception,
        }),
        FigureRef::Reception(ReceptionScope::ForeignAffairs) => {
            Some(FigureRef::Reception(ReceptionScope::Domestic))
        }
        FigureRef::Procurement(ProcurementItem::SmallMedium) => {
            Some(FigureRef::Procurement(ProcurementItem::Total))
        }
        FigureRef::Procurement(ProcurementItem::SmallMicro) => {
            Some(FigureRef::Procurement(ProcurementItem::SmallMedium))
        }
        FigureRef::Procurement(
            ProcurementItem::AwardedReservedSmallMedium | ProcurementItem::AwardedOtherSmallMedium,
        ) => Some(FigureRef::Procurement(ProcurementItem::Total)),
        FigureRef::Procurement(ProcurementItem::AwardedReservedSmallMicro) => Some(
            FigureRef::Procurement(ProcurementItem::AwardedReservedSmallMedium),
        ),
        FigureRef::Procurement(ProcurementItem::ReservedSmallMicro) => {
            Some(FigureRef::Procurement(ProcurementItem::ReservedSmallMedium))
        }
        _ => None,
    }
}

/// Parts that share one whole and together cannot exceed it: the contracts awarded to 中小企业
/// in the projects reserved for them and in the other projects are both contracts of the
/// year's 政府采购.
const PARTS_TOGETHER: &[(&[FigureRef], FigureRef)] = &[(
    &[
        FigureRef::Procurement(ProcurementItem::AwardedReservedSmallMedium),
        FigureRef::Procurement(ProcurementItem::AwardedOtherSmallMedium),
    ],
    FigureRef::Procurement(ProcurementItem::Total),
)];

fn here(statement: &Statement) -> Location {
    Location::table("说明").row(statement.section().to_owned())
}

impl Ctx<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        rule: &str,
        severity: Severity,
        statement: &Statement,
        cells: Vec<Location>,
        expected: Option<String>,
        actual: Option<String>,
        allowance: Option<String>,
        zh: String,
        en: String,
    ) {
        let mut locations = vec![here(statement)];
        locations.extend(cells);
        self.out.push(Finding {
            rule: rule.to_owned(),
            severity,
            locations,
            expected,
            actual,
            allowance,
            message_zh: format!("说明{}：{}", statement.section(), zh),
            message_en: format!("说明 section {}: {}", statement.section(), en),
        });
    }

    fn unverifiable(&mut self, statement: &Statement, what: &str) {
        self.push(
            "narrative.unverifiable",
            Severity::Info,
            statement,
            vec![],
            None,
            None,
            None,
            format!("“{what}”在公开表中没有对应数据，无法核对"),
            format!("the disclosure has no figure for {what}; the claim cannot be verified"),
        );
    }

    fn resolve_or_note(&mut self, statement: &Statement, figure: &FigureRef) -> Option<Value> {
        let v = resolve(&self.evaluations, figure);
        if v.is_none() {
            self.unverifiable(statement, &figure.name());
            return self.stated_value(figure);
        }
        v
    }

    /// A 三公 detail no table prints (团组, 人次, 批次, vehicles) must agree with the money spent
    /// on it: none without spending, some with it (`narrative.three-public-detail`); the
    /// vehicles the funds keep cannot outnumber the vehicles the unit has.
    fn count_against_spending(&mut self, st: &Statement, count: &CountRef, stated: u64) {
        if *count == CountRef::VehiclesFunded {
            let all = CountRef::Vehicles(None);
            if let Some(total) = resolve_count(&self.evaluations, &all)
                && stated > total
            {
                self.push(
                    "narrative.three-public-detail",
                    Severity::Error,
                    st,
                    vec![self.figures.count_location(&all)],
                    Some(format!("≤ {total}")),
                    Some(stated.to_string()),
                    None,
                    format!("{count}{stated}辆，多于车辆数合计{total}辆"),
                    format!("{count} is {stated}, more than the {total} vehicles the unit has"),
                );
            }
            return;
        }
        let item = match count {
            CountRef::OverseasGroups | CountRef::OverseasPersonTimes => {
                ThreePublicItem::OverseasTravel
            }
            CountRef::VehiclesPurchased => ThreePublicItem::VehiclePurchase,
            CountRef::ReceptionBatches(ReceptionScope::All)
            | CountRef::ReceptionPersonTimes(ReceptionScope::All) => ThreePublicItem::Reception,
            CountRef::ReceptionBatches(scope) | CountRef::ReceptionPersonTimes(scope) => {
                let figure = FigureRef::Reception(*scope);
                if let Some(spent) =
                    resolve(&self.evaluations, &figure).or_else(|| self.stated_value(&figure))
                {
                    self.spending_agrees(st, count, stated, &figure, &spent);
                }
                return;
            }
            _ => return,
        };
        let figure = FigureRef::ThreePublic {
            stage: Stage::Actual,
            item,
        };
        if let Some(spent) = resolve(&self.evaluations, &figure) {
            self.spending_agrees(st, count, stated, &figure, &spent);
        }
    }

    fn spending_agrees(
        &mut self,
        st: &Statement,
        count: &CountRef,
        stated: u64,
        figure: &FigureRef,
        spent: &Value,
    ) {
        // A blank or 0.00 cell reports no spending on the item.
        let none_spent = spent.center.is_zero();
        let surely_spent = spent.interval.lo() > Decimal::ZERO;
        let (expected, zh, en) = if stated > 0 && none_spent {
            (
                "0".to_owned(),
                format!("{}为0，{count}却为{stated}", figure.name()),
                format!("{} is 0, yet {count} is {stated}", figure.name()),
            )
        } else if stated == 0 && surely_spent {
            (
                "> 0".to_owned(),
                format!("{}为{}万元，{count}却为0", figure.name(), spent.shown),
                format!(
                    "{} is {} 万元, yet {count} is 0",
                    figure.name(),
                    spent.shown
                ),
            )
        } else {
            return;
        };
        self.push(
            "narrative.three-public-detail",
            Severity::Error,
            st,
            vec![spent.location.clone()],
            Some(expected),
            Some(stated.to_string()),
            None,
            zh,
            en,
        );
    }

    /// A stated amount read at the narrative's declared precision.
    fn declared(&self, p: PublishedAmount) -> PublishedAmount {
        match (self.options.decimals, p.precision()) {
            (Some(d), Precision::Rounded { decimals }) if decimals < d => {
                PublishedAmount::new(p.amount(), p.unit(), Precision::Rounded { decimals: d })
                    .unwrap_or(p)
            }
            _ => p,
        }
    }

    /// A stated rate read at the narrative's declared precision.
    fn declared_rate(&self, p: PublishedPercent) -> PublishedPercent {
        match self.options.decimals {
            Some(d) if p.decimals() < d => {
                PublishedPercent::new(p.percent().value(), d).unwrap_or(p)
            }
            _ => p,
        }
    }

    /// A figure no table prints, as the narrative itself states it (first statement wins).
    fn stated_value(&self, figure: &FigureRef) -> Option<Value> {
        self.stated
            .iter()
            .find(|(f, _, _)| f == figure)
            .map(|(_, amount, section)| (self.declared(*amount), section))
            .map(|(amount, section)| Value {
                center: amount.amount(),
                interval: amount.interval_yuan(),
                shown: amount.to_string(),
                location: Location::table("说明").row(section.clone()),
            })
    }

    /// A part stated where no table prints it must not exceed its whole (`narrative.part-of-whole`).
    fn part_of_whole(&mut self, st: &Statement, claim: &StatedAmount) {
        let figure = claim.figure();
        let Some(whole_ref) = whole_of(&figure) else {
            return;
        };
        let whole =
            resolve(&self.evaluations, &whole_ref).or_else(|| self.stated_value(&whole_ref));
        let Some(whole) = whole else {
            return;
        };
        let stated = self.declared(claim.stated());
        let exact = figure == FigureRef::Reception(ReceptionScope::All);
        let part = stated.interval_yuan();
        let broken = if exact {
            !part.meets(&whole.interval)
        } else {
            part.lo() > whole.interval.hi()
        };
        if !broken {
            return;
        }
        let relation_zh = if exact { "等于" } else { "不超过" };
        let relation_en = if exact { "equal" } else { "not exceed" };
        self.push(
            "narrative.part-of-whole",
            Severity::Error,
            st,
            vec![whole.location],
            Some(format!("≤ {}", whole.shown)),
            Some(stated.to_string()),
            None,
            format!(
                "{}{}万元应{relation_zh}{}{}万元",
                figure.name(),
                stated,
                whole_ref.name(),
                whole.shown
            ),
            format!(
                "{} ({} 万元) must {relation_en} {} ({} 万元)",
                figure.name(),
                stated,
                whole_ref.name(),
                whole.shown
            ),
        );
    }

    /// Parts of [`PARTS_TOGETHER`] the narrative states, taken together, must not exceed their
    /// whole (`narrative.part-of-whole`); reported at the statement of the last part.
    fn parts_together(&mut self, narrative: &Narrative) {
        for (parts, whole_ref) in PARTS_TOGETHER {
            let Some(whole) =
                resolve(&self.evaluations, whole_ref).or_else(|| self.stated_value(whole_ref))
            else {
                continue;
            };
            let values: Vec<Value> = parts.iter().filter_map(|p| self.stated_value(p)).collect();
            if values.len() != parts.len() {
                continue;
            }
            let mut center = Amount::ZERO;
            let mut interval = Interval::exact(Decimal::ZERO);
            for v in &values {
                let (Ok(c), Some(i)) = (
                    center.checked_add(v.center),
                    interval.checked_add(&v.interval),
                ) else {
                    return;
                };
                center = c;
                interval = i;
            }
            if interval.lo() <= whole.interval.hi() {
                continue;
            }
            let last_section = values
                .last()
                .and_then(|v| v.location.row.clone())
                .unwrap_or_default();
            let Some(st) = narrative
                .statements
                .iter()
                .rev()
                .find(|s| s.section() == last_section)
            else {
                continue;
            };
            let names: Vec<String> = parts.iter().map(FigureRef::name).collect();
            let shown: Vec<&str> = values.iter().map(|v| v.shown.as_str()).collect();
            let mut cells = vec![whole.location.clone()];
            cells.extend(values.iter().map(|v| v.location.clone()));
            self.push(
                "narrative.part-of-whole",
                Severity::Error,
                st,
                cells,
                Some(format!("≤ {}", whole.shown)),
                Some(wan(center)),
                Some(format!(
                    "the printed parts stand for {} 万元, the whole for {} 万元",
                    wan_interval(&interval),
                    wan_interval(&whole.interval)
                )),
                format!(
                    "{}合计{}万元（{}），应不超过{}{}万元",
                    names.join("与"),
                    wan(center),
                    shown.join(" + "),
                    whole_ref.name(),
                    whole.shown
                ),
                format!(
                    "{} together ({} = {} 万元) must not exceed {} ({} 万元)",
                    names.join(" and "),
                    shown.join(" + "),
                    wan(center),
                    whole_ref.name(),
                    whole.shown
                ),
            );
        }
    }

    fn amount(&mut self, st: &Statement, claim: &StatedAmount) {
        let figure = claim.figure();
        let Some(value) = resolve(&self.evaluations, &figure) else {
            self.unverifiable(st, &figure.name());
            self.part_of_whole(st, claim);
            return;
        };
        let stated = self.declared(claim.stated());
        if stated.amount() == value.center {
            return;
        }
        let severity = if stated.interval_yuan().meets(&value.interval) {
            Severity::Info
        } else {
            Severity::Error
        };
        let allowance = format!(
            "the printed figures stand for {} and {} 万元",
            wan_interval(&stated.interval_yuan()),
            wan_interval(&value.interval)
        );
        let (zh, en) = if severity == Severity::Info {
            (
                format!(
                    "{}说明数{}万元与表内数{}万元相差在尾数误差内",
                    figure.name(),
                    stated,
                    value.shown
                ),
                format!(
                    "{} stated as {} 万元, the table prints {} 万元: within rounding",
                    figure.name(),
                    stated,
                    value.shown
                ),
            )
        } else {
            (
                format!(
                    "{}说明数{}万元与表内数{}万元不一致",
                    figure.name(),
                    stated,
                    value.shown
                ),
                format!(
                    "{} is stated as {} 万元 but the table prints {} 万元",
                    figure.name(),
                    stated,
                    value.shown
                ),
            )
        };
        self.push(
            "narrative.amount",
            severity,
            st,
            vec![value.location],
            Some(value.shown.clone()),
            Some(stated.to_string()),
            Some(allowance),
            zh,
            en,
        );
    }

    fn rate_result(
        &mut self,
        rule: &str,
        st: &Statement,
        cells: Vec<Location>,
        check: &RateCheck,
        what_zh: &str,
        what_en: &str,
    ) {
        let severity = match check.verdict {
            Verdict::Exact => return,
            Verdict::WithinRounding | Verdict::Undetermined => Severity::Info,
            Verdict::Inconsistent => Severity::Error,
        };
        let expected = check.computed.map(|c| c.to_string());
        let allowance = check.possible.map(|p| {
            format!(
                "the printed figures allow {what_en} in {p}%, the printed rate stands for {}%",
                check.stated.interval()
            )
        });
        let shown_expected = expected.clone().unwrap_or_else(|| "—".to_owned());
        let (zh, en) = match check.verdict {
            Verdict::Inconsistent => (
                format!("{what_zh}应为{shown_expected}，说明写作{}", check.stated),
                format!(
                    "{what_en} should be {shown_expected}, the 说明 prints {}",
                    check.stated
                ),
            ),
            Verdict::Undetermined => (
                format!("{what_zh}的分母可能为零，无法核对说明所写{}", check.stated),
                format!(
                    "the base of {what_en} may be zero; the printed {} cannot be checked",
                    check.stated
                ),
            ),
            _ => (
                format!(
                    "{what_zh}按表内数计算为{shown_expected}，说明写作{}，在尾数误差内",
                    check.stated
                ),
                format!(
                    "{what_en} computes to {shown_expected}, the 说明 prints {}: within rounding",
                    check.stated
                ),
            ),
        };
        self.push(
            rule,
            severity,
            st,
            cells,
            expected,
            Some(check.stated.to_string()),
            allowance,
            zh,
            en,
        );
    }

    fn share(&mut self, st: &Statement, claim: &Share) {
        let (Some(part), Some(whole)) = (
            self.resolve_or_note(st, &claim.part()),
            self.resolve_or_note(st, &claim.whole()),
        ) else {
            return;
        };
        let what_zh = format!("{}占{}的比例", claim.part().name(), claim.whole().name());
        let what_en = format!(
            "the share of {} in {}",
            claim.part().name(),
            claim.whole().name()
        );
        if whole.center.is_zero() {
            self.push(
                "narrative.share-zero-base",
                Severity::Error,
                st,
                vec![whole.location],
                Some("no percentage".to_owned()),
                Some(claim.stated().to_string()),
                None,
                format!("{what_zh}的分母为零，不应写{}", claim.stated()),
                format!(
                    "{what_en} has a zero base; {} cannot be right",
                    claim.stated()
                ),
            );
            return;
        }
        let check = rate_check(&part, &whole, self.declared_rate(claim.stated()));
        self.rate_result(
            "narrative.share",
            st,
            vec![part.location, whole.location],
            &check,
            &what_zh,
            &what_en,
        );
    }

    fn change(&mut self, st: &Statement, claim: &Change) -> bool {
        let figure = claim.figure();
        let name = figure.name();
        let word_dir = claim.word().direction();
        let mut direction_problem: Option<(String, String)> = None;
        if let Some(rw) = claim.rate_word()
            && rw.direction() != word_dir
        {
            direction_problem = Some((
                format!("“{}”与“{}”方向相反", claim.word(), rw),
                format!(
                    "\"{}\" and \"{}\" point in opposite directions",
                    claim.word(),
                    rw
                ),
            ));
        }
        let amount_zero = claim.amount().is_none_or(|a| a.amount().is_zero());
        match word_dir {
            Direction::Flat => {
                let rate_nonzero = matches!(claim.rate(), StatedRate::Infinite)
                    || matches!(claim.rate(), StatedRate::Percent(p) if !p.percent().value().is_zero());
                if !amount_zero || rate_nonzero {
                    direction_problem = Some((
                        format!("写作“{}”却有变动额或变动率", claim.word()),
                        format!(
                            "\"{}\" (no change) is printed with a non-zero change",
                            claim.word()
                        ),
                    ));
                }
            }
            _ => {
                if claim.amount().is_some() && amount_zero {
                    direction_problem = Some((
                        format!("写作“{}”但变动额为0", claim.word()),
                        format!("\"{}\" is printed with a zero change", claim.word()),
                    ));
                }
            }
        }
        let current = self.resolve_or_note(st, &figure);
        if let Some((zh, en)) = direction_problem {
            self.push(
                "narrative.change-direction",
                Severity::Error,
                st,
                current.iter().map(|c| c.location.clone()).collect(),
                None,
                Some(st.text().to_owned()),
                None,
                format!("{name}：{zh}"),
                format!("{name}: {en}"),
            );
            return word_dir != Direction::Flat;
        }
        let Some(current) = current else {
            return word_dir != Direction::Flat;
        };
        let change = claim.amount().map(|a| self.declared(a));
        // Prior year given as input: the change and its direction are checked against it.
        if let Some((_, prior)) = self.options.prior_year.iter().find(|(f, _)| *f == figure) {
            let prior = *prior;
            let actual_dir = Direction::of(current.center, prior.amount());
            let could_be_flat = current.interval.meets(&prior.interval_yuan());
            if actual_dir != word_dir && !(could_be_flat && word_dir == Direction::Flat) {
                self.push(
                    "narrative.change-direction",
                    Severity::Error,
                    st,
                    vec![current.location.clone()],
                    Some(actual_dir.to_string()),
                    Some(claim.word().to_string()),
                    None,
                    format!("{name}本年{}万元、上年{}万元，应为“{}”，说明写作“{}”", current.shown, prior, actual_dir, claim.word()),
                    format!("{name} is {} this year and {} last year: the change is {}, the 说明 prints {}", current.shown, prior, actual_dir, claim.word()),
                );
            }
            if let Some(d) = change {
                let diff = current
                    .center
                    .checked_sub(prior.amount())
                    .ok()
                    .map(Amount::abs);
                let possible = current
                    .interval
                    .checked_sub(&prior.interval_yuan())
                    .map(|i| abs_interval(&i));
                if let (Some(diff), Some(possible)) = (diff, possible)
                    && diff != d.amount()
                {
                    let severity = if possible.meets(&d.interval_yuan()) {
                        Severity::Info
                    } else {
                        Severity::Error
                    };
                    self.push(
                        "narrative.change-amount",
                        severity,
                        st,
                        vec![current.location.clone()],
                        Some(wan(diff)),
                        Some(d.to_string()),
                        Some(format!(
                            "the printed figures allow {} 万元",
                            wan_interval(&possible)
                        )),
                        format!("{name}变动额应为{}万元，说明写作{}万元", wan(diff), d),
                        format!(
                            "the change of {name} should be {} 万元, the 说明 prints {} 万元",
                            wan(diff),
                            d
                        ),
                    );
                }
            }
        }
        // The prior year implied by the narrative: current − change, signed by the word.
        let (prior_center, prior_interval) = match (word_dir, change) {
            (Direction::Flat, _) | (_, None) => (Some(current.center), Some(current.interval)),
            (Direction::Increase, Some(d)) => (
                current.center.checked_sub(d.amount()).ok(),
                current.interval.checked_sub(&d.interval_yuan()),
            ),
            (_, Some(d)) => (
                current.center.checked_add(d.amount()).ok(),
                current.interval.checked_add(&d.interval_yuan()),
            ),
        };
        let (Some(prior_center), Some(prior_interval)) = (prior_center, prior_interval) else {
            return word_dir != Direction::Flat;
        };
        if prior_interval.hi() < Decimal::ZERO {
            self.push(
                "narrative.prior-negative",
                Severity::Error,
                st,
                vec![current.location],
                None,
                change.map(|d| d.to_string()),
                None,
                format!("{name}本年{}万元，{}{}万元意味着上年为{}万元（负数）", current.shown, claim.word(), change.map(|d| d.to_string()).unwrap_or_default(), wan(prior_center)),
                format!("{name} is {} 万元: a change of {} {} 万元 implies a negative prior year ({} 万元)", current.shown, claim.word(), change.map(|d| d.to_string()).unwrap_or_default(), wan(prior_center)),
            );
            return true;
        }
        let Some(d) = change else {
            return word_dir != Direction::Flat;
        };
        match claim.rate() {
            StatedRate::Omitted => {}
            StatedRate::Infinite => {
                if !prior_interval.contains_zero() {
                    self.push(
                        "narrative.growth-infinite",
                        Severity::Error,
                        st,
                        vec![current.location],
                        Some("a finite rate".to_owned()),
                        Some("∞%".to_owned()),
                        None,
                        format!("{name}上年数为{}万元（本年数减变动额），不为零，不应写“∞%”", wan(prior_center)),
                        format!("the prior year of {name} (current − change) is {} 万元, not zero: \"∞%\" is wrong", wan(prior_center)),
                    );
                }
            }
            StatedRate::Percent(p) => {
                let p = self.declared_rate(p);
                if prior_center.is_zero() {
                    self.push(
                        "narrative.growth-zero-base",
                        Severity::Error,
                        st,
                        vec![current.location],
                        Some("no rate".to_owned()),
                        Some(p.to_string()),
                        None,
                        format!("{name}上年数为0（本年数{}万元减变动额{}万元），不存在增长率，说明却写作{}", current.shown, d, p),
                        format!("the prior year of {name} is zero (current {} minus change {}): there is no growth rate, yet the 说明 prints {}", current.shown, d, p),
                    );
                } else {
                    let computed = Percent::ratio(d.amount(), prior_center.abs())
                        .ok()
                        .flatten();
                    let possible = d
                        .interval_yuan()
                        .checked_div(&prior_interval)
                        .and_then(|q| q.checked_scale(Decimal::ONE_HUNDRED))
                        .map(|q| abs_interval(&q));
                    let check = RateCheck::from_interval(computed, possible, p);
                    self.rate_result(
                        "narrative.growth-rate",
                        st,
                        vec![current.location],
                        &check,
                        &format!(
                            "{name}的增长率（{}万元 ÷ 上年{}万元）",
                            d,
                            wan(prior_center)
                        ),
                        &format!(
                            "the growth rate of {name} ({} / prior {} 万元)",
                            d,
                            wan(prior_center)
                        ),
                    );
                }
            }
        }
        word_dir != Direction::Flat
    }

    fn budget_value(&mut self, st: &Statement, budget: &Budget) -> Option<Value> {
        match budget.source() {
            BudgetSource::Stated(a) => Some(self.declared(a)).map(|a| Value {
                center: a.amount(),
                interval: a.interval_yuan(),
                shown: a.to_string(),
                location: Location::table("说明")
                    .row(st.section().to_owned())
                    .column(budget.kind().to_string()),
            }),
            BudgetSource::Table(f) => self.resolve_or_note(st, &f),
        }
    }

    fn completion(&mut self, st: &Statement, claim: &Completion) -> bool {
        let figure = claim.figure();
        let kind = claim.budget().kind();
        let (Some(actual), Some(budget)) = (
            self.resolve_or_note(st, &figure),
            self.budget_value(st, &claim.budget()),
        ) else {
            return false;
        };
        let name = figure.name();
        if budget.center.is_zero() {
            self.push(
                "narrative.completion-zero-budget",
                Severity::Error,
                st,
                vec![budget.location, actual.location],
                Some("no percentage".to_owned()),
                Some(claim.stated().to_string()),
                None,
                format!("{name}的{kind}为0，不存在完成{kind}的比例，说明却写作“完成{kind}的{}”", claim.stated()),
                format!("the {kind} of {name} is zero: there is no completion rate, yet the 说明 prints \"完成{kind}的{}\"", claim.stated()),
            );
            return !actual.center.is_zero();
        }
        let check = rate_check(&actual, &budget, self.declared_rate(claim.stated()));
        self.rate_result(
            "narrative.completion",
            st,
            vec![actual.location, budget.location],
            &check,
            &format!("{name}完成{kind}的比例"),
            &format!("the completion of the {kind} of {name}"),
        );
        !actual.interval.meets(&budget.interval)
    }

    fn versus_budget(&mut self, st: &Statement, claim: &VersusBudget) -> bool {
        let (Some(actual), Some(budget)) = (
            self.resolve_or_note(st, &claim.figure()),
            self.budget_value(st, &claim.budget()),
        ) else {
            return false;
        };
        let meets = actual.interval.meets(&budget.interval);
        let ok = match claim.word() {
            Comparison::Equal | Comparison::Flat => meets,
            Comparison::Greater => actual.interval.hi() > budget.interval.lo(),
            Comparison::Less => actual.interval.lo() < budget.interval.hi(),
        };
        if !ok {
            let name = claim.figure().name();
            let kind = claim.budget().kind();
            self.push(
                "narrative.versus-budget",
                Severity::Error,
                st,
                vec![actual.location, budget.location.clone()],
                None,
                Some(claim.word().to_string()),
                None,
                format!(
                    "{name}决算{}万元、{kind}{}万元，说明却写作决算“{}”预算",
                    actual.shown,
                    budget.shown,
                    claim.word()
                ),
                format!(
                    "{name}: 决算 {} 万元 against a {kind} of {} 万元, yet the 说明 says \"{}\"",
                    actual.shown,
                    budget.shown,
                    claim.word()
                ),
            );
        }
        !matches!(claim.word(), Comparison::Equal | Comparison::Flat)
    }

    fn count(&mut self, st: &Statement, count: &CountRef, stated: u64) {
        let Some(actual) = resolve_count(&self.evaluations, count) else {
            self.unverifiable(st, &count.to_string());
            self.count_against_spending(st, count, stated);
            return;
        };
        if actual != stated {
            self.push(
                "narrative.count",
                Severity::Error,
                st,
                vec![self.figures.count_location(count)],
                Some(actual.to_string()),
                Some(stated.to_string()),
                None,
                format!("{count}说明写作{stated}，表内为{actual}"),
                format!("{count} is stated as {stated}, the disclosure has {actual}"),
            );
        }
    }

    fn grade_count(&mut self, st: &Statement, claim: &GradeCount) {
        let Some(forms) = self.evaluations.get() else {
            self.unverifiable(st, &format!("自评等级“{}”项目数", claim.grade()));
            return;
        };
        let actual = forms
            .iter()
            .filter(|f| f.grade.trim() == claim.grade())
            .count();
        let actual = u64::try_from(actual).unwrap_or(u64::MAX);
        if actual != claim.stated() {
            self.push(
                "narrative.grade-count",
                Severity::Error,
                st,
                vec![Location::table("项目支出绩效自评表").column("等级")],
                Some(actual.to_string()),
                Some(claim.stated().to_string()),
                None,
                format!(
                    "自评等级为“{}”的项目说明写作{}个，自评表为{}个",
                    claim.grade(),
                    claim.stated(),
                    actual
                ),
                format!(
                    "{} projects graded \"{}\" are stated, the forms have {}",
                    claim.stated(),
                    claim.grade(),
                    actual
                ),
            );
        }
    }

    fn nil(&mut self, st: &Statement, figure: &FigureRef) {
        let Some(value) = resolve(&self.evaluations, figure) else {
            return;
        };
        if !value.center.is_zero() {
            self.push(
                "narrative.nil",
                Severity::Error,
                st,
                vec![value.location],
                Some(value.shown.clone()),
                Some("0".to_owned()),
                None,
                format!("说明称无此项，但{}表内为{}万元", figure.name(), value.shown),
                format!(
                    "the 说明 says there is none, but {} is {} 万元 in the table",
                    figure.name(),
                    value.shown
                ),
            );
        }
    }

    fn text(&mut self, st: &Statement) {
        let mut texts = vec![("text", st.text())];
        if let Some(r) = st.reason() {
            texts.push(("reason", r));
        }
        let residue: Vec<&str> = self
            .options
            .residue_patterns
            .iter()
            .map(String::as_str)
            .collect();
        for (field, text) in texts {
            for (pattern, excerpt) in find_patterns(text, &residue) {
                self.push(
                    "narrative.residue",
                    Severity::Error,
                    st,
                    vec![],
                    None,
                    Some(excerpt.clone()),
                    None,
                    format!("文字含模板残留“{pattern}”：…{excerpt}…"),
                    format!(
                        "the {field} contains the template placeholder \"{pattern}\": …{excerpt}…"
                    ),
                );
            }
            for (pattern, excerpt) in find_patterns(text, CONTRADICTION_PATTERNS) {
                self.push(
                    "narrative.contradiction",
                    Severity::Error,
                    st,
                    vec![],
                    None,
                    Some(excerpt.clone()),
                    None,
                    format!("增减用词矛盾“{pattern}”：…{excerpt}…"),
                    format!("the {field} prints contradictory direction words \"{pattern}\": …{excerpt}…"),
                );
            }
        }
    }

    fn claims_in_text(&mut self, st: &Statement) {
        let text = compact(st.text());
        for claim in st.claims() {
            let mut printed: Vec<Vec<String>> = Vec::new();
            match claim {
                Claim::Amount(a) => printed.push(amount_forms(&a.stated())),
                Claim::Share(s) => printed.push(percent_forms(&s.stated())),
                Claim::Change(c) => {
                    if let Some(a) = c.amount() {
                        printed.push(amount_forms(&a));
                    }
                    match c.rate() {
                        StatedRate::Percent(p) => printed.push(percent_forms(&p)),
                        StatedRate::Infinite => printed.push(vec!["∞".to_owned()]),
                        StatedRate::Omitted => {}
                    }
                    printed.push(vec![c.word().to_string()]);
                }
                Claim::Completion(c) => {
                    printed.push(percent_forms(&c.stated()));
                    if let BudgetSource::Stated(a) = c.budget().source() {
                        printed.push(amount_forms(&a));
                    }
                }
                Claim::VersusBudget(v) => printed.push(vec![v.word().to_string()]),
                Claim::Count { stated, .. } => printed.push(vec![stated.to_string()]),
                Claim::GradeCount(g) => {
                    printed.push(vec![g.stated().to_string()]);
                    printed.push(vec![g.grade().to_owned()]);
                }
                Claim::Nil(_) => {}
            }
            for forms in printed {
                if !forms.iter().any(|f| text.contains(f.as_str())) {
                    let first = forms.first().cloned().unwrap_or_default();
                    self.push(
                        "narrative.claim-not-in-text",
                        Severity::Warning,
                        st,
                        vec![],
                        Some(first.clone()),
                        None,
                        None,
                        format!("记录的数据“{first}”不见于原文"),
                        format!(
                            "the recorded figure \"{first}\" does not occur in the printed text"
                        ),
                    );
                }
            }
        }
    }
}

fn amount_forms(a: &PublishedAmount) -> Vec<String> {
    vec![format!("{a:#}"), a.to_string()]
}

fn percent_forms(p: &PublishedPercent) -> Vec<String> {
    vec![p.to_string(), format!("{p}").replace('%', "％")]
}

fn abs_interval(i: &Interval) -> Interval {
    if i.lo() >= Decimal::ZERO {
        *i
    } else if i.hi() <= Decimal::ZERO {
        Interval::new(i.hi().abs(), i.lo().abs()).unwrap_or(*i)
    } else {
        Interval::new(Decimal::ZERO, i.lo().abs().max(i.hi())).unwrap_or(*i)
    }
}

fn rate_check(part: &Value, whole: &Value, stated: PublishedPercent) -> RateCheck {
    let computed = Percent::ratio(part.center, whole.center).ok().flatten();
    let possible = part
        .interval
        .checked_div(&whole.interval)
        .and_then(|q| q.checked_scale(Decimal::ONE_HUNDRED));
    RateCheck::from_interval(computed, possible, stated)
}

/// Checks the narrative against the disclosure's figures and returns every finding, in
/// statement order, then the coverage of 公开05表 lines.
///
/// Precision-aware throughout: a stated figure whose printed interval meets the table's is at
/// most info; rates are checked over the intervals of the figures they are computed from
/// (as [`check_rate`](crate::money::check_rate) does); growth rates use the prior year the narrative implies (current − change).
///
/// ```
/// use final_accounts::classification::FunctionCode;
/// use final_accounts::money::{MoneyUnit, PublishedAmount};
/// use final_accounts::narrative::{check, CheckOptions, Claim, CountRef, FigureRef, Figures,
///     GeneralPublicRow, Narrative, Statement};
///
/// struct Tables;
/// impl Figures for Tables {
///     fn amount(&self, f: &FigureRef) -> Option<PublishedAmount> {
///         match f {
///             FigureRef::IncomeTotal => PublishedAmount::parse("1,991.06", MoneyUnit::WanYuan).ok(),
///             _ => None,
///         }
///     }
///     fn count(&self, _: &CountRef) -> Option<u64> { None }
///     fn general_public_rows(&self) -> Vec<GeneralPublicRow> { Vec::new() }
/// }
///
/// let text = "2023年度收入合计1,992.06万元";
/// let wrong = Statement::new("二", text, vec![Claim::amount(FigureRef::IncomeTotal, "1,992.06")?], None)?;
/// let findings = check(&Narrative::new(vec![wrong]), &Tables, &CheckOptions::default());
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].rule, "narrative.amount");
/// assert_eq!(findings[0].expected.as_deref(), Some("1991.06"));
/// # Ok::<(), final_accounts::narrative::NarrativeError>(())
/// ```
#[must_use]
pub fn check(narrative: &Narrative, figures: &dyn Figures, options: &CheckOptions) -> Vec<Finding> {
    let stated = narrative
        .statements
        .iter()
        .flat_map(|st| {
            st.claims().iter().filter_map(move |claim| match claim {
                Claim::Amount(a) => Some((a.figure(), a.stated(), st.section().to_owned())),
                _ => None,
            })
        })
        .collect();
    let mut ctx = Ctx {
        figures,
        evaluations: Evaluations::new(figures),
        options,
        stated,
        out: Vec::new(),
    };
    for st in &narrative.statements {
        ctx.text(st);
        let mut needs_reason = false;
        for claim in st.claims() {
            match claim {
                Claim::Amount(a) => ctx.amount(st, a),
                Claim::Share(s) => ctx.share(st, s),
                Claim::Change(c) => needs_reason |= ctx.change(st, c),
                Claim::Completion(c) => needs_reason |= ctx.completion(st, c),
                Claim::VersusBudget(v) => needs_reason |= ctx.versus_budget(st, v),
                Claim::Count { count, stated } => ctx.count(st, count, *stated),
                Claim::GradeCount(g) => ctx.grade_count(st, g),
                Claim::Nil(f) => ctx.nil(st, f),
            }
        }
        if needs_reason && st.reason().is_none() {
            ctx.push(
                "narrative.missing-reason",
                Severity::Warning,
                st,
                vec![],
                Some("主要原因…".to_owned()),
                None,
                None,
                "说明了变动或决算与预算的差异，但未说明原因".to_owned(),
                "reports a change or a gap between 决算 and 预算 without giving the reason"
                    .to_owned(),
            );
        }
        ctx.claims_in_text(st);
    }
    ctx.parts_together(narrative);
    coverage(&mut ctx, narrative);
    ctx.out
}

fn coverage(ctx: &mut Ctx<'_>, narrative: &Narrative) {
    let level = ctx.options.detail_level;
    let section = ctx.options.detail_section.clone();
    let in_detail: Vec<&Statement> = narrative
        .statements
        .iter()
        .filter(|s| section.as_deref().is_none_or(|p| s.in_section(p)))
        .collect();
    for row in ctx.figures.general_public_rows() {
        if row.code.level() != level || row.total.amount().is_zero() {
            continue;
        }
        let figure = FigureRef::GeneralPublic {
            code: Some(row.code),
            column: SpendingColumn::Subtotal,
        };
        let covered = in_detail.iter().any(|s| {
            s.claims().iter().any(|c| match c {
                Claim::Amount(a) => a.figure() == figure,
                Claim::Completion(co) => co.figure() == figure,
                Claim::Change(ch) => ch.figure() == figure,
                Claim::VersusBudget(v) => v.figure() == figure,
                _ => false,
            })
        });
        if !covered {
            let where_ = section.clone().unwrap_or_else(|| "说明".to_owned());
            let mut locations = vec![Location::table("说明").row(where_.clone())];
            locations.push(ctx.figures.location(&figure));
            ctx.out.push(Finding {
                rule: "narrative.detail-coverage".to_owned(),
                severity: Severity::Warning,
                locations,
                expected: Some(format!("{} {}", row.code, row.name)),
                actual: None,
                allowance: None,
                message_zh: format!(
                    "公开05表{}（{}）{}{}万元在说明{}中没有对应的具体说明",
                    row.code, level, row.name, row.total, where_
                ),
                message_en: format!(
                    "公开05表 line {} {} ({} 万元) has no sentence in 说明 {}",
                    row.code, row.name, row.total, where_
                ),
            });
        }
    }
}
