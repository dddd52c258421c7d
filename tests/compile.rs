//! Laws of compiling accounts: the disclosure audits clean; under controlled rounding not even a
//! rounding tail remains, and every printed figure is within its stated bound.

use final_accounts::accounts::{
    Accounts, Comparatives, ItemAccounts, Nature, Pool, RelatedAccounts, Source,
    ThreePublicAccounts, ThreePublicAmounts, ThreePublicDetails,
};
use final_accounts::audit::{Severity, audit};
use final_accounts::classification::{
    Catalog, EconomicCatalog, EconomicCode, EconomicScheme, FunctionCode, Level,
    ThreePublicExpense, builtin,
};
use final_accounts::compile::{CompileOptions, compile};
use final_accounts::finding::Key;
use final_accounts::money::{Amount, TableRounding};
use final_accounts::narrative::{
    FigureRef, FundColumn, RenderOptions, SpendingColumn, Stage, ThreePublicItem, ZeroBase,
};
use final_accounts::profile::Profile;
use final_accounts::tables::{Fund, VehicleCategory};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn functional() -> &'static [&'static Catalog] {
    static IN_FORCE: std::sync::LazyLock<Vec<&'static Catalog>> =
        std::sync::LazyLock::new(|| builtin::functional_in_force(2023));
    &IN_FORCE
}

fn economic() -> &'static [&'static EconomicCatalog] {
    static IN_FORCE: std::sync::LazyLock<Vec<&'static EconomicCatalog>> =
        std::sync::LazyLock::new(|| builtin::economic_in_force(EconomicScheme::Departmental, 2023));
    &IN_FORCE
}

fn yuan(fen: u64) -> Amount {
    Amount::from_yuan(Decimal::new(i64::try_from(fen).unwrap(), 2)).unwrap()
}

/// The 项 of the built-in 2023 catalog.
fn items() -> Vec<FunctionCode> {
    functional()
        .iter()
        .flat_map(|c| c.iter())
        .map(|e| e.code())
        .filter(|c| c.level() == Level::Item)
        .collect()
}

/// The economic 款 of 301 and 302 in the 2018 departmental catalog (公务接待费 30217 and the
/// other 三公 款 among them).
fn detail_codes() -> Vec<EconomicCode> {
    economic()
        .iter()
        .flat_map(|c| c.iter())
        .map(|e| e.code())
        .filter(|c| {
            let text = c.to_string();
            text.len() == 5 && (text.starts_with("301") || text.starts_with("302"))
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

prop_compose! {
    /// One 项's flows in 分: GB basic, GB project, GB opening, GB closing, GF project,
    /// non-fiscal other revenue spent on projects.
    fn flows()(
        basic in 0_u64..300_000_000,
        project in prop_oneof![2 => Just(0_u64), 3 => 0_u64..100_000_000],
        opening in prop_oneof![3 => Just(0_u64), 1 => 0_u64..5_000_000],
        closing in prop_oneof![3 => Just(0_u64), 1 => 0_u64..5_000_000],
        fund in prop_oneof![4 => Just(0_u64), 1 => 1_u64..50_000_000],
        other in prop_oneof![4 => Just(0_u64), 1 => 1_u64..20_000_000],
    ) -> [u64; 6] {
        [basic, project, opening, closing, fund, other]
    }
}

/// The economic 款 of [`detail_codes`] that carry a 三公 item (公务接待费 30217 …).
fn three_public_codes() -> Vec<EconomicCode> {
    detail_codes()
        .into_iter()
        .filter(|code| ThreePublicExpense::of(*code).is_some())
        .collect()
}

/// Which 机关运行经费 the accounts give, against the 公用经费 (302) of the basic detail.
#[derive(Debug, Clone, Copy)]
enum RunningCosts {
    /// None.
    None,
    /// A 行政单位: (一) equal to the 公用经费, exactly.
    Administrative,
    /// (一) and (二) together below the 公用经费 by the given 分, half each.
    Below(u64),
    /// (一) and (二) splitting the 公用经费 at the given share (per mille) of (一).
    Split(u64),
}

fn running_costs() -> impl Strategy<Value = RunningCosts> {
    prop_oneof![
        1 => Just(RunningCosts::None),
        3 => Just(RunningCosts::Administrative),
        1 => (0_u64..2_000).prop_map(RunningCosts::Below),
        1 => (1_u64..1000).prop_map(RunningCosts::Split),
    ]
}

/// Accounts of 1–6 项 with 一般公共预算, sometimes 政府性基金 and 其他收入, balances, a basic
/// detail split over economic 款 (often a 三公 款 among them), 三公 within budget and at least
/// their 款, 政府采购 in its three parts, and 机关运行经费 as a 行政单位 (equal to the 公用经费),
/// below it, or split between (一) and (二): every relation the audit checks between them.
fn accounts() -> impl Strategy<Value = Accounts> {
    let codes = items();
    let details = detail_codes();
    (
        proptest::sample::subsequence(codes, 1..6),
        proptest::collection::vec(flows(), 6),
        proptest::sample::subsequence(details, 1..5),
        proptest::collection::vec(1_u64..1000, 9),
        proptest::collection::vec(0_u64..2_000_000, 8),
        proptest::collection::vec(
            prop_oneof![1 => Just(0_u64), 1 => 0_u64..1_000_000, 3 => 0_u64..600_000_000],
            32,
        ),
        0_u32..32,
        proptest::sample::subsequence(three_public_codes(), 0..=3),
        running_costs(),
        prop_oneof![3 => Just(true), 1 => Just(false)],
    )
        .prop_map(
            |(
                codes,
                flows,
                detail_codes,
                weights,
                misc,
                prior,
                reasonless,
                three_public,
                running,
                budgeted,
            )| {
                let mut detail_codes = detail_codes;
                detail_codes.extend(three_public);
                detail_codes.sort_by_key(ToString::to_string);
                detail_codes.dedup();
                let gb = Fund::GeneralBudget;
                let mut items = Vec::new();
                let mut basic_total = 0_u64;
                let mut spent = std::collections::BTreeSet::new();
                for (code, [basic, project, opening, closing, fund, other]) in
                    codes.iter().zip(flows)
                {
                    basic_total += basic;
                    if basic + project > 0 {
                        spent.insert(*code);
                    }
                    // Income balances the item: income = spending + closing − opening, never negative.
                    let opening = opening.min(basic + project + closing);
                    let income = basic + project + closing - opening;
                    items.push(
                        ItemAccounts::new(*code, Pool::Appropriation(gb))
                            .opening(yuan(opening))
                            .income(Source::Appropriation(gb), yuan(income))
                            .spending(Nature::Basic, yuan(basic))
                            .spending(Nature::Project, yuan(project))
                            .closing(yuan(closing)),
                    );
                    if fund > 0 {
                        let gf = Fund::GovernmentFund;
                        items.push(
                            ItemAccounts::new(*code, Pool::Appropriation(gf))
                                .income(Source::Appropriation(gf), yuan(fund))
                                .spending(Nature::Project, yuan(fund)),
                        );
                    }
                    if other > 0 {
                        items.push(
                            ItemAccounts::new(*code, Pool::NonFiscal)
                                .income(Source::OtherRevenue, yuan(other))
                                .spending(Nature::Project, yuan(other)),
                        );
                    }
                }
                // Split the basic spending over the detail codes by weight; the last takes the rest.
                let weights = &weights[..detail_codes.len()];
                let all: u64 = weights.iter().sum();
                let mut detail = Vec::new();
                let mut left = basic_total;
                // 公用经费: the basic spending on 302, in 分.
                let mut public = 0_u64;
                for (i, (code, w)) in detail_codes.iter().zip(weights).enumerate() {
                    let share = if i + 1 == detail_codes.len() {
                        left
                    } else {
                        basic_total * w / all
                    };
                    left -= share;
                    if code.to_string().starts_with("302") {
                        public += share;
                    }
                    detail.push((*code, yuan(share)));
                }
                // 三公 actual spending includes the basic spending on its own 款, and stays within
                // its budget.
                let detail_of = |item: ThreePublicExpense| -> u64 {
                    detail
                        .iter()
                        .filter(|(code, _)| item.economic_codes().iter().any(|(c, _)| c == code))
                        .map(|(_, a): &(EconomicCode, Amount)| {
                            // In 分: normalized, so that 0.94 元 is 94 and not 94.00's 9400.
                            u64::try_from((a.yuan() * Decimal::ONE_HUNDRED).normalize().mantissa())
                                .unwrap()
                        })
                        .sum()
                };
                let actual = ThreePublicAmounts {
                    overseas: yuan(detail_of(ThreePublicExpense::OverseasTravel) + misc[0]),
                    vehicle_purchase: yuan(detail_of(ThreePublicExpense::VehiclePurchase)),
                    vehicle_operation: yuan(
                        detail_of(ThreePublicExpense::VehicleOperation) + misc[1],
                    ),
                    reception: yuan(detail_of(ThreePublicExpense::Reception) + misc[2]),
                };
                let budget = ThreePublicAmounts {
                    overseas: yuan(
                        detail_of(ThreePublicExpense::OverseasTravel) + misc[0] + misc[3],
                    ),
                    vehicle_purchase: yuan(detail_of(ThreePublicExpense::VehiclePurchase)),
                    vehicle_operation: yuan(
                        detail_of(ThreePublicExpense::VehicleOperation) + misc[1] + misc[4],
                    ),
                    reception: yuan(detail_of(ThreePublicExpense::Reception) + misc[2] + misc[5]),
                };
                let (administrative, civil_service) = match running {
                    RunningCosts::None => (None, None),
                    RunningCosts::Administrative => (Some(yuan(public)), None),
                    // Below the 公用经费 only with both lines: a 行政单位 alone (only (一)
                    // printed) spends all its 公用经费 as 机关运行经费.
                    RunningCosts::Below(cut) => {
                        let total = public.saturating_sub(cut);
                        let first = total / 2;
                        if total - first == 0 {
                            (Some(yuan(public)), None)
                        } else {
                            (Some(yuan(first)), Some(yuan(total - first)))
                        }
                    }
                    RunningCosts::Split(per_mille) => {
                        let first = public * per_mille / 1000;
                        (Some(yuan(first)), Some(yuan(public - first)))
                    }
                };
                let related = RelatedAccounts {
                    procurement_goods: yuan(misc[6]),
                    procurement_works: yuan(misc[7] % 3 * misc[7]),
                    procurement_services: yuan(misc[3]),
                    running_costs_administrative: administrative,
                    running_costs_civil_service: civil_service,
                    vehicles: vec![(VehicleCategory::ConfidentialCommunication, 1)],
                    ..RelatedAccounts::default()
                };
                let classes: std::collections::BTreeSet<FunctionCode> = codes
                    .iter()
                    .filter_map(|c| c.ancestors().find(|a| a.level() == Level::Class))
                    .collect();
                let accounts = Accounts::new("上海市普陀区示范局", 2023, items, detail)
                    .unwrap()
                    .with_three_public(ThreePublicAccounts { budget, actual })
                    .unwrap()
                    .with_related(related)
                    .unwrap();
                // The 三公 details, counted where money was spent on the item; given only when
                // no item spends under 1 万元, which could print as 0.00 (compile refuses a
                // detail stated against a printed zero).
                let amounts = [actual.overseas, actual.vehicle_purchase, actual.reception];
                let small = amounts
                    .iter()
                    .any(|a| !a.is_zero() && a.yuan() < Decimal::from(10_000));
                let n = |a: Amount, k: u64| if a.is_zero() { 0 } else { 1 + (k % 7) as u32 };
                let accounts = if small {
                    accounts
                } else {
                    accounts
                        .with_three_public_details(ThreePublicDetails {
                            overseas_groups: n(actual.overseas, misc[0]),
                            overseas_person_times: n(actual.overseas, misc[0]) * 3,
                            vehicles_purchased: n(actual.vehicle_purchase, misc[1]),
                            vehicles_funded: u32::from(misc[4] % 2 == 0),
                            reception_batches: n(actual.reception, misc[2]),
                            reception_person_times: n(actual.reception, misc[5]) * 4,
                        })
                        .unwrap()
                };
                accounts.with_comparatives(comparatives(
                    &classes,
                    &codes.iter().copied().collect(),
                    &spent,
                    &prior,
                    reasonless,
                    budgeted,
                ))
            },
        )
}

/// Last year's figures (any amount, zero included, so that changes from a zero base and no
/// change at all are written too), the 年初预算 of the 一般公共预算 spending and of each 类,
/// (a 类 公开05表 does not print has none: compiling refuses it), and a reason for every
/// section that can state a change or a completion; when `reasonless` names one of the first
/// sections, that section has no reason. Without `budgeted`, no 年初预算 at all.
fn comparatives(
    classes: &std::collections::BTreeSet<FunctionCode>,
    items: &std::collections::BTreeSet<FunctionCode>,
    spent: &std::collections::BTreeSet<FunctionCode>,
    prior: &[u64],
    reasonless: u32,
    budgeted: bool,
) -> Comparatives {
    let gp = |code| FigureRef::GeneralPublic {
        code,
        column: SpendingColumn::Subtotal,
    };
    let tp = |item| FigureRef::ThreePublic {
        stage: Stage::Actual,
        item,
    };
    let mut figures = vec![
        FigureRef::IncomeGrandTotal,
        FigureRef::ExpenditureGrandTotal,
        FigureRef::FiscalIncomeGrandTotal,
        FigureRef::FiscalExpenditureGrandTotal,
        gp(None),
        FigureRef::GovernmentFund {
            code: None,
            column: FundColumn::Income,
        },
        FigureRef::GovernmentFund {
            code: None,
            column: FundColumn::Expenditure,
        },
        FigureRef::OperatingCost,
    ];
    figures.extend(THREE_PUBLIC_ITEMS.iter().map(|i| tp(*i)));
    figures.push(tp(ThreePublicItem::Vehicles));
    figures.extend(classes.iter().map(|c| gp(Some(*c))));
    let mut c = Comparatives::new();
    for (figure, amount) in figures.iter().zip(prior.iter().cycle()) {
        c = c.prior_year(*figure, yuan(*amount)).unwrap();
    }
    // The 年初预算 of each 项 公开05表 prints, of each 类 as the sum of its 项, and of the whole
    // as the sum of the 类.
    let mut total = 0;
    let mut by_class: std::collections::BTreeMap<FunctionCode, u64> =
        std::collections::BTreeMap::new();
    let spent = if budgeted {
        spent.clone()
    } else {
        std::collections::BTreeSet::new()
    };
    for (item, amount) in spent.iter().zip(prior.iter().rev().cycle()) {
        total += amount;
        if let Some(class) = item.ancestors().find(|a| a.level() == Level::Class) {
            *by_class.entry(class).or_default() += amount;
        }
        c = c.initial_budget(gp(Some(*item)), yuan(*amount)).unwrap();
    }
    for (class, amount) in by_class {
        c = c.initial_budget(gp(Some(class)), yuan(amount)).unwrap();
    }
    if budgeted {
        c = c.initial_budget(gp(None), yuan(total)).unwrap();
    }
    // What the money of each 类 and of 人员经费 / 公用经费 was used for.
    for class in classes {
        c = c.purpose(gp(Some(*class)), "示例用途").unwrap();
    }
    c = c
        .purpose(FigureRef::PersonnelTotal, "基本工资、津贴补贴")
        .unwrap()
        .purpose(FigureRef::PublicUseTotal, "办公费、印刷费")
        .unwrap();
    for (index, section) in reason_sections(classes, items).iter().enumerate() {
        if usize::try_from(reasonless).unwrap() != index {
            c = c.reason(section, "示例原因").unwrap();
        }
    }
    c
}

const THREE_PUBLIC_ITEMS: [ThreePublicItem; 5] = [
    ThreePublicItem::Total,
    ThreePublicItem::OverseasTravel,
    ThreePublicItem::VehiclePurchase,
    ThreePublicItem::VehicleOperation,
    ThreePublicItem::Reception,
];

/// Every section that can state a change or a completion, as [`comparatives`] lists them.
fn reason_sections(
    classes: &std::collections::BTreeSet<FunctionCode>,
    items: &std::collections::BTreeSet<FunctionCode>,
) -> Vec<String> {
    let mut sections: Vec<String> = final_accounts::accounts::REASON_PARAGRAPHS
        .map(String::from)
        .to_vec();
    sections.extend(classes.iter().map(|code| format!("五（三）{code}")));
    sections.extend(items.iter().map(|code| format!("五（三）{code}")));
    sections.extend(
        THREE_PUBLIC_ITEMS[1..]
            .iter()
            .map(|i| format!("九（一）{i}")),
    );
    sections.push(format!("九（一）{}", ThreePublicItem::Vehicles));
    sections
}

/// The section whose reason the generated accounts leave out, if any.
fn dropped_reason(accounts: &Accounts) -> Option<String> {
    let classes = accounts
        .items()
        .iter()
        .filter_map(|i| i.item().ancestors().find(|a| a.level() == Level::Class))
        .collect();
    let items = accounts.items().iter().map(|i| i.item()).collect();
    let given = accounts.comparatives().reasons();
    reason_sections(&classes, &items)
        .into_iter()
        .find(|s| given.iter().all(|(g, _)| g != s))
}

/// Every finding above info, in every area (tables, cross-table, 说明), is the one reason the
/// accounts leave out: at most one `narrative.missing-reason`, on the statement of the section
/// whose reason was dropped (五（三） for "五（三）208"), and none when every reason is given.
fn only_the_dropped_reason(
    report: &final_accounts::audit::Report<'_>,
    accounts: &Accounts,
    profile: &Profile,
) -> Result<(), TestCaseError> {
    let dropped = dropped_reason(accounts);
    let mut missing = 0;
    for f in &report.findings {
        if f.severity < Severity::Warning {
            continue;
        }
        let message = report.message(f, final_accounts::finding::Lang::En);
        prop_assert_eq!(
            f.rule.id,
            "narrative.missing-reason",
            "{} {:?}",
            message,
            f.places
        );
        let Some(Key::Text(section)) = f.places.first().and_then(|p| p.row.clone()) else {
            return Err(TestCaseError::fail(format!("no section: {message}")));
        };
        // Reasons are named by the Shanxi labels; the Shanghai template prints the 三公 经费 in
        // 七 and 机关运行经费 in 十一（一）.
        let named = match (profile.id(), &*section) {
            ("shanghai-2024", "七") => "九（一）",
            ("shanghai-2024", "十一（一）") => "十（一）",
            (_, other) => other,
        };
        prop_assert!(
            dropped.as_deref().is_some_and(|d| d.starts_with(named)),
            "{} at {} but the dropped reason is {:?}: {:?}",
            message,
            section,
            dropped,
            report
                .disclosure()
                .narrative()
                .statements
                .iter()
                .filter(|s| s.section() == &*section)
                .map(|s| (s.text(), s.reason()))
                .collect::<Vec<_>>()
        );
        missing += 1;
    }
    prop_assert!(missing <= 1, "{} missing reasons", missing);
    Ok(())
}

/// Under controlled rounding: no finding above info and no rounding tail on the tables, and the
/// stated bounds on the 一般公共预算财政拨款支出决算表 (公开05表): 基本支出 and 项目支出 of every
/// row are base figures (within one unit of their exact value), its 小计 a sum of two (within
/// two).
fn controlled_law(accounts: &Accounts, profile: &Profile) -> Result<(), TestCaseError> {
    let options = CompileOptions::new(functional(), economic(), TableRounding::Controlled)
        .with_profile(profile);
    let disclosure = compile(accounts, &options).unwrap();
    prop_assert_eq!(disclosure.profile(), Some(profile.id()));
    let report = audit(&disclosure);
    only_the_dropped_reason(&report, accounts, profile)?;
    no_word_twice(&disclosure)?;
    prop_assert!(!disclosure.narrative().statements.is_empty());
    // The compiled disclosure decodes back into itself, through the same validation as any
    // document.
    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_string(&disclosure).unwrap();
        let decoded: final_accounts::disclosure::Disclosure = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&decoded, &disclosure);
    }
    // 机关运行经费 split between (一) and (二) is printed line by line, apart from the 公用经费
    // (its 款 cut the money another way): their sum may exceed the printed 公用经费 by a tail,
    // never by more. A 行政单位's single line is the 公用经费 itself and has no tail.
    let split = accounts.related().running_costs_civil_service.is_some();
    for f in report
        .findings
        .iter()
        .filter(|f| !(split && f.rule.id == "x.running-costs"))
    {
        prop_assert!(
            !f.is_tail(),
            "tail {}: {}",
            f.rule.id,
            report.message(f, final_accounts::finding::Lang::En)
        );
    }
    let t05 = disclosure.general_budget().unwrap();
    let gb = Pool::Appropriation(Fund::GeneralBudget);
    let unit = Decimal::new(1, 2);
    for row in t05.rows() {
        let under = |item: &ItemAccounts| {
            item.pool() == gb
                && row.code_of().is_none_or(|code| {
                    item.item() == code || item.item().ancestors().any(|a| a == code)
                })
        };
        let exact = |nature| -> Decimal {
            accounts
                .items()
                .iter()
                .filter(|i| under(i))
                .map(|i| i.spent_as(nature).wan_yuan())
                .sum()
        };
        let printed = |cell: &final_accounts::tables::Cell| {
            cell.amount().map_or(Decimal::ZERO, |a| a.wan_yuan())
        };
        let cells = row.cells();
        let basic = exact(Nature::Basic);
        let project = exact(Nature::Project);
        prop_assert!(
            (printed(&cells.basic) - basic).abs() < unit,
            "{}: basic {} for {}",
            row.name(),
            cells.basic,
            basic
        );
        prop_assert!(
            (printed(&cells.project) - project).abs() < unit,
            "{}: project {} for {}",
            row.name(),
            cells.project,
            project
        );
        prop_assert!(
            (printed(&cells.total) - basic - project).abs() < unit * Decimal::TWO,
            "{}: total {}",
            row.name(),
            cells.total
        );
    }
    Ok(())
}

/// Under independent rounding: no finding above info on the tables.
fn independent_law(accounts: &Accounts, profile: &Profile) -> Result<(), TestCaseError> {
    let options = CompileOptions::new(functional(), economic(), TableRounding::Independent)
        .with_profile(profile);
    let disclosure = compile(accounts, &options).unwrap();
    let report = audit(&disclosure);
    only_the_dropped_reason(&report, accounts, profile)?;
    no_word_twice(&disclosure)?;
    Ok(())
}

/// No rendered sentence repeats a word where a template slot meets the text around it
/// ("一般公共预算财政拨款支出" followed by "支出决算为"): no run of two to four Chinese
/// characters is printed twice in a row.
fn no_word_twice(disclosure: &final_accounts::disclosure::Disclosure) -> Result<(), TestCaseError> {
    let chinese = |c: &char| ('\u{4E00}'..='\u{9FFF}').contains(c);
    for statement in &disclosure.narrative().statements {
        let chars: Vec<char> = statement.text().chars().collect();
        for len in 2..=4 {
            for at in 0..chars.len().saturating_sub(2 * len - 1) {
                let (first, second) = (&chars[at..at + len], &chars[at + len..at + 2 * len]);
                prop_assert!(
                    !(first == second && first.iter().all(chinese)),
                    "{} printed twice in a row: {}",
                    first.iter().collect::<String>(),
                    statement.text()
                );
            }
        }
    }
    Ok(())
}

// 2 profiles × 2 policies × 2500 generated accounts: 10 000 cases in all.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(2500))]

    #[test]
    fn controlled_rounding_under_shanxi_2023_audits_clean_without_a_tail(accounts in accounts()) {
        controlled_law(&accounts, Profile::shanxi_2023())?;
    }

    #[test]
    fn controlled_rounding_under_shanghai_2024_audits_clean_without_a_tail(accounts in accounts()) {
        controlled_law(&accounts, Profile::shanghai_2024())?;
    }

    #[test]
    fn independent_rounding_under_shanxi_2023_audits_without_an_error_or_warning(accounts in accounts()) {
        independent_law(&accounts, Profile::shanxi_2023())?;
    }

    #[test]
    fn independent_rounding_under_shanghai_2024_audits_without_an_error_or_warning(accounts in accounts()) {
        independent_law(&accounts, Profile::shanghai_2024())?;
    }
}

/// Two 项 of 1,234.50 元 each under one 款: each prints 0.12 万元, their exact sum 0.2469
/// prints 0.25. Rounded on their own, the 款 and 类 rows and the 合计 of 公开03表 and 公开05表
/// are rounding tails the audit reports as info; controlled rounding prints one 项 as 0.13 (it
/// is within one unit of 0.12345) and no tail is left.
#[test]
fn three_items_print_tails_independently_and_none_controlled() {
    let gb = Fund::GeneralBudget;
    // Two 项 of one 款 of the built-in catalog.
    let all = items();
    let codes: Vec<FunctionCode> = all
        .iter()
        .find_map(|first| {
            let siblings: Vec<FunctionCode> = all
                .iter()
                .filter(|c| c.parent() == first.parent())
                .copied()
                .collect();
            (siblings.len() >= 2).then(|| siblings[..2].to_vec())
        })
        .expect("a 款 with two 项");
    let items = codes
        .iter()
        .map(|code| {
            ItemAccounts::new(*code, Pool::Appropriation(gb))
                .income(Source::Appropriation(gb), yuan(123_450))
                .spending(Nature::Basic, yuan(123_450))
        })
        .collect();
    let detail = vec![(EconomicCode::parse("30101").unwrap(), yuan(246_900))];
    let accounts = Accounts::new("示例市某某局", 2023, items, detail).unwrap();
    let tails = |rounding| {
        let options = CompileOptions::new(functional(), economic(), rounding);
        let disclosure = compile(&accounts, &options).unwrap();
        let report = audit(&disclosure);
        let t05 = disclosure.general_budget().unwrap();
        let printed: Vec<String> = t05
            .rows()
            .iter()
            .map(|r| r.cells().basic.to_string())
            .collect();
        let tails: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.is_tail())
            .map(|f| f.rule.id)
            .collect();
        (printed, tails.len())
    };
    let (independent, independent_tails) = tails(TableRounding::Independent);
    assert_eq!(independent, ["0.25", "0.25", "0.25", "0.12", "0.12"]);
    assert!(independent_tails > 0);
    let (controlled, controlled_tails) = tails(TableRounding::Controlled);
    assert_eq!(controlled_tails, 0, "{controlled:?}");
    // 合计, 类 and 款 print the exact total's rounding or its neighbour; the 项 sum to it.
    assert!(
        ["0.24", "0.25"].contains(&controlled[0].as_str()),
        "{controlled:?}"
    );
    let items: Vec<&str> = controlled[3..].iter().map(String::as_str).collect();
    assert!(
        items.iter().all(|p| ["0.12", "0.13"].contains(p)),
        "{controlled:?}"
    );
}

/// A 行政单位 whose 机关运行经费 equals its 公用经费 exactly: the two print as one figure, under
/// both policies, whatever the 公用经费's 款 round to, and the audit finds nothing to say about
/// them (`x.running-costs`).
#[test]
fn running_costs_equal_to_the_public_spending_print_as_it() {
    let gb = Fund::GeneralBudget;
    let code = |c: &str| EconomicCode::parse(c).unwrap();
    for i in 0..60_u64 {
        let parts = [
            1_234_567 + i * 111_111,
            2_345_678 + i * 77_777,
            555_555 + i * 33_333,
        ];
        let public: u64 = parts.iter().sum();
        let personnel = 9_876_543 + i * 4_321;
        let item = ItemAccounts::new(
            FunctionCode::parse("2080101").unwrap(),
            Pool::Appropriation(gb),
        )
        .income(Source::Appropriation(gb), yuan(public + personnel))
        .spending(Nature::Basic, yuan(public + personnel));
        let detail = vec![
            (code("30101"), yuan(personnel)),
            (code("30201"), yuan(parts[0])),
            (code("30211"), yuan(parts[1])),
            (code("30217"), yuan(parts[2])),
        ];
        let accounts = Accounts::new("示例市某某局", 2023, vec![item], detail)
            .unwrap()
            .with_related(RelatedAccounts {
                running_costs_administrative: Some(yuan(public)),
                ..RelatedAccounts::default()
            })
            .unwrap();
        for rounding in [TableRounding::Controlled, TableRounding::Independent] {
            let options = CompileOptions::new(functional(), economic(), rounding);
            let disclosure = compile(&accounts, &options).unwrap();
            let t06 = disclosure.basic_detail().unwrap();
            let t10 = disclosure.related_info().unwrap();
            assert_eq!(
                t10.amount(final_accounts::tables::InfoItem::RunningCostsAdministrative),
                Some(&t06.public_total().unwrap().amount),
                "{i} {rounding:?}"
            );
            let report = audit(&disclosure);
            assert_eq!(
                report.of_rule("x.running-costs").count(),
                0,
                "{i} {rounding:?}"
            );
        }
    }
}

#[test]
fn a_code_the_catalog_does_not_name_is_refused() {
    let gb = Fund::GeneralBudget;
    // 2089999 is a well-formed 项 that the built-in 2023 catalog does not list.
    let item = ItemAccounts::new(
        FunctionCode::parse("2089999").unwrap(),
        Pool::Appropriation(gb),
    )
    .income(Source::Appropriation(gb), yuan(100))
    .spending(Nature::Project, yuan(100));
    let accounts = Accounts::new("示例市某某局", 2023, vec![item], vec![]).unwrap();
    let options = CompileOptions::new(functional(), economic(), TableRounding::Controlled);
    let err = compile(&accounts, &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "项 2089999 cannot be named: 20899 is in no functional catalog given (edition 2023)"
    );
}

/// Under shanghai-2024 the compiled tables are laid out as the Putuo document, which fills the
/// template: the same tables in the same order, the same titles, no labels, the caption 单位, the
/// unit name in the banner rather than in each table, the same notes, no 行次, 24 类 lines when
/// no debt is spent, and an empty fund or 三公 table explained in the template's words.
#[cfg(feature = "serde")]
#[test]
fn shanghai_2024_tables_are_laid_out_as_the_putuo_document() {
    let putuo: final_accounts::disclosure::Disclosure =
        serde_json::from_str(include_str!("fixtures/putuo-shehuigongzuobu-2024.json")).unwrap();
    let gb = Fund::GeneralBudget;
    let item = ItemAccounts::new(
        FunctionCode::parse("2080101").unwrap(),
        Pool::Appropriation(gb),
    )
    .income(Source::Appropriation(gb), yuan(307_820_000))
    .spending(Nature::Basic, yuan(307_820_000));
    let detail = vec![(EconomicCode::parse("30101").unwrap(), yuan(307_820_000))];
    let unit = "中共上海市普陀区委社会工作部";
    let accounts = Accounts::new(unit, 2024, vec![item], detail).unwrap();
    let options = CompileOptions::new(functional(), economic(), TableRounding::Controlled)
        .with_profile(Profile::shanghai_2024());
    let compiled = compile(&accounts, &options).unwrap();
    assert_eq!(compiled.order(), putuo.order());
    for (kind, meta) in compiled.metas() {
        let theirs = putuo.meta(kind).unwrap();
        assert_eq!(meta.title(), theirs.title(), "{kind}");
        assert_eq!(meta.label(), None, "{kind}");
        assert_eq!(meta.money().caption, theirs.money().caption, "{kind}");
        assert!(meta.unit_name().is_none(), "{kind}");
        assert_eq!(meta.note(), theirs.note(), "{kind}");
    }
    for kind in [
        final_accounts::disclosure::TableKind::GovernmentFund,
        final_accounts::disclosure::TableKind::StateCapital,
        final_accounts::disclosure::TableKind::ThreePublic,
    ] {
        let theirs = putuo.meta(kind).unwrap().explanation().unwrap();
        let ours = compiled.meta(kind).unwrap().explanation().unwrap();
        assert!(theirs.ends_with(ours), "{kind}: {ours} / {theirs}");
    }
    let t01 = compiled.income_expenditure().unwrap();
    assert!(t01.income().iter().all(|line| line.line().is_none()));
    let classes: Vec<&str> = t01
        .expenditure()
        .iter()
        .filter(|line| {
            line.item()
                .is_some_and(final_accounts::tables::ExpenditureItem::is_class)
        })
        .map(|line| line.name())
        .collect();
    assert_eq!(classes.len(), 24);
    assert_eq!(classes[23], "二十四、抗疫特别国债安排的支出");
    let social = &t01.expenditure()[7];
    assert_eq!(social.name(), "八、社会保障和就业支出");
    assert_eq!(social.value().to_string(), "307.82");
    let report = audit(&compiled);
    let above_info: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning || f.is_tail())
        .map(|f| f.rule.id)
        .collect();
    assert!(above_info.is_empty(), "{above_info:?}");
}

/// A 政府性基金 spent this year and not last: the change is worded "（上年为0）" by default and
/// "增长∞%" when asked, never as a finite rate; a change without its reason is the one thing
/// the audit reports, at its section.
#[test]
fn a_zero_prior_year_has_no_rate_and_a_change_needs_its_reason() {
    let gb = Fund::GeneralBudget;
    let gf = Fund::GovernmentFund;
    let code = FunctionCode::parse("2080101").unwrap();
    let items = vec![
        ItemAccounts::new(code, Pool::Appropriation(gb))
            .income(Source::Appropriation(gb), yuan(10_000_000))
            .spending(Nature::Basic, yuan(10_000_000)),
        ItemAccounts::new(code, Pool::Appropriation(gf))
            .income(Source::Appropriation(gf), yuan(254_970_000))
            .spending(Nature::Project, yuan(254_970_000)),
    ];
    let detail = vec![(EconomicCode::parse("30101").unwrap(), yuan(10_000_000))];
    let fund = |column| FigureRef::GovernmentFund { code: None, column };
    let comparatives = Comparatives::new()
        .prior_year(fund(FundColumn::Income), Amount::ZERO)
        .unwrap()
        .prior_year(fund(FundColumn::Expenditure), Amount::ZERO)
        .unwrap();
    let accounts = Accounts::new("示例市某某局", 2023, items, detail)
        .unwrap()
        .with_comparatives(comparatives.clone());
    let text_of = |accounts: &Accounts, render| {
        let options = CompileOptions::new(functional(), economic(), TableRounding::Controlled)
            .with_narrative(render);
        let disclosure = compile(accounts, &options).unwrap();
        let seven = disclosure
            .narrative()
            .statements
            .iter()
            .find(|s| s.section() == "七")
            .unwrap()
            .text()
            .to_owned();
        let above: Vec<(String, String)> = audit(&disclosure)
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| (f.rule.id.to_owned(), format!("{:?}", f.places[0].row)))
            .collect();
        (seven, above)
    };
    let (seven, above) = text_of(&accounts, Some(RenderOptions::default()));
    assert_eq!(
        seven,
        "2023年度政府性基金预算财政拨款收入总计254.97万元、支出总计254.97万元。与上年相比，\
         政府性基金预算财政拨款收入总计增加254.97万元（上年为0）；\
         政府性基金预算财政拨款支出总计增加254.97万元（上年为0）。"
    );
    assert_eq!(
        above,
        [(
            "narrative.missing-reason".to_owned(),
            "Some(Text(\"七\"))".to_owned()
        )]
    );
    let reasoned = accounts
        .clone()
        .with_comparatives(comparatives.reason("七", "新增政府性基金项目").unwrap());
    let infinity = RenderOptions::default().with_zero_base(ZeroBase::Infinity);
    let (seven, above) = text_of(&reasoned, Some(infinity));
    assert!(
        seven.ends_with("支出总计增加254.97万元，增长∞%。主要原因是新增政府性基金项目。"),
        "{seven}"
    );
    assert!(above.is_empty(), "{above:?}");
    // Without a 说明 the disclosure has the tables only.
    let options = CompileOptions::new(functional(), economic(), TableRounding::Controlled)
        .with_narrative(None);
    assert!(
        compile(&accounts, &options)
            .unwrap()
            .narrative()
            .statements
            .is_empty()
    );
}

/// A 政府性基金 project of 25 元 prints 0.00 in every cell of 公开07表, under either policy: the
/// table is then empty and says so, as the audit asks (`x.empty-explained`); its emptiness is
/// judged by the cells it prints, not by a sum of its columns that no cell prints.
#[test]
fn a_fund_table_whose_cells_all_print_zero_says_it_is_empty() {
    let gb = Fund::GeneralBudget;
    let gf = Fund::GovernmentFund;
    let code = FunctionCode::parse("2080101").unwrap();
    let items = vec![
        ItemAccounts::new(code, Pool::Appropriation(gb))
            .income(Source::Appropriation(gb), yuan(10_000_000))
            .spending(Nature::Basic, yuan(10_000_000)),
        ItemAccounts::new(code, Pool::Appropriation(gf))
            .income(Source::Appropriation(gf), yuan(2_500))
            .spending(Nature::Project, yuan(2_500)),
    ];
    let detail = vec![(EconomicCode::parse("30101").unwrap(), yuan(10_000_000))];
    let accounts = Accounts::new("示例市某某局", 2023, items, detail).unwrap();
    for rounding in [TableRounding::Independent, TableRounding::Controlled] {
        let options = CompileOptions::new(functional(), economic(), rounding);
        let disclosure = compile(&accounts, &options).unwrap();
        let t07 = disclosure.government_fund().unwrap();
        assert_eq!(
            t07.meta().explanation(),
            Some("说明：本表无数据"),
            "{rounding}"
        );
        let report = audit(&disclosure);
        let above: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| f.rule.id)
            .collect();
        assert!(above.is_empty(), "{rounding}: {above:?}");
    }
}

/// 三公 details are checked against the money: a 接待批次 without any reception spending is
/// refused when the accounts are built, and one against spending that 公开09表 prints as 0.00
/// (30 元) is refused by compile, naming the detail, its count and the item.
#[test]
fn three_public_details_agree_with_the_money_as_printed() {
    let gb = Fund::GeneralBudget;
    let code = FunctionCode::parse("2080101").unwrap();
    let items = vec![
        ItemAccounts::new(code, Pool::Appropriation(gb))
            .income(Source::Appropriation(gb), yuan(10_000_000))
            .spending(Nature::Basic, yuan(10_000_000)),
    ];
    let detail = vec![(EconomicCode::parse("30101").unwrap(), yuan(10_000_000))];
    let spent = |fen| ThreePublicAmounts {
        reception: yuan(fen),
        ..ThreePublicAmounts::default()
    };
    let details = ThreePublicDetails {
        reception_batches: 1,
        reception_person_times: 6,
        ..ThreePublicDetails::default()
    };
    let with = |fen| {
        Accounts::new("示例市某某局", 2023, items.clone(), detail.clone())
            .unwrap()
            .with_three_public(ThreePublicAccounts {
                budget: spent(fen),
                actual: spent(fen),
            })
            .unwrap()
    };
    let err = with(0).with_three_public_details(details).unwrap_err();
    assert_eq!(
        err.to_string(),
        "三公 detail 接待批次 is 1, but the 三公 决算数 of 公务接待费 is 0 元"
    );
    let options = CompileOptions::new(functional(), economic(), TableRounding::Controlled);
    let tiny = with(3_000).with_three_public_details(details).unwrap();
    let err = compile(&tiny, &options).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("接待批次 is 1, but the 三公 决算数 of 公务接待费 prints as 0.00 万元"),
        "{err}"
    );
    // 1.20 万元 of reception: the detail is stated, and the audit agrees.
    let fine = with(1_200_000).with_three_public_details(details).unwrap();
    let disclosure = compile(&fine, &options).unwrap();
    let detail_line = disclosure
        .narrative()
        .statements
        .iter()
        .find(|s| s.text().starts_with("4、公务接待费支出"))
        .unwrap();
    assert_eq!(
        detail_line.text(),
        "4、公务接待费支出1.20万元，共接待1批次，6人次。"
    );
    let report = audit(&disclosure);
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.severity < Severity::Warning)
    );
}
